import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Locator, type Page, test } from '@playwright/test';
import sharp from 'sharp';
import { baseUrl } from '../support/base-url.js';
import { signIn } from '../support/sign-in.js';

// The user guide (docs/user-guide/, one page per role) shows screens this suite takes, on the demo data. By default
// they go to test-results/; GUIDE_SCREENSHOTS=update writes them, compressed, into docs/user-guide/anh/. Either way
// the last test checks that the guide shows exactly the screens taken, so the two cannot drift apart.
const GUIDE = path.resolve(import.meta.dirname, '..', '..', 'docs', 'user-guide');
const UPDATE = process.env.GUIDE_SCREENSHOTS === 'update';
const SHOTS = UPDATE
  ? path.join(GUIDE, 'anh')
  : path.resolve(import.meta.dirname, '..', 'test-results', 'user-guide');
const MAX_BYTES = 150_000;
const SEED = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'seeds', '000_bdf9b695430115f1.txt');

test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 1366, height: 768 } });

test.beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
  for (const file of readdirSync(SHOTS)) if (file.endsWith('.png')) rmSync(path.join(SHOTS, file));
});

/** Takes the screen as the guide shows it: nothing loading, the site's images in sight shown, no pointer on a control. */
async function shoot(page: Page, name: string): Promise<void> {
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  // The site's own images: a broken one never loads and the wait fails, as it should. Another host's image (an
  // article may link one) is not the site's to wait for, and this machine may not reach it.
  await page.waitForFunction(() =>
    [...document.images]
      .filter((image) => {
        const box = image.getBoundingClientRect();
        const own =
          new URL(image.currentSrc || image.src, window.location.href).origin === window.location.origin;
        return own && box.width > 0 && box.bottom > 0 && box.top < window.innerHeight;
      })
      .every((image) => image.complete && image.naturalWidth > 0),
  );
  await page.mouse.move(1, 767);
  const png = await page.screenshot({ animations: 'disabled', caret: 'hide' });
  const file = path.join(SHOTS, `${name}.png`);
  if (!UPDATE) {
    writeFileSync(file, png);
    return;
  }
  // A palette of at most 256 colours (libimagequant, what pngquant uses): screens of flat colours stay sharp.
  const small = await sharp(png)
    .png({ palette: true, quality: 90, effort: 10, compressionLevel: 9 })
    .toBuffer();
  expect(small.length, `${name}.png is too large for the repository`).toBeLessThan(MAX_BYTES);
  writeFileSync(file, small);
}

/** What a role's guide page says its menu and its first page are (the lines `**Trình đơn:**`, `**Trang đầu:**`). */
function guidePage(file: string): { menu: string[]; landing: string } {
  const lines = readFileSync(path.join(GUIDE, file), 'utf8').split('\n');
  const italics = (label: string) =>
    [...(lines.find((line) => line.startsWith(`**${label}:**`)) ?? '').matchAll(/_([^_]+)_/g)].map(
      (match) => match[1] ?? '',
    );
  return { menu: italics('Trình đơn'), landing: italics('Trang đầu')[0] ?? '' };
}

/** The first page after signing in shows the title, and the menu exactly the items, the role's guide page names. */
async function landsAsTheGuideSays(page: Page, file: string, menu: Locator): Promise<void> {
  const said = guidePage(file);
  expect(said.menu.length, `${file} names the menu`).toBeGreaterThan(0);
  expect(said.landing, `${file} names the first page`).not.toBe('');
  await expect(page.getByText(said.landing, { exact: true }).first()).toBeVisible();
  // A menu item may carry a count ("6 Việc cần làm"): the guide names the item, not today's count.
  await expect
    .poll(async () => (await menu.allInnerTexts()).map((text) => text.replace(/^[\d\s]+/, '').trim()))
    .toEqual(said.menu);
}

const adminMenu = (page: Page) => page.getByRole('menuitem');
const menuItem = (page: Page, name: string) => page.getByRole('menuitem', { name, exact: true });
// Exact names: "Ban hành" must not find the column header "Sắp xếp theo ngày ban hành", "Lưu" not "Lưu trữ".
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

