import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signIn, startTestApp, type TestApp, unique } from './helpers/test-app.js';

let t: TestApp;
let office: Client;
let leader: Client;
let tuphap: Client;
let ids: Record<string, string>;
const signer = { name: 'Nguyễn Hương Giang', title: 'Phó Chủ tịch', capacity: 'TM. Ủy ban nhân dân' };

beforeAll(async () => {
  t = await startTestApp();
  office = await signIn(t, 'thuongtruc');
  leader = await signIn(t, 'lanhdao');
  tuphap = await signIn(t, 'tuphap');
  ids = Object.fromEntries(
    (await office.get('/api/agencies?perPage=100')).body.data.map((a: { code: string; id: string }) => [
      a.code,
      a.id,
    ]),
  );
});
afterAll(() => t.close());

const lead = (code: string) => [{ agencyId: ids[code], requested: false }];

async function issue(planId: string, year: number, number = `${unique().slice(-5)}/KH-UBND`) {
  const read = await office.get(`/api/plans/${planId}`);
  expect(read.status, `${planId} ${JSON.stringify(read.body)}`).toBe(200);
  const plan = read.body;
  const issued = await office.post(`/api/plans/${planId}/issue`, {
    number,
    issuedOn: `${year}-01-15`,
    signer,
    version: plan.version,
  });
  expect(issued.status, JSON.stringify(issued.body)).toBe(200);
  return issued.body;
}

