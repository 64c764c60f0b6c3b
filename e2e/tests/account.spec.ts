import { type Browser, expect, type Page, test } from '@playwright/test';
import { baseUrl } from '../support/base-url.js';

async function signIn(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${baseUrl()}/admin/`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill('demo12345');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByText(/Xin chào/)).toBeVisible();
  return page;
}

test('a reviewer sees where she is signed in and logs out of every session at once', async ({ browser }) => {
  const office = await signIn(browser, 'duyettin');
  const home = await signIn(browser, 'duyettin');
  await office.getByRole('button', { name: 'Tài khoản' }).click();
  await office.getByRole('menuitem', { name: 'Tài khoản của tôi' }).click();
  const sessions = office.getByRole('table', { name: 'Các phiên đăng nhập' });
  await expect(sessions.getByText('Phiên này')).toBeVisible();
  expect(await sessions.locator('tbody tr').count()).toBeGreaterThanOrEqual(2);
  await office.screenshot({ path: test.info().outputPath('account.png'), fullPage: true });
  await office.getByRole('button', { name: 'Đăng xuất khỏi mọi phiên' }).click();
  await office.getByRole('dialog').getByRole('button', { name: 'Đăng xuất khỏi mọi phiên' }).click();
  await expect(office.getByRole('button', { name: 'Đăng nhập' })).toBeVisible();
  await home.reload();
  await expect(home.getByRole('button', { name: 'Đăng nhập' }), 'the other session ended too').toBeVisible();
});

test('the administrator ends every session of an officer whose laptop was lost', async ({ browser }) => {
  const officer = await signIn(browser, 'ngoaivu');
  const admin = await signIn(browser, 'admin');
  await admin.getByRole('menuitem', { name: 'Tài khoản', exact: true }).click();
  await admin.getByRole('cell', { name: 'ngoaivu', exact: true }).click();
  await admin.getByRole('button', { name: 'Đăng xuất người này khỏi mọi phiên' }).click();
  const confirm = admin.getByRole('dialog');
  await expect(confirm).toContainText(/Mọi phiên đăng nhập của .+ kết thúc ngay/);
  await confirm.getByRole('button', { name: 'Đăng xuất người này khỏi mọi phiên' }).click();
  await expect(admin.getByText(/Đã kết thúc [1-9]\d* phiên đăng nhập/)).toBeVisible();
  // The administrator stays signed in; the officer's page asks for a sign-in at its next request.
  await expect(admin.getByRole('button', { name: 'Đăng nhập' })).toHaveCount(0);
  await officer.reload();
  await expect(officer.getByRole('button', { name: 'Đăng nhập' })).toBeVisible();
});