/** Opens a list row's record; a list that re-renders under the pointer can swallow a click, so it clicks again. */
async function openRow(page: Page, row: Locator): Promise<void> {
  const list = page.url();
  await expect(async () => {
    if (page.url() === list) await row.click({ timeout: 5_000 });
    expect(page.url()).not.toBe(list);
  }).toPass({ timeout: 20_000 });
}

test('everyone: the login page and "Tài khoản của tôi"', async ({ page }) => {
  await page.goto(`${baseUrl()}/admin/`);
  await expect(page.getByRole('heading', { name: 'Đăng nhập hệ thống' })).toBeVisible();
  await page.getByLabel('Tên đăng nhập').fill('tuphap');
  await shoot(page, 'chung-dang-nhap');

  await signIn(page, 'tuphap');
  await button(page, 'Tài khoản').click();
  await expect(page.getByRole('menuitem', { name: 'Tài khoản của tôi' })).toBeVisible();
  await shoot(page, 'chung-menu-ca-nhan');
  await page.getByRole('menuitem', { name: 'Tài khoản của tôi' }).click();
  await expect(page.getByText('Phiên này')).toBeVisible();
  await shoot(page, 'chung-tai-khoan');
});

test('the administrator: users, agencies and their succession, the change history', async ({ page }) => {
  await signIn(page, 'admin');
  await landsAsTheGuideSays(page, 'quan-tri.md', adminMenu(page));

  await menuItem(page, 'Tài khoản').click();
  await expect(page.getByRole('cell', { name: 'thuongtruc', exact: true })).toBeVisible();
  await shoot(page, 'quan-tri-tai-khoan');

  await page.getByRole('link', { name: 'Thêm mới' }).click();
  await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill('canbo.noivu');
  await page.getByRole('textbox', { name: 'Họ và tên' }).fill('Nguyễn Thị Lan');
  await page.getByRole('combobox', { name: 'Vai trò' }).click();
  await page.getByRole('option', { name: 'Cán bộ đầu mối đơn vị' }).click();
  const agency = page.getByRole('combobox', { name: 'Đơn vị' });
  await agency.click();
  await agency.fill('Sở Nội vụ');
  await page.getByRole('option', { name: 'Sở Nội vụ', exact: true }).click();
  await shoot(page, 'quan-tri-tao-tai-khoan');
  // Leaving a form with unsaved changes asks first: the guide's example account is not kept.
  page.once('dialog', (dialog) => void dialog.accept());

  await menuItem(page, 'Đơn vị').click();
  await expect(page.getByRole('cell', { name: 'Sở Tư pháp', exact: true })).toBeVisible();
  await shoot(page, 'quan-tri-don-vi');
  await openRow(page, page.getByRole('cell', { name: 'Sở Y tế', exact: true }));
  await button(page, 'Sáp nhập / đổi tên').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await shoot(page, 'quan-tri-sap-nhap');
  await page.keyboard.press('Escape');

  await menuItem(page, 'Kế hoạch').click();
  await openRow(page, page.getByRole('row').filter({ hasText: '15/KH-BCĐNQ' }));
  await page.getByRole('tab', { name: 'Lịch sử thay đổi' }).click();
  await expect(page.getByRole('columnheader', { name: 'Người thực hiện' })).toBeVisible();
  await shoot(page, 'quan-tri-lich-su');
});

test('the committee leader: the dashboard, the consolidated report, articles awaiting approval', async ({
  page,
}) => {
  await signIn(page, 'lanhdao');
  await landsAsTheGuideSays(page, 'lanh-dao.md', adminMenu(page));
  await expect(page.getByRole('heading', { name: /Nhiệm vụ quá hạn/ })).toBeVisible();
  await shoot(page, 'lanh-dao-tong-quan');
  await page
    .getByRole('img', { name: 'Nhiệm vụ theo đơn vị chủ trì và trạng thái' })
    .scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 200));
  await shoot(page, 'lanh-dao-bieu-do');

  await menuItem(page, 'Báo cáo tổng hợp').click();
  await button(page, 'Tổng hợp').click();
  await expect(page.getByTestId('consolidation-summary')).toBeVisible();
  await shoot(page, 'lanh-dao-bao-cao-tong-hop');

  await menuItem(page, 'Tin chờ duyệt').click();
  await expect(page.getByRole('heading', { name: 'Tin chờ duyệt' })).toBeVisible();
  await shoot(page, 'lanh-dao-tin-cho-duyet');
});

