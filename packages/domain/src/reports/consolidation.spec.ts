import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INDICATOR_CATALOGUE } from '../indicators/indicator.schema.js';
import { REPORT_STATUSES } from './report-state.js';
import {
  COUNTED_REPORT_STATUSES,
  mayCount,
  type RollupAgency,
  type RollupReport,
  rollUp,
  rollupAgency,
  consolidationParts,
  summarizeConsolidation,
  ZConsolidationExport,
  ZConsolidationPartsQuery,
  ZConsolidationQuery,
  ZConsolidationSummary,
} from './consolidation.js';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const agencies: RollupAgency[] = [
  { id: uuid(1), name: 'Sở Tư pháp', successorIds: [] },
  { id: uuid(2), name: 'Sở Lao động - Thương binh và Xã hội', successorIds: [uuid(3)] },
  { id: uuid(3), name: 'Sở Nội vụ', successorIds: [] },
  { id: uuid(4), name: 'Sở Ngoại vụ', successorIds: [] },
];

const base = (n: number, over: Partial<RollupReport>): RollupReport => ({
  id: uuid(100 + n),
  obligationId: uuid(200 + n),
  agencyId: uuid(1),
  status: 'accepted',
  period: 'month',
  periodStart: '2026-03-01',
  periodEnd: '2026-03-31',
  dueOn: '2026-04-15',
  submittedOn: '2026-04-10',
  foldedIntoId: null,
  versionNo: 1,
  figures: [],
  ...over,
});

const run = (reports: RollupReport[], from = '2026-01-01', to = '2026-12-31') =>
  rollUp({ from, to, today: '2026-12-01', reports, agencies, indicators: INDICATOR_CATALOGUE });

