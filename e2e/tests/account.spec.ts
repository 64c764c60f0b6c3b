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
