import { expect, type Page, test } from '@playwright/test';
import { baseUrl } from '../support/base-url.js';

// Classic payloads: each, if it ever ran, would set window.__xss to its tag.
const payload = (tag: string) =>
  `${tag} <img src=x onerror="window.__xss='${tag}'"><script>window.__xss='${tag}'</script>` +
  `"'><svg onload="window.__xss='${tag}'"> javascript:window.__xss='${tag}' {{constructor.constructor('window.__xss=1')()}}`;

async function signIn(page: Page, username: string): Promise<string> {
  await page.context().clearCookies();
  await page.goto(`${baseUrl()}/admin/`);
  const response = await page.request.post(`${baseUrl()}/api/auth/login`, {
    data: { username, password: 'demo12345' },
  });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { csrfToken: string }).csrfToken;
}

async function noScriptRan(page: Page, where: string) {
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss), where).toBeUndefined();
}

test('text fields holding script payloads are shown as text in the admin panel and on the portal, never run', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const csrf = await signIn(page, 'thuongtruc');
  const api = (method: 'post' | 'put', path: string, data: object) =>
    page.request[method](`${baseUrl()}/api${path}`, { data, headers: { 'X-CSRF-Token': csrf } });

  const agencies = (await (await page.request.get(`${baseUrl()}/api/agencies?perPage=200`)).json()) as {
    data: { id: string; code: string }[];
  };
  const tuphap = agencies.data.find((a) => a.code === 'so-tu-phap');
  expect(tuphap).toBeTruthy();
  const created = await api('post', '/plans', {
    title: payload('title'),
    year: 2033,
    place: payload('place').slice(0, 100),
    issuer: payload('issuer').slice(0, 300),
    summary: payload('summary'),
    purposes: [payload('purpose')],
    keyTasks: [payload('keytask')],
    recipients: [payload('recipient')],
    references: [{ type: null, number: null, date: null, issuer: null, text: payload('reference') }],
    reportingRules: [
      { period: 'month', dueDay: 15, due: null, to: payload('to').slice(0, 300), text: payload('rule') },
    ],
  });
  expect(created.status()).toBe(201);
  const plan = (await created.json()) as { id: string; version: number };
  const task = await api('post', '/tasks', {
    planId: plan.id,
    text: payload('task'),
    leads: [{ agencyId: tuphap?.id, requested: false }],
  });
  expect(task.status()).toBe(201);
  const taskId = ((await task.json()) as { id: string }).id;
  const signer = {
    name: payload('signer').slice(0, 200),
    title: 'Phó Chủ tịch',
    capacity: 'TM. Ban Chỉ đạo',
  };
  const issued = await api('post', `/plans/${plan.id}/issue`, {
    number: '77/KH-XSS',
    issuedOn: '2033-01-05',
    signer,
    version: plan.version,
  });
  expect(issued.status()).toBe(200);
  const note = await page.request.post(`${baseUrl()}/api/tasks/${taskId}/notes`, {
    headers: { 'X-CSRF-Token': csrf },
    multipart: { text: payload('note') },
  });
  expect(note.status()).toBe(201);
  const published = await api('put', `/plans/${plan.id}/publication`, {
    publishPublicly: true,
    version: ((await issued.json()) as { version: number }).version,
  });
  expect(published.status()).toBe(200);

  // The admin panel: the plan (each tab), its task (progress notes, history), the lists.
  await page.goto(`${baseUrl()}/admin/#/plans/${plan.id}/show`);
  await expect(page.getByText(/title <img src=x/).first()).toBeVisible();
  for (const tab of await page.getByRole('tab').all()) {
    await tab.click();
    await noScriptRan(page, `plan tab ${await tab.textContent()}`);
  }
  await page.goto(`${baseUrl()}/admin/#/tasks/${taskId}/show`);
  await expect(page.getByText(/task <img src=x/).first()).toBeVisible();
  for (const tab of await page.getByRole('tab').all()) {
    await tab.click();
    await noScriptRan(page, `task tab ${await tab.textContent()}`);
  }
  for (const path of ['#/plans', '#/tasks', '#/']) {
    await page.goto(`${baseUrl()}/admin/${path}`);
    await noScriptRan(page, path);
  }

  // The portal's public documents page lists the published plan.
  await page.goto(`${baseUrl()}/van-ban`);
  await expect(page.getByText(/title <img src=x/).first()).toBeVisible();
  await noScriptRan(page, 'portal /van-ban');
  await page.goto(`${baseUrl()}/tim-kiem?q=${encodeURIComponent(payload('query'))}`);
  await noScriptRan(page, 'portal search');

  expect(dialogs).toEqual([]);
});
