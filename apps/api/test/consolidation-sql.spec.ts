import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDICATOR_CATALOGUE } from '@bcdnq/domain/indicators';
import {
  type RollupAgency,
  type RollupReport,
  REPORT_STATUSES,
  rollUp,
  summarizeConsolidation,
  ZConsolidationNarrative,
  ZConsolidationParts,
  ZConsolidationSummary,
} from '@bcdnq/domain/reports';
import { todayInVietnam } from '@bcdnq/domain/tasks';
import { binary, type Client, signIn, startTestApp, type TestApp, unique } from './helpers/test-app.js';

// The consolidation reads in SQL only what the roll-up needs (figures and narrative of the reports that may
// count; no narrative for the totals, the parts and the Excel export). Whatever it leaves out, the answers (the
// summary, each total's parts page by page, the narrative and its draft) must be the domain's pure
// function over the whole reports: generated reports of every status, corrections, lồng ghép inside and outside
// the range, figures typed in the report and under its tasks, go into the database and come back the same.

let t: TestApp;
let dataSource: DataSource;
let office: Client;
let officer: Client;
let agencies: RollupAgency[];
/** This file's own agencies (so its reports appear in no other file's lists): one merged into the other. */
let own: { id: string; mergedId: string };

/** A small deterministic generator (mulberry32): the same data for a seed on every run. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)] as T;
  return { next, int, pick };
}

type Generated = {
  planId: string;
  reports: (RollupReport & { taskEntries: object[] })[];
};

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A plan in force with monthly and half-year obligations for a few agencies, and reports on them. */
async function generate(seed: number, year: number): Promise<Generated> {
  const rnd = random(seed);
  const [plan] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO plans (kind, status, title, year, number, issued_on, search_text, version)
     VALUES ('yearly', 'in_implementation', $1, $2, $3, make_date($2, 1, 5), 'ke hoach sinh ngau nhien', 1) RETURNING id`,
    [`Kế hoạch sinh ngẫu nhiên ${unique()}`, year, `${unique().slice(-6)}/KH-TH`],
  );
  if (!plan) throw new Error('no plan');
  const reports: Generated['reports'] = [];
  for (const agencyId of [own.id, own.mergedId]) {
    const obligations: { period: 'month' | 'half-year'; start: string; end: string; due: string }[] = [
      { period: 'half-year', start: `${year}-01-01`, end: `${year}-06-30`, due: `${year}-07-10` },
    ];
    for (let m = 1; m <= 12; m += 1)
      obligations.push({
        period: 'month',
        start: `${year}-${pad(m)}-01`,
        end: `${year}-${pad(m)}-${lastDay(year, m)}`,
        due: m === 12 ? `${year + 1}-01-15` : `${year}-${pad(m + 1)}-15`,
      });
    let halfYearId: string | null = null;
    for (const o of obligations) {
      const [row] = await dataSource.query<{ id: string }[]>(
        `INSERT INTO report_obligations (plan_id, agency_id, period, period_start, period_end, due_on)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [plan.id, agencyId, o.period, o.start, o.end, o.due],
      );
      if (!row) throw new Error('no obligation');
      // Corrections: a later version of the same obligation.
      const versions = rnd.int(1, rnd.next() < 0.2 ? 3 : 1);
      for (let v = 1; v <= versions; v += 1) {
        const status = rnd.pick(REPORT_STATUSES);
        const submitted = status !== 'expected' && status !== 'draft' && rnd.next() < 0.9;
        const submittedOn = submitted ? `${o.due.slice(0, 8)}${pad(rnd.int(1, 28))}` : null;
        const figure = () => ({ indicator: rnd.pick(INDICATOR_CATALOGUE).code, value: rnd.int(0, 300) });
        const figures = Array.from({ length: rnd.int(0, 4) }, figure);
        const taskEntries = Array.from({ length: rnd.int(0, 3) }, (_, i) => {
          return {
            taskId: crypto.randomUUID(),
            taskText: `Nhiệm vụ ${i + 1}\nchi tiết`,
            done: rnd.next() < 0.3 ? '  ' : `Đã thực hiện việc ${i + 1} (${seed})`,
            status: 'in_progress',
            figures: Array.from({ length: rnd.int(0, 3) }, figure),
          };
        });
        // Lồng ghép: a month of the first half folded into the agency's half-year report.
        const folded: string | null =
          o.period === 'month' && halfYearId !== null && o.start < `${year}-07-01` && rnd.next() < 0.25
            ? halfYearId
            : null;
        const text = (label: string) => (rnd.next() < 0.6 ? `${label} ${seed}-${v}` : null);
        const report: Omit<
          Generated['reports'][number],
          'id' | 'obligationId' | 'agencyId' | 'period' | 'periodStart' | 'periodEnd' | 'dueOn'
        > = {
          status,
          submittedOn,
          foldedIntoId: folded,
          versionNo: v,
          figures,
          taskEntries,
          situation: text('Tình hình'),
          shortcomings: text('Hạn chế'),
          causes: text('Nguyên nhân'),
          proposals: text('Đề xuất'),
        };
        const [inserted]: { id: string }[] = await dataSource.query(
          `INSERT INTO reports (obligation_id, agency_id, status, submitted_at, last_submitted_at, folded_into_id, version_no,
                                figures, task_entries, situation, shortcomings, causes, proposals, version)
           VALUES ($1, $2, $3, ($4::date + time '09:30') AT TIME ZONE 'Asia/Ho_Chi_Minh', ($4::date + time '09:30') AT TIME ZONE 'Asia/Ho_Chi_Minh',
                   $5, $6, $7, $8, $9, $10, $11, $12, 1) RETURNING id`,
          [
            row.id,
            agencyId,
            status,
            submittedOn,
            folded,
            v,
            JSON.stringify(figures),
            JSON.stringify(taskEntries),
            report.situation,
            report.shortcomings,
            report.causes,
            report.proposals,
          ],
        );
        if (!inserted) throw new Error('no report');
        if (o.period === 'half-year') halfYearId = inserted.id;
        reports.push({
          ...report,
          id: inserted.id,
          obligationId: row.id,
          agencyId,
          period: o.period,
          periodStart: o.start,
          periodEnd: o.end,
          dueOn: o.due,
          // Every figure of the report, read whole in JavaScript: its own, then those under its tasks.
          figures: [...figures, ...taskEntries.flatMap((e) => e.figures)],
          tasks: taskEntries.map((e) => ({ taskId: e.taskId, taskText: e.taskText, done: e.done })),
        });
      }
    }
  }
  return { planId: plan.id, reports };
}

