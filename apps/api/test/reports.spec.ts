import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signIn, startTestApp, type TestApp, unique } from './helpers/test-app.js';

let t: TestApp;
let office: Client;
let tuphap: Client;
let ids: Record<string, string>;
const signer = { name: 'Mai Sơn', title: 'Phó Chủ tịch UBND tỉnh', capacity: 'TM. Ban Chỉ đạo' };

beforeAll(async () => {
  t = await startTestApp();
  office = await signIn(t, 'thuongtruc');
  tuphap = await signIn(t, 'tuphap');
  ids = Object.fromEntries(
    (await office.get('/api/agencies?perPage=100')).body.data.map((a: { code: string; id: string }) => [
      a.code,
      a.id,
    ]),
  );
});
afterAll(() => t.close());

describe('report obligations', () => {
  it('issuing a plan with a monthly rule expects twelve reports from each lead agency', async () => {
    const year = 2027;
    const plan = (
      await office.post('/api/plans', {
        title: `Kế hoạch có chế độ báo cáo ${unique()}`,
        year,
        reportingRules: [
          { period: 'month', dueDay: 15, due: null, to: 'Công an tỉnh', text: 'trước ngày 15 hàng tháng' },
        ],
      })
    ).body;
    for (const code of ['so-tu-phap', 'so-ngoai-vu']) {
      await office.post('/api/tasks', {
        planId: plan.id,
        text: `Việc của ${code}`,
        leads: [{ agencyId: ids[code], requested: false }],
      });
    }
    expect((await office.get(`/api/reports?planId=${plan.id}`)).body.total).toBe(0); // nothing is owed for a draft
    await office.post(`/api/plans/${plan.id}/issue`, {
      number: `${unique().slice(-5)}/KH-BCĐ`,
      issuedOn: `${year}-01-05`,
      signer,
      version: plan.version,
    });

    const all = await office.get(`/api/reports?planId=${plan.id}&perPage=100`);
    expect(all.body.total).toBe(24);
    const mine = await tuphap.get(`/api/reports?planId=${plan.id}&perPage=100`);
    expect(mine.body.total).toBe(12);
    expect(new Set(mine.body.data.map((r: { agencyId: string }) => r.agencyId))).toEqual(
      new Set([ids['so-tu-phap']]),
    );
    expect(mine.body.data[0]).toMatchObject({
      status: 'expected',
      period: 'month',
      periodStart: `${year}-01-01`,
      dueOn: `${year}-02-15`,
      late: false,
    });
    const other = all.body.data.find((r: { agencyId: string }) => r.agencyId === ids['so-ngoai-vu']);
    expect((await tuphap.get(`/api/reports/${other.id}`)).status).toBe(404);
    expect((await office.get(`/api/reports/${other.id}`)).body.agencyId).toBe(ids['so-ngoai-vu']);
  });

  it('marks as late a report not submitted by its due date', async () => {
    const plan = (
      await office.post('/api/plans', {
        title: `Kế hoạch năm cũ ${unique()}`,
        year: 2020,
        reportingRules: [
          { period: 'once', dueDay: null, due: '2020-03-20', to: null, text: 'trước ngày 20/3/2020' },
        ],
      })
    ).body;
    await office.post('/api/tasks', {
      planId: plan.id,
      text: 'Việc năm cũ',
      leads: [{ agencyId: ids['so-tu-phap'], requested: false }],
    });
    await office.post(`/api/plans/${plan.id}/issue`, {
      number: `${unique().slice(-5)}/KH-BCĐ`,
      issuedOn: '2020-01-05',
      signer,
      version: plan.version,
    });
    const late = await tuphap.get(`/api/reports?planId=${plan.id}&late=true`);
    expect(late.body.data).toHaveLength(1);
    expect(late.body.data[0]).toMatchObject({ period: 'once', dueOn: '2020-03-20', late: true });
    expect((await tuphap.get(`/api/reports?planId=${plan.id}&late=false`)).body.total).toBe(0);
  });
});