test('the standing office: import, plans, issue, tasks, report review, consolidation, reminders', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, 'thuongtruc');
  await landsAsTheGuideSays(page, 'thuong-truc.md', adminMenu(page));
  await expect(page.getByRole('heading', { name: /Nhiệm vụ quá hạn/ })).toBeVisible();
  await shoot(page, 'thuong-truc-tong-quan');

  await menuItem(page, 'Nhập văn bản').click();
  await page.getByRole('tab', { name: 'Dán nội dung' }).click();
  await page.getByRole('textbox', { name: 'Nội dung văn bản' }).fill(readFileSync(SEED, 'utf8'));
  await shoot(page, 'thuong-truc-nhap-van-ban');
  await button(page, 'Đọc văn bản').click();
  await expect(page.getByRole('textbox', { name: 'Số, ký hiệu' }).first()).toHaveValue('25/KH-UBND');
  await shoot(page, 'thuong-truc-ra-soat');

  await menuItem(page, 'Kế hoạch').click();
  await expect(page.getByRole('row').filter({ hasText: '15/KH-BCĐNQ' })).toBeVisible();
  await shoot(page, 'thuong-truc-ke-hoach');
  await openRow(page, page.getByRole('row').filter({ hasText: '15/KH-BCĐNQ' }));
  await expect(button(page, 'Sao chép sang năm mới')).toBeVisible();
  await shoot(page, 'thuong-truc-ke-hoach-chi-tiet');
  await page.getByRole('tab', { name: 'Nhiệm vụ của kế hoạch' }).click();
  await expect(page.getByRole('row').nth(1)).toBeVisible();
  await shoot(page, 'thuong-truc-nhiem-vu-ke-hoach');

  await menuItem(page, 'Kế hoạch').click();
  await openRow(
    page,
    page.getByRole('row').filter({ hasText: '75 năm Ngày Nhân quyền' }).filter({ hasText: 'Dự thảo' }),
  );
  await button(page, 'Ban hành').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await shoot(page, 'thuong-truc-ban-hanh');
  await page.keyboard.press('Escape');

  await menuItem(page, 'Nhiệm vụ').click();
  const rows = page.getByRole('row').filter({ has: page.getByRole('checkbox') });
  await rows.nth(1).getByRole('checkbox').check();
  await rows.nth(2).getByRole('checkbox').check();
  await button(page, 'Sửa hàng loạt').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await shoot(page, 'thuong-truc-sua-hang-loat');
  await page.keyboard.press('Escape');

  await menuItem(page, 'Xem xét báo cáo').click();
  await expect(page.getByRole('heading', { name: 'Báo cáo chờ xem xét' })).toBeVisible();
  await shoot(page, 'thuong-truc-xem-xet-bao-cao');
  await openRow(page, page.getByRole('row').nth(1));
  await button(page, 'Trả lại').click();
  await expect(page.getByRole('dialog', { name: 'Trả lại báo cáo' })).toBeVisible();
  await shoot(page, 'thuong-truc-tra-lai');
  await page.keyboard.press('Escape');

  await menuItem(page, 'Báo cáo tổng hợp').click();
  await button(page, 'Tổng hợp').click();
  await expect(page.getByTestId('consolidation-summary')).toBeVisible();
  await button(page, 'Xuất Word').scrollIntoViewIfNeeded();
  await shoot(page, 'thuong-truc-bao-cao-tong-hop');

  await menuItem(page, 'Thư nhắc việc').click();
  await expect(page.getByRole('heading', { name: 'Thư nhắc việc' })).toBeVisible();
  await shoot(page, 'thuong-truc-thu-nhac-viec');
});