/** The domain's roll-up over everything generated (or one agency's part of it, as its officer sees it). */
const expected = (g: Generated, from: string, to: string, agencyId: string | null = null) =>
  rollUp({
    from,
    to,
    planId: g.planId,
    today: todayInVietnam(),
    reports: agencyId ? g.reports.filter((r) => r.agencyId === agencyId) : g.reports,
    agencies,
    indicators: INDICATOR_CATALOGUE,
    counted: [],
  });

/** Every part behind one total, read a few at a time to go through the pages. */
async function allParts(client: Client, q: string, indicator: string) {
  const parts = [];
  for (let page = 1; ; page += 1) {
    const res = await client.get(
      `/api/consolidation/parts?${q}&indicator=${indicator}&perPage=7&page=${page}`,
    );
    expect(res.status).toBe(200);
    const { data, total } = ZConsolidationParts.parse(res.body);
    parts.push(...data);
    if (data.length < 7) {
      expect(parts).toHaveLength(total);
      return parts;
    }
  }
}

beforeAll(async () => {
  t = await startTestApp();
  dataSource = t.app.get(DataSource);
  office = await signIn(t, 'thuongtruc');
  const suffix = unique();
  const [successor] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO agencies (code, name, kind, search_text, version) VALUES ($1, $2, 'department', $3, 1) RETURNING id`,
    [`th-${suffix}`, `Sở Tổng hợp ${suffix}`, `so tong hop ${suffix}`],
  );
  const [merged] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO agencies (code, name, kind, search_text, valid_to, successor_ids, version)
     VALUES ($1, $2, 'department', $3, '2025-03-01', ARRAY[$4::uuid], 1) RETURNING id`,
    [`th-cu-${suffix}`, `Sở Sáp nhập ${suffix}`, `so sap nhap ${suffix}`, successor?.id],
  );
  if (!successor || !merged) throw new Error('no agencies');
  own = { id: successor.id, mergedId: merged.id };
  const password = `mat-khau-${suffix}`;
  const admin = await signIn(t, 'admin');
  const created = await admin.post('/api/users', {
    username: `tonghop-${suffix}`.slice(0, 40),
    fullName: 'Cán bộ tổng hợp',
    role: 'agency_officer',
    agencyId: own.id,
    password,
  });
  expect(created.status).toBe(201);
  officer = await signIn(t, `tonghop-${suffix}`.slice(0, 40), password);
  const rows = await dataSource.query<{ id: string; name: string; successor_ids: string[] }[]>(
    'SELECT id, name, successor_ids FROM agencies',
  );
  agencies = rows.map((a) => ({ id: a.id, name: a.name, successorIds: a.successor_ids ?? [] }));
});

