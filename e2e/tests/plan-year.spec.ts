import { expect, test } from '@playwright/test';
import { baseUrl } from '../support/base-url.js';
import { signIn } from '../support/sign-in.js';

test('the standing office starts 2025 from the 2024 plan; an agency reports progress; the leader sees it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // 1. The standing office clones the issued 2024 plan into 2025.
  await signIn(page, 'thuongtruc');
  await page.goto(`${baseUrl()}/admin/#/plans`);
  const plan2024 = page.getByRole('row').filter({ hasText: '25/KH-UBND' }).filter({ hasNotText: 'Dự thảo' });
  await expect(plan2024).toHaveCount(1);
  await plan2024.click();
  await page.getByRole('button', { name: 'Sao chép sang năm mới' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sao chép kế hoạch sang năm mới' });
  await expect(dialog.getByLabel('Năm của kế hoạch mới')).toHaveValue('2025');
  await dialog.getByRole('button', { name: 'Sao chép sang năm mới' }).click();
  await expect(page.getByText('Đã tạo dự thảo kế hoạch năm 2025')).toBeVisible();
  await expect(page).toHaveURL(/#\/plans\/[0-9a-f-]{36}\/show/);
  const planUrl = page.url();

  // 2. It reassigns duty III.2 (led by Văn phòng UBND tỉnh in 2024) to Sở Tư pháp.
  await page.getByRole('tab', { name: 'Nhiệm vụ của kế hoạch' }).click();
  const duty = 'III.2';
  const dutyRow = page.getByRole('row').filter({ hasText: duty });
  await dutyRow.click();
  await page.getByRole('link', { name: 'Sửa' }).click();
  const lead = page.getByRole('combobox', { name: 'Đơn vị' }).first();
  await expect(lead).toHaveValue('Văn phòng UBND tỉnh');
  await lead.click();
  await lead.fill('Sở Tư pháp');
  await page.getByRole('option', { name: 'Sở Tư pháp', exact: true }).click();
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('button', { name: 'Lưu' })).toHaveCount(0);
  await expect(page.getByText('Sở Tư pháp').first()).toBeVisible();
  await expect(page.getByText('Văn phòng UBND tỉnh')).toHaveCount(0);

  // 3. …and issues the plan.
  await page.goto(planUrl);
  await page.getByRole('button', { name: 'Ban hành' }).click();
  const issue = page.getByRole('dialog');
  await issue.getByLabel('Số, ký hiệu').fill('12/KH-UBND');
  await issue.getByLabel('Ngày ban hành').fill('15/01/2025');
  await issue.getByLabel('Họ tên người ký').fill('Nguyễn Hương Giang');
  await issue.getByRole('button', { name: 'Ban hành' }).click();
  await expect(page.getByText('Đã ban hành kế hoạch')).toBeVisible();

  // 4. The agency officer sees their agency's tasks only, and reports progress with a file.
  await signIn(page, 'tuphap');
  await page.getByRole('menuitem', { name: 'Nhiệm vụ của đơn vị' }).click();
  const mine = page.getByRole('row').filter({ hasText: duty }).filter({ hasText: 'Chủ trì' });
  await expect(mine.first()).toBeVisible();
  // The plan's other duties (led by other agencies) are not shown to Sở Tư pháp.
  await expect(
    page
      .getByRole('row')
      .filter({ hasText: 'năm 2025' })
      .filter({ hasText: /III\.[13]\b/ }),
  ).toHaveCount(0);
  await mine.first().getByRole('link').first().click();
  // Once 2025 is past, its duties are overdue from the day the plan is issued: there is nothing to start, the
  // officer reports progress on an overdue duty.
  const start = page.getByRole('button', { name: 'Bắt đầu thực hiện' });
  const overdueStatus = page.getByText('Quá hạn').first();
  await expect(start.or(overdueStatus).first()).toBeVisible();
  if (await start.isVisible()) {
    await start.click();
    await page
      .getByRole('dialog', { name: 'Bắt đầu thực hiện' })
      .getByRole('button', { name: 'Xác nhận' })
      .click();
    await expect(page.getByText('Đang thực hiện').first()).toBeVisible();
  }
  await page.getByRole('tab', { name: 'Tiến độ' }).click();
  await expect(page.getByRole('heading', { name: 'Báo cáo tiến độ' })).toBeVisible();
  await page
    .getByRole('textbox', { name: 'Nội dung tiến độ' })
    .fill('Đã tổ chức hội nghị quán triệt cho 120 cán bộ.');
  await page.locator('input[type="file"]').setInputFiles({
    name: 'bao-cao-tien-do.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
  });
  await page.getByRole('button', { name: 'Gửi báo cáo tiến độ' }).click();
  await expect(page.getByText('Đã ghi nhận báo cáo tiến độ')).toBeVisible();
  await expect(page.getByText('Đã tổ chức hội nghị quán triệt cho 120 cán bộ.')).toBeVisible();
  await expect(page.getByText(/bao-cao-tien-do\.pdf/)).toBeVisible();

  // 5. The leader's dashboard counts it: Sở Tư pháp has a task under way in the 2025 plan — in progress, or
  // overdue once 2025 is past (a task past its due date counts as overdue).
  await signIn(page, 'lanhdao');
  await expect(page.getByText('Tổng hợp tình hình thực hiện')).toBeVisible();
  const byAgency = page.getByRole('table', { name: /Nhiệm vụ theo đơn vị chủ trì và trạng thái/ });
  const row = byAgency.getByRole('row').filter({ hasText: 'Sở Tư pháp' });
  await expect(row).toBeVisible();
  const headers = await byAgency.getByRole('columnheader').allTextContents();
  const inProgress = headers.findIndex((h) => h.includes('Đang thực hiện'));
  const overdue = headers.findIndex((h) => h.includes('Quá hạn'));
  expect(inProgress).toBeGreaterThan(0);
  expect(overdue).toBeGreaterThan(0);
  // The agency's name heads its row (a row header), so data cells start one column later.
  const offset = (await row.getByRole('rowheader').count()) > 0 ? 1 : 0;
  const count = async (column: number) =>
    Number(
      await row
        .getByRole('cell')
        .nth(column - offset)
        .textContent(),
    );
  expect((await count(inProgress)) + (await count(overdue))).toBeGreaterThanOrEqual(1);
  await expect(page.getByText(/Công tác bảo vệ, đấu tranh về nhân quyền năm 2025/).first()).toBeVisible();
});
