import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { todayInVietnam } from '@bcdnq/domain/tasks';
import { AuditService } from '../src/modules/audit/audit.service.js';
import { LIVING_PLAN_NUMBER, seedLivingYear } from '../src/seed/seed-living-year.js';
import { type Client, signIn, startTestApp, type TestApp } from './helpers/test-app.js';

let t: TestApp;
let tuphap: Client;
let ngoaivu: Client;
let office: Client;
const year = Number(todayInVietnam().slice(0, 4));

beforeAll(async () => {
  t = await startTestApp();
  tuphap = await signIn(t, 'tuphap');
  ngoaivu = await signIn(t, 'ngoaivu');
  office = await signIn(t, 'thuongtruc');
});
afterAll(() => t.close());

describe('the demo data is a living year', () => {
  it('has an issued plan for the current year in which the demo officers lead and coordinate tasks in every state', async () => {
    const plans = (await office.get(`/api/plans?year=${year}&perPage=50`)).body.data as {
      id: string;
      status: string;
      number: string;
    }[];
    expect(plans.find((p) => p.number === LIVING_PLAN_NUMBER)?.status).toMatch(/issued|in_implementation/);
    // Seeded again for another "today" (other test files move the shared year's tasks on), the year is the same.
    const dataSource = t.app.get(DataSource);
    await dataSource.transaction((manager) =>
      seedLivingYear(dataSource, manager, new AuditService(), '2038-06-20'),
    );
    const living = (await office.get('/api/plans?year=2038&perPage=50')).body.data.find(
      (p: { number: string }) => p.number === LIVING_PLAN_NUMBER,
    );
    const mine = (await tuphap.get(`/api/tasks?scope=mine&planId=${living?.id}&perPage=50`)).body.data as {
      status: string;
      leads: { agencyId: string }[];
    }[];
    expect(new Set(mine.map((task) => task.status))).toEqual(new Set(['in_progress', 'done', 'overdue']));
    expect(mine.some((task) => !task.leads.some((l) => l.agencyId === tuphap.user.agencyId))).toBe(true); // coordinates too
    expect(
      (await ngoaivu.get(`/api/tasks?scope=mine&planId=${living?.id}`)).body.total,
    ).toBeGreaterThanOrEqual(4);
    const reports = (await office.get(`/api/reports?planId=${living?.id}&perPage=200&period=month`)).body
      .data as { agencyId: string; status: string; late: boolean; periodStart: string }[];
    const of = (agencyId: string | null) =>
      reports.filter((r) => r.agencyId === agencyId && r.periodStart < '2038-06-01');
    expect(of(tuphap.user.agencyId).map((r) => r.status)).toEqual([
      'accepted',
      'accepted',
      'accepted',
      'returned',
      'expected',
    ]);
    expect(of(ngoaivu.user.agencyId).map((r) => r.status)).toEqual([
      'accepted',
      'accepted',
      'accepted',
      'accepted',
      'submitted',
    ]);
    // March was sent late (May is late only once 2038-06-15 has passed: lateness is judged on the real day).
    expect(
      of(tuphap.user.agencyId)
        .filter((r) => r.late)
        .map((r) => r.periodStart),
    ).toEqual(['2038-03-01']);
    // Seeding twice does nothing.
    expect(
      await dataSource.transaction((manager) =>
        seedLivingYear(dataSource, manager, new AuditService(), '2038-06-20'),
      ),
    ).toBe(0);
  });

  it('gives tuphap reports to write and a returned one, the standing office one to review, and the consolidation totals', async () => {
    const inbox = (await tuphap.get('/api/reports/inbox')).body.data as { kind: string }[];
    const kinds = new Set(inbox.map((i) => i.kind));
    expect(kinds.has('report-due') || kinds.has('report-late')).toBe(true);
    if (Number(todayInVietnam().slice(5, 7)) >= 4) {
      expect(kinds.has('report-returned')).toBe(true);
      const queue = (await office.get('/api/reports?review=true&perPage=200')).body.data as {
        agencyId: string;
      }[];
      expect(queue.some((r) => r.agencyId === ngoaivu.user.agencyId)).toBe(true);
      const c = (await office.get(`/api/consolidation?from=${year}-01-01&to=${year}-12-31`)).body;
      expect(c.indicators.find((i: { code: string }) => i.code === 'participants').total).toBeGreaterThan(0);
      expect(c.received).toBeGreaterThan(0);
      expect(c.received).toBeLessThan(c.expected);
      expect(c.onTime).toBeLessThan(c.received); // some were late
    }
  });
});
