import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signIn, startTestApp, type TestApp, unique } from './helpers/test-app.js';

let t: TestApp;
let office: Client;
beforeAll(async () => {
  t = await startTestApp();
  office = await signIn(t, 'thuongtruc');
});
afterAll(() => t.close());

const LISTS = ['/api/plans', '/api/agencies', '/api/tasks', '/api/reports', '/api/campaigns', '/api/users'];
const PROTOTYPE_NAMES = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
  'prototype',
];

describe('list sorting', () => {
  it('refuses a sort key outside the allow-list with 400, and everything still works afterwards', async () => {
    const admin = await signIn(t, 'admin');
    for (const list of LISTS) {
      for (const name of PROTOTYPE_NAMES) {
        const response = await admin.get(`${list}?sort=${encodeURIComponent(name)}&order=DESC`);
        expect(response.status, `${list} sort=${name}`).toBe(400);
        expect(response.body.errors?.sort, `${list} sort=${name}`).toBeTruthy();
      }
      expect((await admin.get(`${list}?sort=no.such.column`)).status).toBe(400);
    }
    expect(({} as Record<string, unknown>).ASC, 'Object.prototype untouched').toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(
      (await request(t.server).post('/api/auth/login').send({ username: 'lanhdao', password: 'demo12345' }))
        .status,
    ).toBe(200);
    expect((await admin.get('/api/plans?sort=year&order=DESC')).status).toBe(200);
    expect((await admin.get('/api/agencies?sort=name')).status).toBe(200);
    expect((await admin.get('/api/tasks?sort=id')).status, "react-admin's default sort").toBe(200);
  });

  it('refuses an unknown event name instead of looking it up', async () => {
    const tasks = (await office.get('/api/tasks?perPage=1')).body.data;
    if (tasks.length === 0) return;
    for (const event of ['__proto__', 'constructor', 'toString']) {
      const response = await office.post(`/api/tasks/${tasks[0].id}/status`, {
        event,
        version: tasks[0].version,
      });
      expect(response.status, event).toBe(400);
    }
  });
});

describe('ill-formed text', () => {
  it('answers a NUL byte or a lone surrogate in a body or a query with 400, naming the field', async () => {
    const nul = await office.post('/api/plans', { title: `Kế hoạch\u0000 ${unique()}`, year: 2031 });
    expect(nul.status).toBe(400);
    expect(nul.body.errors.title).toMatch(/ký tự không hợp lệ/);
    const surrogate = await office.agent
      .post('/api/plans')
      .set('X-CSRF-Token', office.csrf)
      .set('Content-Type', 'application/json')
      .send(`{"title":"Kế hoạch \\ud800 ${unique()}","year":2031}`);
    expect(surrogate.status).toBe(400);
    for (const q of ['%00', '%ED%A0%80', 'a%00b']) {
      const response = await office.get(`/api/plans?q=${q}`);
      expect([200, 400], q).toContain(response.status);
    }
    expect((await office.get('/api/plans?q=%00')).status).toBe(400);
    expect(
      (await request(t.server).post('/api/auth/login').send({ username: 'ad\u0000min', password: 'x' }))
        .status,
    ).toBe(400);
  });
});

describe('response headers', () => {
  it('keeps private answers out of caches and frames, with a correlation id', async () => {
    const response = await office.get('/api/plans');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['content-security-policy']).toMatch(/default-src 'none'.*frame-ancestors 'none'/);
    expect(response.headers['referrer-policy']).toBe('same-origin');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-correlation-id']).toBeTruthy();
  });

  it('sends a CSP that lets the API docs page load its own files only', async () => {
    const page = await request(t.server).get('/api/docs');
    expect(page.status).toBe(200);
    const csp = page.headers['content-security-policy'];
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it('answers malformed JSON with the problem envelope, its headers and a correlation id', async () => {
    const response = await office.agent
      .post('/api/plans')
      .set('X-CSRF-Token', office.csrf)
      .set('Content-Type', 'application/json')
      .set('X-Correlation-Id', 'thu-json-hong-01')
      .send('{"title": "Kế hoạch",');
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body).toMatchObject({ code: 'VALIDATION', correlationId: 'thu-json-hong-01' });
    expect(response.headers['x-correlation-id']).toBe('thu-json-hong-01');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['cache-control']).toBe('no-store');
  });
});