describe('rollUp', () => {
  it('adds accepted figures, lists the parts behind each total, and never counts a draft or a returned report', () => {
    const result = run([
      base(1, {
        figures: [
          { indicator: 'articles-published', value: 100 },
          { indicator: 'articles-published', value: 20 },
        ],
      }),
      base(2, { agencyId: uuid(4), figures: [{ indicator: 'articles-published', value: 39 }] }),
      base(3, {
        status: 'returned',
        agencyId: uuid(4),
        periodStart: '2026-04-01',
        periodEnd: '2026-04-30',
        figures: [{ indicator: 'articles-published', value: 1000 }],
      }),
      base(4, {
        status: 'draft',
        submittedOn: null,
        periodStart: '2026-05-01',
        periodEnd: '2026-05-31',
        dueOn: '2026-06-15',
        figures: [{ indicator: 'articles-published', value: 7 }],
      }),
    ]);
    const articles = result.indicators.find((i) => i.code === 'articles-published');
    expect(articles?.total).toBe(159);
    expect(articles?.parts.map((p) => [p.agencyName, p.value, p.reportId])).toEqual([
      ['Sở Ngoại vụ', 39, uuid(102)],
      ['Sở Tư pháp', 120, uuid(101)],
    ]);
    expect(result.pending.map((p) => p.reportId)).toEqual([uuid(103), uuid(104)]);
    expect(result).toMatchObject({
      expected: 4,
      received: 3,
      onTime: 3,
      reportingRate: 0.75,
      onTimeRate: 0.75,
    });
    expect(result.agencies.find((a) => a.agencyId === uuid(1))?.missing.map((m) => m.reportId)).toEqual([
      uuid(104),
    ]);
  });

  it('counts a folded report as received when the report holding it is, and its figures once, in the holder', () => {
    const half = base(1, {
      period: 'half-year',
      periodStart: '2026-01-01',
      periodEnd: '2026-06-30',
      dueOn: '2026-07-10',
      submittedOn: '2026-07-05',
      figures: [{ indicator: 'conferences-held', value: 6 }],
    });
    const june = base(2, {
      status: 'expected',
      submittedOn: null,
      periodStart: '2026-06-01',
      periodEnd: '2026-06-30',
      dueOn: '2026-07-15',
      foldedIntoId: half.id,
      figures: [{ indicator: 'conferences-held', value: 6 }],
    });
    const result = run([half, june]);
    expect(result.indicators.find((i) => i.code === 'conferences-held')?.total).toBe(6);
    expect(result).toMatchObject({ expected: 2, received: 2, onTime: 2 });
    expect(result.pending).toEqual([]);
  });

  it('counts the latest accepted version of a corrected report, and rolls a merged agency up to its successor by its old name', () => {
    const first = base(1, { agencyId: uuid(2), figures: [{ indicator: 'participants', value: 50 }] });
    const correction = base(2, {
      agencyId: uuid(2),
      obligationId: first.obligationId,
      versionNo: 2,
      figures: [{ indicator: 'participants', value: 55 }],
    });
    const result = run([first, correction]);
    const participants = result.indicators.find((i) => i.code === 'participants');
    expect(participants?.total).toBe(55);
    expect(participants?.parts).toHaveLength(1);
    expect(participants?.parts[0]).toMatchObject({
      agencyName: 'Sở Lao động - Thương binh và Xã hội',
      rollupAgencyName: 'Sở Nội vụ',
    });
    expect(participants?.byAgency).toEqual([{ agencyId: uuid(3), agencyName: 'Sở Nội vụ', total: 55 }]);
    expect(result.expected).toBe(1);
  });

  it('leaves out reports whose period is not inside the range, and counts figures from other sources with their link', () => {
    const result = rollUp({
      from: '2026-03-01',
      to: '2026-03-31',
      today: '2026-12-01',
      reports: [
        base(1, { figures: [{ indicator: 'articles-published', value: 3 }] }),
        base(2, {
          periodStart: '2026-04-01',
          periodEnd: '2026-04-30',
          figures: [{ indicator: 'articles-published', value: 9 }],
        }),
      ],
      agencies,
      indicators: INDICATOR_CATALOGUE,
      counted: [
        {
          agencyId: uuid(1),
          indicator: 'articles-published',
          value: 2,
          periodStart: '2026-03-01',
          periodEnd: '2026-03-31',
          source: 'portal',
          link: '/bai-viet/x',
        },
      ],
    });
    const articles = result.indicators.find((i) => i.code === 'articles-published');
    expect(articles?.total).toBe(5);
    expect(articles?.parts.find((p) => p.source === 'portal')).toMatchObject({
      reportId: null,
      link: '/bai-viet/x',
      value: 2,
    });
    expect(result.expected).toBe(1);
  });

  it('follows a chain of single successors, and keeps a split agency where it was', () => {
    const map = new Map<string, RollupAgency>([
      ['a', { id: 'a', name: 'A', successorIds: ['b'] }],
      ['b', { id: 'b', name: 'B', successorIds: ['c'] }],
      ['c', { id: 'c', name: 'C', successorIds: ['a'] }],
      ['s', { id: 's', name: 'S', successorIds: ['a', 'b'] }],
    ]);
    expect(rollupAgency('a', map)).toBe('c');
    expect(rollupAgency('s', map)).toBe('s');
  });
});

const codes = ['articles-published', 'participants', 'banners-hung'] as const;
const arbReport = fc.record({
  obligation: fc.integer({ min: 0, max: 12 }),
  agency: fc.integer({ min: 1, max: 4 }),
  month: fc.integer({ min: 1, max: 12 }),
  status: fc.constantFrom(...REPORT_STATUSES),
  submittedDay: fc.option(fc.integer({ min: 1, max: 28 })),
  foldInto: fc.option(fc.integer({ min: 0, max: 12 })),
  figures: fc.array(
    fc.record({ indicator: fc.constantFrom(...codes), value: fc.integer({ min: 0, max: 500 }) }),
    { maxLength: 4 },
  ),
});