describe('a replaced version', () => {
  it("leaves the officer's list and the dashboard once its amendment is issued; its history stays readable", async () => {
    const year = 2090 + Math.floor(Math.random() * 9);
    const text = `Nhiệm vụ sửa đổi ${unique()}`;
    const plan = (await office.post('/api/plans', { title: `Kế hoạch ${unique()}`, year })).body;
    await office.post('/api/tasks', {
      planId: plan.id,
      text,
      leads: lead('so-tu-phap'),
      schedule: { kind: 'deadline', due: `${year}-06-30` },
    });
    const v1 = await issue(plan.id, year);
    const amended = await office.post(`/api/plans/${v1.id}/amend`);
    expect(amended.status, JSON.stringify(amended.body)).toBe(201);
    const amendment = amended.body;
    await issue(amendment.id, year, v1.number);
    const mine = (await tuphap.get(`/api/tasks?scope=mine&q=${encodeURIComponent(text)}&perPage=50`)).body;
    expect(mine.data.map((x: { planId: string }) => x.planId)).toEqual([amendment.id]);
    const dashboard = (await leader.get(`/api/dashboard?year=${year}`)).body;
    expect(Object.values(dashboard.totals as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(1);
    expect(dashboard.plans.map((p: { id: string }) => p.id)).toEqual([amendment.id]);
    const history = (await office.get(`/api/tasks?planId=${v1.id}`)).body;
    expect(history.total, 'the old version is still readable by its plan').toBe(1);
  });
});

describe('overdue', () => {
  it('is a task of a newly issued plan already past its due date, from the moment of issue', async () => {
    const year = 2020;
    const plan = (await office.post('/api/plans', { title: `Kế hoạch muộn ${unique()}`, year })).body;
    const task = (
      await office.post('/api/tasks', {
        planId: plan.id,
        text: 'Việc đã quá hạn',
        leads: lead('so-tu-phap'),
        schedule: { kind: 'deadline', due: '2020-03-01' },
      })
    ).body;
    await issue(plan.id, year);
    expect((await office.get(`/api/tasks/${task.id}`)).body.status).toBe('overdue');
  });

  it('comes to a recurring duty at the end of its plan year, and it is next due at the end of the period', async () => {
    const year = 2020;
    const plan = (await office.post('/api/plans', { title: `Kế hoạch hằng tháng ${unique()}`, year })).body;
    const task = (
      await office.post('/api/tasks', {
        planId: plan.id,
        text: 'Báo cáo hằng tháng',
        leads: lead('so-tu-phap'),
        schedule: { kind: 'recurring', every: 'month' },
      })
    ).body;
    expect(task.dueOn).toBe('2020-12-31');
    expect(task.nextDueOn).toBe('2020-12-31');
    await issue(plan.id, year);
    expect((await office.get(`/api/tasks/${task.id}`)).body.status).toBe('overdue');
  });
});

describe('dashboard totals', () => {
  const sum = (totals: Record<string, number>) => Object.values(totals).reduce((a, b) => a + b, 0);

  it('add up: the figures of every year make the all-years figures', async () => {
    // Plans of several years in every state: issued, closed, superseded, draft.
    const base = 2001 + Math.floor(Math.random() * 6) * 3;
    for (const [offset, fate] of [
      [0, 'issued'],
      [1, 'closed'],
      [2, 'superseded'],
      [2, 'draft'],
    ] as const) {
      const year = base + offset;
      const plan = (await office.post('/api/plans', { title: `Kế hoạch tổng ${unique()}`, year })).body;
      for (const n of [1, 2])
        await office.post('/api/tasks', {
          planId: plan.id,
          text: `Việc ${n}`,
          leads: lead('so-tu-phap'),
          schedule: { kind: 'deadline', due: `${year}-05-0${n}` },
        });
      if (fate === 'draft') continue;
      const issued = await issue(plan.id, year);
      if (fate === 'closed') {
        const current = (await office.get(`/api/plans/${issued.id}`)).body;
        const closed = await office.post(`/api/plans/${issued.id}/close`, { version: current.version });
        expect(closed.status, JSON.stringify(closed.body)).toBe(200);
      }
      if (fate === 'superseded')
        await issue((await office.post(`/api/plans/${issued.id}/amend`)).body.id, year, issued.number);
    }
    // Other test files write meanwhile: read until two readings agree, then compare.
    for (let attempt = 0; ; attempt += 1) {
      const all = (await leader.get('/api/dashboard')).body;
      const years = new Set<number>();
      for (let page = 1; ; page += 1) {
        const plans = (await office.get(`/api/plans?perPage=200&page=${page}&sort=year`)).body;
        for (const p of plans.data as { year: number }[]) years.add(p.year);
        if (page * 200 >= plans.total) break;
      }
      const perYear = await Promise.all(
        [...years].map(async (y) => (await leader.get(`/api/dashboard?year=${y}`)).body),
      );
      const again = (await leader.get('/api/dashboard')).body;
      if (JSON.stringify(again.totals) !== JSON.stringify(all.totals) && attempt < 10) continue;
      for (const status of Object.keys(all.totals)) {
        expect(
          perYear.reduce((n, d) => n + d.totals[status], 0),
          status,
        ).toBe(all.totals[status]);
      }
      expect(
        sum((await leader.get(`/api/dashboard?year=${base + 1}`)).body.totals),
        'a closed plan still counts in its year',
      ).toBe(2);
      expect(
        sum((await leader.get(`/api/dashboard?year=${base + 2}`)).body.totals),
        'superseded and draft do not, the amendment does',
      ).toBe(2);
      break;
    }
  });
});

describe('comparing versions', () => {
  it('compares every field of the plan, the place and the summary included', async () => {
    const year = 2090 + Math.floor(Math.random() * 9);
    const plan = (
      await office.post('/api/plans', {
        title: `Kế hoạch so sánh ${unique()}`,
        year,
        place: 'Bắc Ninh',
        summary: 'Tóm tắt cũ',
      })
    ).body;
    const v1 = await issue(plan.id, year);
    const amendment = (await office.post(`/api/plans/${v1.id}/amend`)).body;
    const edited = await office.put(`/api/plans/${amendment.id}`, {
      place: 'Hà Nội',
      summary: 'Tóm tắt mới',
      recipients: ['Như trên'],
      version: amendment.version,
    });
    expect(edited.status).toBe(200);
    const diff = (await office.get(`/api/plans/${amendment.id}/diff`)).body;
    const changed = Object.fromEntries(
      diff.fields.map((f: { field: string; before: unknown; after: unknown }) => [
        f.field,
        [f.before, f.after],
      ]),
    );
    expect(changed.place).toEqual(['Bắc Ninh', 'Hà Nội']);
    expect(changed.summary).toEqual(['Tóm tắt cũ', 'Tóm tắt mới']);
    expect(changed.recipients).toEqual([[], ['Như trên']]);
  });
});