afterAll(async () => {
  await t.close();
});

describe('the consolidation through its SQL', () => {
  it("answers exactly the domain's roll-up of the whole reports, for the office and scoped for an officer", async () => {
    for (let seed = 1; seed <= 6; seed += 1) {
      const year = 2050 + seed;
      const g = await generate(seed, year);
      // The whole year, the first half (holders of folded months inside), and a spring whose June holder lies
      // outside the range.
      const ranges: [string, string][] = [
        [`${year}-01-01`, `${year}-12-31`],
        [`${year}-01-01`, `${year}-06-30`],
        [`${year}-03-01`, `${year}-06-30`],
      ];
      for (const [from, to] of ranges) {
        const q = `planId=${g.planId}&from=${from}&to=${to}`;
        const want = expected(g, from, to);
        // The contract's answer carries every total's parts; the screen asks for the totals only.
        const all = await office.get(`/api/consolidation?${q}`);
        expect(all.status).toBe(200);
        expect(ZConsolidationSummary.parse(all.body)).toEqual(summarizeConsolidation(want, { parts: 'all' }));
        const totals = await office.get(`/api/consolidation?${q}&parts=none`);
        expect(ZConsolidationSummary.parse(totals.body)).toEqual(summarizeConsolidation(want));
        for (const indicator of want.indicators) {
          expect(await allParts(office, q, indicator.code)).toEqual(indicator.parts);
        }
        const narrative = await office.get(`/api/consolidation/narrative?${q}`);
        expect(ZConsolidationNarrative.parse(narrative.body)).toEqual({
          planId: want.planId,
          from,
          to,
          narrative: want.narrative,
          draftText: want.draftText,
        });
        const mine = expected(g, from, to, own.id);
        const scoped = await officer.get(`/api/consolidation?${q}`);
        expect(scoped.body).toEqual(summarizeConsolidation(mine, { parts: 'all' }));
        for (const indicator of mine.indicators) {
          expect(await allParts(officer, q, indicator.code)).toEqual(indicator.parts);
        }
        expect((await officer.get(`/api/consolidation/narrative?${q}`)).body.draftText).toBe(mine.draftText);
      }
      // Sanity: the generated data exercises what the SQL leaves out.
      const result = expected(g, `${year}-01-01`, `${year}-12-31`);
      expect(result.indicators.some((i) => i.parts.length > 0)).toBe(true);
      expect(g.reports.some((r) => r.foldedIntoId !== null)).toBe(true);
    }
  });

  it("exports in Excel the domain's figures, read without the narrative", async () => {
    const year = 2060;
    const g = await generate(60, year);
    const [from, to] = [`${year}-01-01`, `${year}-12-31`];
    const want = expected(g, from, to);
    const xlsx = await office
      .get(`/api/consolidation/export.xlsx?planId=${g.planId}&from=${from}&to=${to}`)
      .buffer(true)
      .parse(binary);
    expect(xlsx.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body);
    const rows = (name: string) =>
      (book.getWorksheet(name)?.getSheetValues() ?? []).slice(3).map((r) => (r as unknown[]).slice(1));
    expect(rows('Tổng hợp').map((r) => [r[1], r[4], r[5]])).toEqual(
      want.indicators.map((i) => [i.code, i.total, i.parts.length]),
    );
    expect(rows('Chi tiết').map((r) => [r[0], r[2], r[6], r[8]])).toEqual(
      want.indicators.flatMap((i) => i.parts.map((p) => [i.code, p.agencyName, p.value, p.reportId])),
    );
  });
});
