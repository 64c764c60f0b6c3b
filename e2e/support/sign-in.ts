import { expect, type Page } from '@playwright/test';
import { baseUrl } from './base-url.js';

/** Signs a demo user in to the admin panel (any session of the page's context is dropped first). */
export async function signIn(page: Page, username: string, password = 'demo12345'): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`${baseUrl()}/admin/`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('button', { name: 'Đăng nhập' })).toHaveCount(0);
}