describe('search and files', () => {
  it('matches LIKE wildcards in a campaign search literally', async () => {
    const all = (await office.get('/api/campaigns')).body.total;
    expect(all).toBeGreaterThan(0);
    expect((await office.get('/api/campaigns?q=%25')).body.total).toBe(0);
    expect((await office.get('/api/campaigns?q=_')).body.total).toBe(0);
  });

  it('stores and serves an attachment under a name that matches what it is', async () => {
    const tasks = (await office.get('/api/tasks?perPage=200')).body.data as {
      id: string;
      plan?: { status: string };
    }[];
    const live = [];
    for (const task of tasks) {
      const note = await office.agent
        .post(`/api/tasks/${task.id}/notes`)
        .set('X-CSRF-Token', office.csrf)
        .field('text', 'Tệp văn bản đặt tên .html')
        .attach('files', Buffer.from('Chỉ là văn bản thường, không phải trang web.'), 'bao-cao.html');
      if (note.status === 201) {
        live.push(note.body);
        break;
      }
    }
    expect(live, 'a task of a plan in force to write on').toHaveLength(1);
    const attachment = live[0].attachments[0];
    expect(attachment.fileName).toBe('bao-cao.html.txt');
    const download = await office.get(`/api/attachments/${attachment.id}`);
    expect(download.headers['content-disposition']).toMatch(/filename="bao-cao\.html\.txt"/);
    expect(download.headers['content-type']).toMatch(/^text\/plain/);
  });
});

describe('Vietnamese order', () => {
  it('sorts agencies by name as Vietnamese is read (Đ after D, Â after Ă after A), like the browser does', async () => {
    const admin = await signIn(t, 'admin');
    const names = [
      'Đoàn Luật sư tỉnh',
      'Dân tộc thiểu số',
      'Ấp Bắc',
      'Ăn uống',
      'An ninh',
      'Ban Dân vận',
      'Ẩm thực',
    ];
    const tag = unique();
    for (const [i, name] of names.entries()) {
      const created = await admin.post('/api/agencies', {
        code: `vn-order-${tag}-${i}`,
        name: `${name} ${tag}`,
        kind: 'other',
        aliases: [],
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
    }
    const listed = (await admin.get(`/api/agencies?q=${tag}&sort=name&order=ASC&perPage=50`)).body.data.map(
      (a: { name: string }) => a.name,
    );
    const expected = names.map((n) => `${n} ${tag}`).sort(new Intl.Collator('vi').compare);
    expect(listed).toEqual(expected);
  });
});

describe('mass assignment', () => {
  it('ignores fields a client may not set: status, ids, versions, owners, passwords and roles stay the server’s', async () => {
    const plan = await office.post('/api/plans', {
      title: `Kế hoạch gán thừa ${unique()}`,
      year: 2032,
      status: 'issued',
      id: '00000000-0000-4000-8000-000000000001',
      versionNo: 7,
      createdById: '00000000-0000-4000-8000-000000000002',
      previousVersionId: '00000000-0000-4000-8000-000000000003',
    });
    expect(plan.status).toBe(201);
    expect(plan.body).toMatchObject({ status: 'draft', versionNo: 1, previousVersionId: null });
    expect(plan.body.id).not.toBe('00000000-0000-4000-8000-000000000001');
    const agency = (await office.get('/api/agencies?perPage=1&sort=name')).body.data[0];
    const task = await office.post('/api/tasks', {
      planId: plan.body.id,
      text: 'Việc gán thừa',
      leads: [{ agencyId: agency.id, requested: false }],
      status: 'done',
      dueOn: '2000-01-01',
      version: 99,
    });
    expect(task.status, JSON.stringify(task.body)).toBe(201);
    expect(task.body).toMatchObject({ status: 'not_started', version: 1 });
    const edited = await office.put(`/api/tasks/${task.body.id}`, {
      text: 'Việc đã sửa',
      status: 'done',
      planId: '00000000-0000-4000-8000-000000000009',
      version: task.body.version,
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ status: 'not_started', planId: plan.body.id });
    const editor = await signIn(t, 'bientap');
    const me = await editor.post('/api/auth/password', {
      currentPassword: 'demo12345',
      newPassword: 'demo12345',
      role: 'admin',
    });
    expect(me.status, 'same password refused, extra role field ignored').toBe(400);
    expect((await editor.get('/api/auth/me')).body.role).toBe('editor');
  });
});