test("an agency's officer: things to do, the agency's tasks, progress, writing a report", async ({
  page,
}) => {
  await signIn(page, 'tuphap');
  await landsAsTheGuideSays(page, 'can-bo-dau-moi.md', adminMenu(page));
  const inbox = page.getByRole('region', { name: /Việc cần làm/ });
  await expect(inbox).toBeVisible();
  await shoot(page, 'can-bo-viec-can-lam');

  await menuItem(page, 'Nhiệm vụ của đơn vị').click();
  await expect(page.getByRole('heading', { name: 'Tất cả nhiệm vụ của đơn vị' })).toBeVisible();
  await shoot(page, 'can-bo-nhiem-vu-don-vi');
  await page
    .getByRole('link', { name: /Tuyên truyền, phổ biến pháp luật về quyền con người/ })
    .first()
    .click();
  await expect(page.getByRole('tab', { name: 'Tiến độ' })).toBeVisible();
  await shoot(page, 'can-bo-nhiem-vu');
  await page.getByRole('tab', { name: 'Tiến độ' }).click();
  await expect(button(page, 'Gửi báo cáo tiến độ')).toBeVisible();
  await shoot(page, 'can-bo-tien-do');

  await page.getByRole('menuitem', { name: /Việc cần làm/ }).click();
  await inbox
    .getByRole('link')
    .filter({ hasText: /Báo cáo (bị trả lại|quá hạn|cần lập)/ })
    .first()
    .click();
  await expect(page.getByRole('link', { name: 'Soạn báo cáo' })).toBeVisible();
  await shoot(page, 'can-bo-bao-cao');
  await page.getByRole('link', { name: 'Soạn báo cáo' }).click();
  await expect(button(page, 'Lưu nháp')).toBeVisible();
  await shoot(page, 'can-bo-soan-bao-cao');
});

test('the editor: articles, a new article, returned articles, sending for review, images', async ({
  page,
}) => {
  await signIn(page, 'bientap');
  await landsAsTheGuideSays(page, 'bien-tap.md', adminMenu(page));

  await menuItem(page, 'Tin bài').click();
  await expect(page.getByRole('heading', { name: 'Tin bài' })).toBeVisible();
  await shoot(page, 'bien-tap-tin-bai');
  await page.getByRole('link', { name: 'Thêm mới' }).click();
  await page
    .getByRole('textbox', { name: 'Tiêu đề' })
    .fill('Hội nghị phổ biến pháp luật về quyền con người tại xã Tân Dĩnh');
  await page
    .getByRole('textbox', { name: 'Sapo' })
    .fill('Hơn 120 cán bộ, người dân tham dự hội nghị do Sở Tư pháp phối hợp tổ chức.');
  await shoot(page, 'bien-tap-tao-tin');
  page.once('dialog', (dialog) => void dialog.accept());

  await menuItem(page, 'Tin bị trả lại').click();
  await expect(page.getByRole('heading', { name: 'Tin bị trả lại' })).toBeVisible();
  await shoot(page, 'bien-tap-tin-bi-tra-lai');

  await menuItem(page, 'Tin bài').click();
  await openRow(page, page.getByRole('row').filter({ hasText: 'Bản nháp' }).first());
  await expect(button(page, 'Gửi duyệt')).toBeVisible();
  await shoot(page, 'bien-tap-gui-duyet');
  // An edit of the text is a new version; the history shows it word by word.
  await page.getByRole('link', { name: 'Sửa' }).click();
  const lead = page.getByRole('textbox', { name: 'Sapo' });
  await lead.fill(`${await lead.inputValue()} Hơn 40 xã, phường treo băng rôn, khẩu hiệu.`);
  await button(page, 'Lưu').click();
  await expect(button(page, 'Gửi duyệt')).toBeVisible();
  await page.getByRole('tab', { name: 'Lịch sử phiên bản' }).click();
  await expect(page.getByText(/Sửa nội dung/).first()).toBeVisible();
  await shoot(page, 'bien-tap-lich-su');

  await menuItem(page, 'Thư viện ảnh').click();
  await expect(page.getByText('anh-minh-hoa-1.png')).toBeVisible();
  await shoot(page, 'bien-tap-thu-vien-anh');

  await menuItem(page, 'Đợt tuyên truyền').click();
  await openRow(page, page.getByRole('row').nth(1));
  await expect(button(page, 'Lưu')).toBeVisible();
  await shoot(page, 'bien-tap-dot-tuyen-truyen');
});