describe('the consolidation in pieces', () => {
  const monthOf = (n: number, agencyId: string, value: number, year = 2026) => {
    const mm = String(n).padStart(2, '0');
    return base(n + (year - 2026) * 100 + (agencyId === uuid(4) ? 50 : 0), {
      agencyId,
      periodStart: `${year}-${mm}-01`,
      periodEnd: `${year}-${mm}-28`,
      figures: [{ indicator: 'participants', value }],
    });
  };
  const result = run(
    [
      monthOf(1, uuid(1), 10),
      monthOf(2, uuid(1), 20),
      monthOf(1, uuid(4), 5),
      monthOf(3, uuid(2), 7),
      monthOf(1, uuid(1), 1000, 2027),
    ],
    '2026-01-01',
    '2027-12-31',
  );

  it('adds each total up by month and by year of the periods, in time order', () => {
    const participants = result.indicators.find((i) => i.code === 'participants');
    expect(participants?.byMonth).toEqual([
      { month: '2026-01', total: 15 },
      { month: '2026-02', total: 20 },
      { month: '2026-03', total: 7 },
      { month: '2027-01', total: 1000 },
    ]);
    expect(participants?.byYear).toEqual([
      { year: '2026', total: 42 },
      { year: '2027', total: 1000 },
    ]);
    expect(result.indicators.find((i) => i.code === 'banners-hung')).toMatchObject({
      total: 0,
      byMonth: [],
      byYear: [],
    });
  });

  it('summarises without the parts (only their number), the narrative or the draft', () => {
    const summary = summarizeConsolidation(result);
    expect(ZConsolidationSummary.strict().safeParse(summary).success).toBe(true);
    const participants = summary.indicators.find((i) => i.code === 'participants');
    expect(participants).toMatchObject({ total: 1042, partCount: 5 });
    expect(participants).not.toHaveProperty('parts');
    expect(summary).not.toHaveProperty('narrative');
    expect(summary).not.toHaveProperty('draftText');
    expect(summary).toMatchObject({ expected: 5, received: 5, pending: [] });
    // Asked for, the parts come along: the same summary, every total with the parts it is the sum of.
    const full = summarizeConsolidation(result, { parts: 'all' });
    for (const indicator of full.indicators) {
      expect(indicator.parts?.length).toBe(indicator.partCount);
      expect(indicator.parts?.reduce((sum, p) => sum + p.value, 0)).toBe(indicator.total);
    }
    expect({ ...full, indicators: full.indicators.map(({ parts: _, ...i }) => i) }).toEqual(summary);
  });

  it("pages through one total's parts, optionally of one agency as its figures count, and refuses an unknown indicator", () => {
    const all = consolidationParts(result, { indicator: 'participants', page: 1, perPage: 2 });
    expect(all.total).toBe(5);
    // In reading order: agency (Vietnamese order), then period.
    expect(all.data.map((p) => p.value)).toEqual([7, 5]);
    const rest = consolidationParts(result, { indicator: 'participants', page: 3, perPage: 2 });
    expect(rest.data.map((p) => p.value)).toEqual([1000]);
    // Sở Lao động's figures count under its successor, Sở Nội vụ.
    const successor = consolidationParts(result, {
      indicator: 'participants',
      agencyId: uuid(3),
      page: 1,
      perPage: 50,
    });
    expect(successor).toMatchObject({ total: 1, data: [{ agencyId: uuid(2), value: 7 }] });
    expect(() => consolidationParts(result, { indicator: 'no-such-thing', page: 1, perPage: 50 })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
  });

  it('reads the parts query from a URL, with a bounded page size', () => {
    const q = { from: '2026-01-01', to: '2026-12-31', indicator: 'participants' };
    expect(ZConsolidationPartsQuery.parse(q)).toMatchObject({ page: 1, perPage: 50 });
    expect(ZConsolidationPartsQuery.safeParse({ ...q, perPage: '501' }).success).toBe(false);
    expect(ZConsolidationPartsQuery.safeParse({ ...q, indicator: 'Not A Code' }).success).toBe(false);
    expect(ZConsolidationPartsQuery.safeParse({ ...q, from: '2027-01-01' }).success).toBe(false);
  });
});

describe('rollUp properties', () => {
  it('every total is the sum of its parts; only accepted, unfolded reports are parts, each obligation once', () => {
    fc.assert(
      fc.property(
        fc.array(arbReport, { maxLength: 30 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 11 }),
        (raw, fromMonth, span) => {
          const reports = raw.map((r, i): RollupReport => {
            const mm = String(r.month).padStart(2, '0');
            return base(i, {
              obligationId: uuid(200 + r.obligation),
              agencyId: uuid(r.agency),
              status: r.status,
              versionNo: i + 1,
              periodStart: `2026-${mm}-01`,
              periodEnd: `2026-${mm}-28`,
              dueOn: `2026-${mm}-28`,
              submittedOn:
                r.status === 'expected' || r.status === 'draft' || r.submittedDay === null
                  ? null
                  : `2026-${mm}-${String(r.submittedDay).padStart(2, '0')}`,
              foldedIntoId: r.foldInto === null || r.foldInto === i ? null : uuid(100 + r.foldInto),
              figures: r.figures,
            });
          });
          const toMonth = Math.min(12, fromMonth + span);
          const from = `2026-${String(fromMonth).padStart(2, '0')}-01`;
          const to = `2026-${String(toMonth).padStart(2, '0')}-28`;
          const result = run(reports, from, to);
          const byId = new Map(reports.map((r) => [r.id, r]));
          for (const indicator of result.indicators) {
            expect(indicator.total).toBe(indicator.parts.reduce((sum, p) => sum + p.value, 0));
            expect(indicator.total).toBe(indicator.byAgency.reduce((sum, a) => sum + a.total, 0));
            expect(indicator.total).toBe(indicator.byMonth.reduce((sum, m) => sum + m.total, 0));
            expect(indicator.total).toBe(indicator.byYear.reduce((sum, y) => sum + y.total, 0));
            const obligations = indicator.parts.map((p) => byId.get(p.reportId ?? '')?.obligationId);
            expect(new Set(obligations).size).toBe(obligations.length);
            for (const part of indicator.parts) {
              const report = byId.get(part.reportId ?? '');
              expect(report?.status).toBe('accepted');
              expect(report?.foldedIntoId).toBeNull();
              expect(report && report.periodStart >= from && report.periodEnd <= to).toBe(true);
            }
          }
          expect(result.received).toBeLessThanOrEqual(result.expected);
          expect(result.onTime).toBeLessThanOrEqual(result.received);
          expect(result.agencies.reduce((n, a) => n + a.expected, 0)).toBe(result.expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads figures and narrative only of reports that may count: leaving them out of the others changes nothing', () => {
    fc.assert(
      fc.property(fc.array(arbReport, { maxLength: 30 }), (raw) => {
        const reports = raw.map((r, i): RollupReport => {
          const mm = String(r.month).padStart(2, '0');
          return base(i, {
            obligationId: uuid(200 + r.obligation),
            agencyId: uuid(r.agency),
            status: r.status,
            versionNo: (i * 7) % 5,
            periodStart: `2026-${mm}-01`,
            periodEnd: `2026-${mm}-28`,
            submittedOn:
              r.submittedDay === null ? null : `2026-${mm}-${String(r.submittedDay).padStart(2, '0')}`,
            foldedIntoId: r.foldInto === null || r.foldInto === i ? null : uuid(100 + r.foldInto),
            figures: r.figures,
            tasks: [{ taskId: uuid(900 + i), taskText: `Nhiệm vụ ${i}`, done: `Đã làm ${i}` }],
            situation: `Tình hình ${i}`,
            causes: `Nguyên nhân ${i}`,
          });
        });
        const lean = reports.map((r) =>
          mayCount(r) ? r : { ...r, figures: [], tasks: [], situation: null, causes: null },
        );
        expect(run(lean)).toEqual(run(reports));
      }),
      { numRuns: 300 },
    );
  });

  it('counts exactly the statuses it names for SQL', () => {
    for (const status of REPORT_STATUSES)
      expect(mayCount({ status, foldedIntoId: null })).toBe(
        (COUNTED_REPORT_STATUSES as readonly string[]).includes(status),
      );
    expect(mayCount({ status: 'accepted', foldedIntoId: uuid(1) })).toBe(false);
  });
});

describe('the consolidation period', () => {
  it('is refused when it ends before it starts, for the figures and for the export alike', () => {
    const backwards = { from: '2026-12-31', to: '2026-01-01' };
    for (const parsed of [
      ZConsolidationQuery.safeParse(backwards),
      ZConsolidationExport.safeParse({ ...backwards, text: 'Dự thảo' }),
    ]) {
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]).toMatchObject({
        path: ['to'],
        message: 'Ngày bắt đầu phải trước ngày kết thúc',
      });
    }
    expect(ZConsolidationExport.parse({ from: '2026-01-01', to: '2026-12-31', text: '' }).text).toBe('');
  });
});
