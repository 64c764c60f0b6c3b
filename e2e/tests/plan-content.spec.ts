import { expect, type Page, test } from '@playwright/test';
import { baseUrl } from '../support/base-url.js';

test.use({ viewport: { width: 1366, height: 768 } });

/** Signs the standing office in through the API (the page shares the session); returns the CSRF token. */
async function signInOffice(page: Page): Promise<string> {
  await page.goto(`${baseUrl()}/admin/`);
  const login = await page.request.post(`${baseUrl()}/api/auth/login`, {
    data: { username: 'thuongtruc', password: 'demo12345' },
  });
  return ((await login.json()) as { csrfToken: string }).csrfToken;
}

/** How many pixels the page is wider than the window (0 when nothing scrolls sideways). */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test("a plan's content reads on a 1366 px screen without sideways scrolling, with each report's due day", async ({
  page,
}) => {
  const csrf = await signInOffice(page);
  const long =
    'Báo cáo kết quả thực hiện công tác bảo vệ, đấu tranh về nhân quyền, gửi về Cơ quan Thường trực Ban Chỉ đạo '.repeat(
      4,
    );
  const created = await page.request.post(`${baseUrl()}/api/plans`, {
    headers: { 'X-CSRF-Token': csrf },
    data: {
      title: 'Kế hoạch kiểm tra bố cục nội dung năm 2031',
      year: 2031,
      references: [
        {
          type: null,
          number: null,
          date: null,
          issuer: null,
          text: `Chỉ thị số 44-CT/TW ngày 20/7/2010 của Ban Bí thư ${long}`,
        },
      ],
      reportingRules: [
        { period: 'month', dueDay: 15, due: null, to: 'Công an tỉnh (Cơ quan Thường trực)', text: long },
      ],
      purposes: [long],
    },
  });
  expect(created.status()).toBe(201);
  const plan = (await created.json()) as { id: string };
  await page.goto(`${baseUrl()}/admin/#/plans/${plan.id}/show/content`);
  await expect(page.getByText('Ngày 15 hằng kỳ')).toBeVisible();
  expect(await sidewaysOverflow(page), 'pixels the page is wider than the window').toBeLessThanOrEqual(0);
});

test('a list with a long unbroken word (a file name in a title) scrolls inside itself, never the page over the menu', async ({
  page,
}) => {
  const csrf = await signInOffice(page);
  // Underscores and dots offer no line break: the word is as wide as it is long.
  const fileName =
    'Ke_hoach_25_KH_UBND_cong_tac_bao_ve_dau_tranh_ve_nhan_quyen_nam_2024_tinh_Bac_Ninh_ban_chinh_thuc_da_ky_so.pdf';
  const plan = (await (
    await page.request.post(`${baseUrl()}/api/plans`, {
      headers: { 'X-CSRF-Token': csrf },
      data: { title: `Kế hoạch theo ${fileName}`, year: 2031 },
    })
  ).json()) as { id: string };
  const agencies = (await (await page.request.get(`${baseUrl()}/api/agencies?perPage=1`)).json()) as {
    data: { id: string }[];
  };
  const task = await page.request.post(`${baseUrl()}/api/tasks`, {
    headers: { 'X-CSRF-Token': csrf },
    data: {
      planId: plan.id,
      text: 'Tuyên truyền trên cổng thông tin',
      leads: [{ agencyId: agencies.data[0]?.id, requested: false }],
    },
  });
  expect(task.status()).toBe(201);
  await page.goto(
    `${baseUrl()}/admin/#/tasks?filter=${encodeURIComponent(JSON.stringify({ planId: plan.id }))}`,
  );
  await expect(
    page.getByRole('link', { name: new RegExp(`Kế hoạch theo ${fileName.slice(0, 40)}`) }),
  ).toBeVisible();
  expect(await sidewaysOverflow(page), 'pixels the page is wider than the window').toBeLessThanOrEqual(0);
});
