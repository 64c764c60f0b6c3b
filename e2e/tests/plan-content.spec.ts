import { expect, test } from '@playwright/test';
import { baseUrl } from '../support/base-url.js';

test.use({ viewport: { width: 1366, height: 768 } });

test("a plan's content reads on a 1366 px screen without sideways scrolling, with each report's due day", async ({
  page,
}) => {
  await page.goto(`${baseUrl()}/admin/`);
  const login = await page.request.post(`${baseUrl()}/api/auth/login`, {
    data: { username: 'thuongtruc', password: 'demo12345' },
  });
  const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
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
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'pixels the page is wider than the window').toBeLessThanOrEqual(0);
});
