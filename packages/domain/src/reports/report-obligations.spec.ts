import { describe, expect, it } from 'vitest';
import type { ReportingRule } from '../plans/plan.schema.js';
import {
  type HandedObligation,
  handOverObligations,
  obligationsOf,
  reconcileObligations,
} from './report-obligations.js';

const monthly: ReportingRule = {
  period: 'month',
  dueDay: 15,
  due: null,
  to: 'Công an tỉnh',
  text: 'trước ngày 15 hàng tháng',
};
const halfYear: ReportingRule = {
  period: 'half-year',
  dueDay: null,
  due: '2026-06-15',
  to: null,
  text: 'sơ kết 6 tháng trước ngày 15/6/2026',
};
const yearEnd: ReportingRule = {
  period: 'year',
  dueDay: null,
  due: '2026-11-15',
  to: null,
  text: 'tổng kết năm trước ngày 15/11/2026',
};
const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';

describe('obligationsOf', () => {
  it('asks each lead agency for every month, the half-year and the year', () => {
    const owed = obligationsOf(
      { reportingRules: [monthly, halfYear, yearEnd], year: 2026, issuedOn: '2026-01-10' },
      [A, B, A],
    );
    expect(owed).toHaveLength(2 * 14);
    const mine = owed.filter((o) => o.agencyId === A);
    expect(mine.filter((o) => o.period === 'month').map((o) => o.dueOn)).toContain('2027-01-15');
    expect(mine.find((o) => o.period === 'half-year')).toMatchObject({
      periodStart: '2026-01-01',
      periodEnd: '2026-06-15',
      dueOn: '2026-06-15',
    });
    expect(mine.find((o) => o.period === 'year')).toMatchObject({
      periodStart: '2026-01-01',
      periodEnd: '2026-11-15',
      dueOn: '2026-11-15',
    });
  });

  it('reads a half-year or year rule with only a day as due on that day of the month after the period', () => {
    const owed = obligationsOf(
      {
        reportingRules: [
          { ...halfYear, due: null, dueDay: 10 },
          { ...yearEnd, due: null, dueDay: 20 },
        ],
        year: 2026,
        issuedOn: null,
      },
      [A],
    );
    expect(owed.map((o) => [o.period, o.periodStart, o.periodEnd, o.dueOn])).toEqual([
      ['half-year', '2026-01-01', '2026-06-30', '2026-07-10'],
      ['half-year', '2026-07-01', '2026-12-31', '2027-01-10'],
      ['year', '2026-01-01', '2026-12-31', '2027-01-20'],
    ]);
  });

  it('does not ask a plan issued mid-year for periods that had already ended', () => {
    const owed = obligationsOf({ reportingRules: [monthly], year: 2026, issuedOn: '2026-06-10' }, [A]);
    expect(owed.map((o) => o.periodStart)).toEqual([
      '2026-06-01',
      '2026-07-01',
      '2026-08-01',
      '2026-09-01',
      '2026-10-01',
      '2026-11-01',
      '2026-12-01',
    ]);
  });

  it('asks nothing of a plan without lead agencies or without datable rules', () => {
    expect(obligationsOf({ reportingRules: [monthly], year: 2026, issuedOn: null }, [])).toEqual([]);
    expect(
      obligationsOf({ reportingRules: [{ ...monthly, dueDay: null }], year: 2026, issuedOn: null }, [A]),
    ).toEqual([]);
  });
});

describe('reconcileObligations (issuing an amendment)', () => {
  it("moves all of A's months to version 2, which adds agency B from March: each month owed once", () => {
    const v1 = obligationsOf({ reportingRules: [monthly], year: 2026, issuedOn: '2026-01-10' }, [A]).map(
      (o, i) => ({ ...o, id: `v1-${i}` }),
    );
    const v2 = obligationsOf({ reportingRules: [monthly], year: 2026, issuedOn: '2026-03-01' }, [A, B]);
    const { move, create } = reconcileObligations(v1, v2, '2026-03-01');
    // January and February were owed while version 1 was in force: they move too, with their reports.
    expect(move).toHaveLength(12);
    expect(create).toHaveLength(10);
    expect(new Set(create.map((c) => c.agencyId))).toEqual(new Set([B]));
    const live = [...v1.filter((o) => move.includes(o.id)), ...create];
    expect(new Set(live.map((o) => `${o.agencyId}|${o.periodStart}`)).size).toBe(live.length);
    expect(live.filter((o) => o.agencyId === A)).toHaveLength(12);
  });

  it('leaves with the superseded version the months to come of an agency the amendment no longer names', () => {
    const v1 = obligationsOf({ reportingRules: [monthly], year: 2026, issuedOn: '2026-01-10' }, [A, B]).map(
      (o, i) => ({ ...o, id: `v1-${i}` }),
    );
    const v2 = obligationsOf({ reportingRules: [monthly], year: 2026, issuedOn: '2026-07-01' }, [A]);
    const { move, create } = reconcileObligations(v1, v2, '2026-07-01');
    expect(create).toEqual([]);
    const left = v1.filter((o) => !move.includes(o.id));
    expect(left.every((o) => o.agencyId === B && o.periodStart >= '2026-07-01')).toBe(true);
    expect(left).toHaveLength(6);
  });
});

describe('handOverObligations', () => {
  const PLAN = '00000000-0000-4000-8000-0000000000aa';
  const month = (
    m: number,
    statuses: HandedObligation['reportStatuses'] = ['expected'],
  ): HandedObligation => {
    const mm = String(m).padStart(2, '0');
    return {
      id: `o-${mm}`,
      planId: PLAN,
      agencyId: 'old',
      period: 'month',
      periodStart: `2031-${mm}-01`,
      periodEnd: `2031-${mm}-28`,
      reportStatuses: statuses,
    };
  };

  it('passes on what is owed after the agency ends, keeps what fell due before', () => {
    const ending = [1, 6, 7, 12].map((m) => month(m));
    expect(handOverObligations(ending, [], '2031-06-30')).toEqual({
      move: ['o-07', 'o-12'],
      drop: [],
      kept: [],
    });
  });

  it('drops an untouched report the successor already owes, so the period is owed once', () => {
    const owed = [{ planId: PLAN, period: 'month', periodStart: '2031-07-01' }];
    expect(handOverObligations([month(7), month(8)], owed, '2031-06-30')).toEqual({
      move: ['o-08'],
      drop: ['o-07'],
      kept: [],
    });
  });

  it('never drops a draft already started, and leaves whatever was ever submitted with its writer', () => {
    const owed = [7, 8, 9].map((m) => ({ planId: PLAN, period: 'month', periodStart: `2031-0${m}-01` }));
    const ending = [
      month(7, ['draft']),
      month(8, ['submitted']),
      month(9, ['accepted', 'draft']),
      month(10, ['draft']),
    ];
    expect(handOverObligations(ending, owed, '2031-06-30')).toEqual({
      move: ['o-10'],
      drop: [],
      kept: ['o-07'],
    });
  });

  it('compares slots by plan too: the same month under another plan is not owed', () => {
    const owed = [{ planId: 'another-plan', period: 'month', periodStart: '2031-07-01' }];
    expect(handOverObligations([month(7)], owed, '2031-06-30').move).toEqual(['o-07']);
  });
});
