import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page, type APIRequestContext, test } from '@playwright/test';
import { baseUrl } from '../support/base-url.js';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Known XSS payloads placed in every field a reader sees (a subset of the API's sanitiser list). */
const PAYLOADS = [
  '<script>alert("xss-1")</script>',
  '<img src=x onerror=alert("xss-2")>',
  '<svg onload=alert("xss-3")>',
  '<a href="javascript:alert(\'xss-4\')">bấm vào đây</a>',
  '"><script>alert("xss-5")</script>',
  '<iframe srcdoc="<script>alert(\'xss-6\')</script>"></iframe>',
  '<details open ontoggle=alert("xss-7")>',
];

async function signIn(page: Page, username: string): Promise<void> {
  await page.goto(`${baseUrl()}/admin/`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill('demo12345');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByText('Xin chào')).toBeVisible();
}

async function signOut(page: Page): Promise<void> {
  await page.context().clearCookies();
}

/** An API client signed in as a demo user (cookie in its own context, CSRF header on mutations). */
async function apiAs(request: APIRequestContext, username: string) {
  const login = await request.post(`${baseUrl()}/api/auth/login`, {
    data: { username, password: 'demo12345' },
  });
  expect(login.ok()).toBe(true);
  const csrf = (await login.json()).csrfToken as string;
  return {
    post: (path: string, data: unknown) =>
      request.post(`${baseUrl()}/api${path}`, { data, headers: { 'X-CSRF-Token': csrf } }),
    get: (path: string) => request.get(`${baseUrl()}/api${path}`),
  };
}

/** Any dialog (alert, confirm, prompt) means a payload ran. */
function failOnDialog(page: Page, seen: string[]): void {
  page.on('dialog', (dialog) => {
    seen.push(dialog.message());
    void dialog.dismiss();
  });
}

test.describe('newsroom journey', () => {
  test('an article goes from the editor through review to the portal at its scheduled time', async ({
    page,
  }) => {
    test.setTimeout(420_000);
    const stamp = Date.now().toString(36);
    const title = `Tọa đàm quyền trẻ em ở cơ sở ${stamp}`;

    // The editor writes an article linked to the running campaign.
    await signIn(page, 'bientap');
    await page.goto(`${baseUrl()}/admin/#/articles/create`);
    await page.getByLabel('Tiêu đề').fill(title);
    await page.getByLabel('Sapo').fill('Các em học sinh được nghe phổ biến về Công ước quyền trẻ em.');
    await page
      .locator('.ProseMirror')
      .fill('Buổi tọa đàm giới thiệu quyền được học tập và vui chơi của trẻ em.');
    await page.getByRole('combobox', { name: 'Đợt tuyên truyền' }).click();
    await page.getByRole('option', { name: /Hưởng ứng Ngày Nhân quyền thế giới/ }).click();
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByRole('button', { name: 'Gửi duyệt' })).toBeVisible();
    // The editor is offered no approval or publication.
    await expect(page.getByRole('button', { name: 'Duyệt', exact: true })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Đăng ngay' })).toHaveCount(0);
    const articleUrl = page.url();
    // Preview exactly as the portal will render it, for staff only.
    const articleId = /articles\/([0-9a-f-]{36})/.exec(articleUrl)?.[1] ?? '';
    const preview = await page.request.get(`${baseUrl()}/xem-truoc/${articleId}`);
    expect(preview.status()).toBe(200);
    expect(await preview.text()).toContain('Bản xem trước');
    const anonymous = await (
      await page.context().browser()?.newContext()
    )?.request.get(`${baseUrl()}/xem-truoc/${articleId}`);
    expect(anonymous?.status()).toBe(404);
    await page.getByRole('button', { name: 'Gửi duyệt' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Gửi duyệt' }).click();
    await expect(page.getByText('Đã cập nhật trạng thái tin bài')).toBeVisible();
    await signOut(page);

    // The reviewer finds it in the queue and returns it with a comment.
    await signIn(page, 'duyettin');
    await page.goto(`${baseUrl()}/admin/#/review-queue`);
    await page.getByText(title).click();
    await page.getByRole('button', { name: 'Trả lại' }).click();
    await page
      .getByRole('dialog')
      .getByLabel(/Ý kiến/)
      .fill('Bổ sung tên trường và số học sinh tham dự.');
    await page.getByRole('dialog').getByRole('button', { name: 'Trả lại' }).click();
    await expect(page.getByText('Đã cập nhật trạng thái tin bài')).toBeVisible();
    await signOut(page);

    // The editor sees it in the inbox with the comment, fixes it and sends it again.
    await signIn(page, 'bientap');
    await page.goto(`${baseUrl()}/admin/#/my-articles`);
    await expect(page.getByText('Bổ sung tên trường và số học sinh tham dự.')).toBeVisible();
    await page.goto(articleUrl);
    await page.getByRole('link', { name: 'Sửa' }).click();
    await page
      .getByLabel('Sapo')
      .fill('120 học sinh Trường Tiểu học Kim Đồng được nghe phổ biến về Công ước quyền trẻ em.');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByRole('button', { name: 'Gửi duyệt' })).toBeVisible();
    await page.getByRole('button', { name: 'Gửi duyệt' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Gửi duyệt' }).click();
    await expect(page.getByText('Đã cập nhật trạng thái tin bài')).toBeVisible();
    await signOut(page);

    // The reviewer approves and schedules it a little ahead.
    await signIn(page, 'duyettin');
    await page.goto(articleUrl);
    await page.getByRole('button', { name: 'Duyệt', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Duyệt' }).click();
    await expect(page.getByRole('button', { name: 'Hẹn giờ đăng' })).toBeVisible();
    // Whole minutes in Việt Nam time, typed dd/mm/yyyy and 24-hour: the next whole minute at least 90 s ahead, so the
    // time is still in the future when the reviewer, on a loaded machine, confirms it.
    const at = new Date(Math.ceil((Date.now() + 90_000) / 60_000) * 60_000 + 7 * 3_600_000).toISOString();
    await page.getByRole('button', { name: 'Hẹn giờ đăng' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Ngày đăng').fill(`${at.slice(8, 10)}/${at.slice(5, 7)}/${at.slice(0, 4)}`);
    await dialog.getByLabel('Giờ đăng (24 giờ)').fill(at.slice(11, 16));
    await page.getByRole('dialog').getByRole('button', { name: 'Hẹn giờ đăng' }).click();
    await expect(page.getByText('Đã cập nhật trạng thái tin bài')).toBeVisible();
    await signOut(page);

    // Not on the portal before its time…
    const home = await page.request.get(`${baseUrl()}/`);
    expect(await home.text()).not.toContain(title);
    // …and there once it has come (the scheduler runs every 20 s, the portal drops its cache on publication).
    await expect(async () => {
      const response = await page.request.get(`${baseUrl()}/`);
      expect(await response.text()).toContain(title);
    }).toPass({ timeout: 240_000, intervals: [5_000] });

    await page.goto(`${baseUrl()}/`);
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    await page.goto(`${baseUrl()}/chien-dich`);
    await page
      .getByRole('link', { name: /Hưởng ứng Ngày Nhân quyền thế giới/ })
      .first()
      .click();
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    const rss = await page.request.get(`${baseUrl()}/rss.xml`);
    expect(await rss.text()).toContain(title);
    await page.goto(`${baseUrl()}/tim-kiem?q=${encodeURIComponent('toa dam quyen tre em')}`);
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    await expect(page.locator('main mark').first()).toBeVisible();
  });
});

test.describe('portal without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('home, article, search, campaign and document pages work', async ({ page }) => {
    await page.goto(`${baseUrl()}/`);
    await expect(page.locator('.featured h2 a')).toBeVisible();
    await page.locator('.articles h3 a').first().click();
    await expect(page.locator('main h1')).toBeVisible();
    await page.getByLabel('Tìm kiếm tin bài').fill('nhan quyen');
    await page.getByRole('button', { name: 'Tìm' }).first().click();
    await expect(page.locator('#results-heading')).toContainText('Tìm thấy');
    await page.goto(`${baseUrl()}/chien-dich`);
    await page.locator('.articles h2 a').first().click();
    await expect(page.locator('.slogans li').first()).toBeVisible();
    await page.goto(`${baseUrl()}/van-ban`);
    await page.locator('.doc-title a').first().click();
    await expect(page.locator('.download a')).toBeVisible();
  });
});

test.describe('XSS', () => {
  test('no payload in title, sapo, body, caption or search query runs on the portal or in the panel', async ({
    page,
    playwright,
  }) => {
    test.setTimeout(120_000);
    const seen: string[] = [];
    failOnDialog(page, seen);
    const editorContext = await playwright.request.newContext();
    const reviewerContext = await playwright.request.newContext();
    const editor = await apiAs(editorContext, 'bientap');
    const reviewer = await apiAs(reviewerContext, 'duyettin');
    const slugs: string[] = [];
    const ids: string[] = [];
    for (const [i, payload] of PAYLOADS.entries()) {
      const created = await editor.post('/articles', {
        title: `Tin kiểm thử ${i} ${payload}`,
        lead: `Sapo ${payload}`,
        body: `<p>Thân bài</p>${payload}`,
        coverImageUrl: 'https://example.org/anh.jpg',
        coverAlt: `Ảnh ${i}`,
        coverCaption: `Chú thích ${payload}`,
      });
      expect(created.status()).toBe(201);
      let article = await created.json();
      for (const [client, event] of [
        [editor, 'submit'],
        [reviewer, 'approve'],
        [reviewer, 'publish'],
      ] as const) {
        const moved = await client.post(`/articles/${article.id}/status`, {
          event,
          version: article.version,
        });
        expect(moved.status()).toBe(200);
        article = await moved.json();
      }
      slugs.push(article.slug);
      ids.push(article.id);
    }
    for (const slug of slugs) {
      await page.goto(`${baseUrl()}/bai-viet/${slug}`);
      await expect(page.locator('main h1')).toBeVisible();
    }
    for (const payload of PAYLOADS) {
      await page.goto(`${baseUrl()}/tim-kiem?q=${encodeURIComponent(payload)}`);
      await expect(page.locator('main h1')).toBeVisible();
    }
    await page.goto(`${baseUrl()}/`);
    await signIn(page, 'duyettin');
    for (const id of ids.slice(0, 3)) {
      await page.goto(`${baseUrl()}/admin/#/articles/${id}/show`);
      await expect(page.getByText('Thân bài').first()).toBeVisible();
    }
    await page.goto(`${baseUrl()}/admin/#/articles`);
    await expect(page.getByText(/Tin kiểm thử/).first()).toBeVisible();
    expect(seen).toEqual([]);
    await editorContext.dispose();
    await reviewerContext.dispose();
  });
});

test.describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  // axe is injected as a script: the portal's CSP (script-src 'none') would refuse it.
  test.use({ bypassCSP: true });

  async function violations(page: Page, path: string) {
    await page.goto(`${baseUrl()}${path}`);
    await page.addScriptTag({ content: AXE_SOURCE });
    const result = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              ctx: Document,
              opts: unknown,
            ) => Promise<{ violations: { id: string; nodes: unknown[] }[] }>;
          };
        }
      ).axe;
      return axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      });
    });
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  }

  test('home, article, search, campaign and document pages have no violations', async ({ page }) => {
    const home = await violations(page, '/');
    expect(home, 'home').toEqual([]);
    const articleHref = await page.locator('.articles h3 a').first().getAttribute('href');
    expect(await violations(page, articleHref ?? '/'), 'article').toEqual([]);
    expect(await violations(page, '/tim-kiem?q=nhan%20quyen'), 'search').toEqual([]);
    await page.goto(`${baseUrl()}/chien-dich`);
    const campaignHref = await page.locator('.articles h2 a').first().getAttribute('href');
    expect(await violations(page, campaignHref ?? '/chien-dich'), 'campaign').toEqual([]);
    await page.goto(`${baseUrl()}/van-ban`);
    const documentHref = await page.locator('.doc-title a').first().getAttribute('href');
    expect(await violations(page, documentHref ?? '/van-ban'), 'document').toEqual([]);
    expect(await violations(page, '/en/'), 'English home').toEqual([]);
  });
});
