import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { baseUrl } from '../support/base-url.js';
import { signIn } from '../support/sign-in.js';

const INDICATOR = 'conferences-held';
const ADDED = 7;
const THIS_YEAR = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).slice(0, 4);
const EDIT_URL = /#\/reports\/[0-9a-f-]{36}$/;

/** The year's consolidated total of the indicator, as the standing office's page shows it (0 when absent). */
async function consolidatedTotal(page: Page): Promise<number> {
  await page.goto(`${baseUrl()}/admin/#/consolidation`);
  await page.getByRole('button', { name: 'Tổng hợp' }).click();
  await expect(page.getByTestId('consolidation-summary')).toBeVisible();
  const total = page.locator(`[data-indicator="${INDICATOR}"]`);
  if ((await total.count()) === 0) return 0;
  return Number((await total.innerText()).replace(/\D/g, ''));
}

test('an officer reports figures; the standing office returns, then accepts; the consolidated report counts them', async ({
  page,
}) => {
  test.setTimeout(180_000);
  // The standing office's consolidated total before.
  await signIn(page, 'thuongtruc');
  const before = await consolidatedTotal(page);

  // 1. Sở Tư pháp's officer lands on "Việc cần làm", opens a report to write, fills a figure and submits.
  await signIn(page, 'tuphap');
  const inbox = page.getByRole('region', { name: /Việc cần làm/ });
  await expect(inbox).toBeVisible();
  // A report of this year: the consolidated total below is the year's (older plans owe reports too).
  await inbox
    .getByRole('link')
    .filter({ hasText: /Báo cáo (quá hạn|cần lập)/ })
    .filter({ hasText: new RegExp(`/${THIS_YEAR} đến `) })
    .first()
    .click();
  await expect(page).toHaveURL(/#\/reports\/[0-9a-f-]{36}\/show/);
  const reportUrl = page.url();
  await page.getByRole('link', { name: 'Soạn báo cáo' }).click();
  // The edit page has replaced the report's page (which shows the same labels) before anything is typed.
  await expect(page).toHaveURL(EDIT_URL);
  // The form starts from the agency's tasks in the plan (pre-filled).
  // A text box: the report's page, still leaving, has a section of the same name ("… nhiệm vụ").
  const done = page.getByRole('textbox', { name: /^Kết quả thực hiện/ }).first();
  await expect(done).toBeVisible();
  await done.fill('Tổ chức 7 hội nghị phổ biến pháp luật về quyền con người.');
  await page.getByRole('button', { name: 'Thêm số liệu' }).first().click();
  await page.getByRole('combobox', { name: 'Chỉ tiêu' }).first().click();
  await page.getByRole('option', { name: /Hội nghị, hội thảo đã tổ chức/ }).click();
  await page.getByLabel('Số lượng').first().fill(String(ADDED));
  await page.getByRole('textbox', { name: 'Tình hình chung' }).fill('Tình hình ổn định.');
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page).toHaveURL(/\/show$/);
  await expect(page.getByText('Đang soạn')).toBeVisible();
  // A file goes with it, checked like progress-note files.
  await page.getByLabel('Đính kèm tệp').setInputFiles({
    name: 'so-lieu-hoi-nghi.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
  });
  await expect(page.getByRole('button', { name: 'so-lieu-hoi-nghi.pdf' })).toBeVisible();
  await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByText('Đã gửi', { exact: true })).toBeVisible();

  // 2. The standing office finds it in the review queue and returns it with a comment.
  await signIn(page, 'thuongtruc');
  await page.getByRole('menuitem', { name: /Xem xét báo cáo/ }).click();
  await page.getByRole('row').filter({ hasText: 'Sở Tư pháp' }).first().click();
  await expect(page).toHaveURL(reportUrl);
  await page.getByRole('button', { name: 'Trả lại' }).click();
  const returning = page.getByRole('dialog', { name: 'Trả lại báo cáo' });
  await returning.getByLabel('Lý do trả lại (ý kiến chung)').fill('Đề nghị nêu rõ số lượt người tham dự.');
  await returning.getByRole('button', { name: 'Trả lại' }).click();
  await expect(page.getByText('Trả lại', { exact: true }).first()).toBeVisible();

  // 3. The officer sees it returned with the comment, edits and resubmits.
  await signIn(page, 'tuphap');
  await expect(
    page.getByRole('region', { name: /Việc cần làm/ }).getByText('Đề nghị nêu rõ số lượt người tham dự.'),
  ).toBeVisible();
  await page.goto(reportUrl);
  await expect(
    page.getByRole('note').filter({ hasText: 'Đề nghị nêu rõ số lượt người tham dự.' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Soạn báo cáo' }).click();
  await expect(page).toHaveURL(EDIT_URL);
  await page
    .getByRole('textbox', { name: 'Tình hình chung' })
    .fill('Tình hình ổn định; 7 hội nghị với 350 lượt người tham dự.');
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page).toHaveURL(/\/show$/);
  await page.getByRole('button', { name: 'Gửi lại' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByText('Đã gửi lại', { exact: true })).toBeVisible();

  // 4. The standing office accepts it; the history keeps every round.
  await signIn(page, 'thuongtruc');
  await page.goto(reportUrl);
  await page.getByRole('button', { name: 'Tiếp nhận' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByText('Đã tiếp nhận', { exact: true })).toBeVisible();
  const history = page.getByRole('region', { name: 'Lịch sử xem xét' });
  for (const round of ['Gửi', 'Trả lại', 'Gửi lại', 'Tiếp nhận'])
    await expect(history.getByText(round, { exact: true })).toBeVisible();

  // 5. The consolidated total grew by the figure, traceable to the report; its Word export carries the total.
  const after = await consolidatedTotal(page);
  expect(after).toBe(before + ADDED);
  // The parts load when the total is opened, a page at a time; the agency's button keeps only its reports.
  await page.locator(`[data-indicator="${INDICATOR}"]`).click();
  const parts = page.locator(`#parts-${INDICATOR}`);
  await parts.getByRole('button', { name: /^Sở Tư pháp: / }).click();
  await expect(
    parts
      .getByRole('row')
      .filter({ hasText: 'Sở Tư pháp' })
      .filter({ hasText: String(ADDED) })
      .first(),
  ).toBeVisible();
  // The narrative draft loads when opened, gathered from the accepted reports.
  await page.getByRole('button', { name: 'Mở dự thảo' }).click();
  await expect(page.getByRole('textbox', { name: /Dự thảo nội dung báo cáo tổng hợp/ })).toHaveValue(
    /Sở Tư pháp/,
  );
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Xuất Word' }).click(),
  ]);
  const file = await download.path();
  const xml = await (await JSZip.loadAsync(await readFile(file))).file('word/document.xml')?.async('string');
  expect(xml).toContain('BÁO CÁO');
  expect(xml).toContain(`>${after.toLocaleString('vi-VN')}<`);
});