test('the reviewer: the review queue, approving, returning, scheduling, versions, documents', async ({
  page,
}) => {
  await signIn(page, 'duyettin');
  await landsAsTheGuideSays(page, 'duyet-tin.md', adminMenu(page));
  await menuItem(page, 'Tin chờ duyệt').click();
  await expect(page.getByRole('row').nth(1)).toBeVisible();
  await shoot(page, 'duyet-tin-cho-duyet');

  await openRow(page, page.getByRole('row').nth(1));
  await expect(button(page, 'Duyệt')).toBeVisible();
  await shoot(page, 'duyet-tin-bai-cho-duyet');
  await button(page, 'Trả lại').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await shoot(page, 'duyet-tin-tra-lai');
  await page.keyboard.press('Escape');
  await button(page, 'Duyệt').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Duyệt', exact: true }).click();
  await button(page, 'Hẹn giờ đăng').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await shoot(page, 'duyet-tin-hen-gio');
  await page.keyboard.press('Escape');

  await menuItem(page, 'Văn bản công bố').click();
  await openRow(page, page.getByRole('row').filter({ hasText: '15/KH-BCĐNQ' }));
  await expect(button(page, 'Lưu')).toBeVisible();
  await shoot(page, 'duyet-tin-van-ban');
});

test('citizens on the portal: home, an article, search without diacritics, documents, a campaign, English', async ({
  page,
}) => {
  await page.goto(`${baseUrl()}/`);
  await landsAsTheGuideSays(
    page,
    'nguoi-dan.md',
    page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link'),
  );
  await shoot(page, 'nguoi-dan-trang-chu');

  await page
    .getByRole('link', { name: /Triển khai đợt cao điểm tuyên truyền/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Triển khai đợt cao điểm');
  await shoot(page, 'nguoi-dan-bai-viet');

  await page.getByRole('searchbox').fill('nhan quyen');
  await button(page, 'Tìm').click();
  await expect(page.getByRole('heading', { name: /Tìm thấy \d+ tin bài/ })).toBeVisible();
  await shoot(page, 'nguoi-dan-tim-kiem');

  await page.getByRole('link', { name: 'Văn bản', exact: true }).first().click();
  await expect(
    page.getByRole('link', { name: /Kế hoạch thực hiện công tác nhân quyền năm 2026/ }),
  ).toBeVisible();
  await shoot(page, 'nguoi-dan-van-ban');

  await page.getByRole('link', { name: 'Chiến dịch', exact: true }).first().click();
  await page
    .getByRole('link', { name: /Ngày Nhân quyền thế giới/ })
    .first()
    .click();
  await shoot(page, 'nguoi-dan-chien-dich');

  await page.getByRole('link', { name: 'Tin tức', exact: true }).first().click();
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Latest articles' })).toBeVisible();
  await shoot(page, 'nguoi-dan-tieng-anh');
});

test('the guide shows exactly the screens this suite takes', () => {
  const pages = readdirSync(GUIDE).filter((file) => file.endsWith('.md'));
  const shown = new Set(
    pages.flatMap((file) =>
      [...readFileSync(path.join(GUIDE, file), 'utf8').matchAll(/\]\(anh\/([^)\s]+\.png)\)/g)].map(
        (match) => match[1],
      ),
    ),
  );
  const taken = readdirSync(SHOTS).filter((file) => file.endsWith('.png'));
  expect(taken.length).toBeGreaterThan(0);
  expect([...shown].sort()).toEqual(taken.sort());
  // And the pages link to one another by names that exist.
  const linked = pages.flatMap((file) =>
    [...readFileSync(path.join(GUIDE, file), 'utf8').matchAll(/\]\(([a-z-]+\.md)(#[^)]*)?\)/gi)].map(
      (match) => match[1] ?? '',
    ),
  );
  expect(linked.filter((file) => !pages.includes(file))).toEqual([]);
});
