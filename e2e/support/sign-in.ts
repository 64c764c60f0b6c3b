import { expect, type Page } from '@playwright/test';
import { baseUrl } from './base-url.js';

/** The password of every demo account (apps/api/src/seed/demo-content.ts). */
export const DEMO_PASSWORD = 'demo12345';

/** Signs in through the admin's login form, ending whatever session the page's browser context had. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`${baseUrl()}/admin/`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('button', { name: 'Đăng nhập' })).toHaveCount(0);
}
