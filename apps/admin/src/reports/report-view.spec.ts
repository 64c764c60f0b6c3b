import { describe, expect, it } from 'vitest';
import { monthlyTrend, percent, periodPresets, reportActions, reportLabel, yearlyTrend } from './report-view';

describe('report view helpers', () => {
  it('names a report by its agency and period, dates written dd/mm/yyyy', () => {
    expect(
      reportLabel({ agencyName: 'Sở Tư pháp', periodStart: '2026-09-01', periodEnd: '2026-09-30' }),
    ).toBe('Sở Tư pháp — 01/09/2026 – 30/09/2026');
  });

  it('offers the officer write and submit, the standing office review, nobody anything on a report under review by the other side', () => {
    expect(reportActions({ status: 'draft', foldedIntoId: null }, 'agency_officer')).toEqual([
      'edit',
      'submit',
      'fold',
    ]);
    expect(reportActions({ status: 'returned', foldedIntoId: null }, 'agency_officer')).toEqual([
      'edit',
      'resubmit',
    ]);
    expect(reportActions({ status: 'submitted', foldedIntoId: null }, 'agency_officer')).toEqual([]);
    expect(reportActions({ status: 'resubmitted', foldedIntoId: null }, 'standing_office')).toEqual([
      'accept',
      'return',
    ]);
    expect(reportActions({ status: 'draft', foldedIntoId: null }, 'committee_leader')).toEqual([]);
    expect(reportActions({ status: 'draft', foldedIntoId: 'x' }, 'agency_officer')).toEqual(['fold']);
  });

  it("shows rates as percentages in the reader's language, and a dash when nothing was expected", () => {
    expect(percent(0.125, 'vi')).toBe('12,5%');
    expect(percent(0.125, 'en')).toBe('12.5%');
    expect(percent(null, 'vi')).toBe('—');
  });

  it('adds parts up by the month their period ends', () => {
    const part = (periodEnd: string, value: number) => ({ periodEnd, value }) as never;
    const trend = monthlyTrend({
      indicators: [
        {
          code: 'a',
          name: 'A',
          unit: 'u',
          total: 6,
          byAgency: [],
          parts: [part('2026-01-31', 1), part('2026-01-31', 2), part('2026-03-31', 3)],
        },
      ],
    });
    expect(trend.months).toEqual(['2026-01', '2026-03']);
    expect(trend.rows[0]?.values).toEqual([3, 3]);
    const years = yearlyTrend({
      indicators: [
        {
          code: 'a',
          name: 'A',
          unit: 'u',
          total: 6,
          byAgency: [],
          parts: [part('2025-12-31', 1), part('2026-01-31', 2), part('2026-03-31', 3)],
        },
      ],
    });
    expect(years).toEqual({ months: ['2025', '2026'], rows: [{ code: 'a', name: 'A', values: [1, 5] }] });
  });

  it('knows last month across a year end', () => {
    expect(periodPresets('2026-01-10').month).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(periodPresets('2026-03-10').month).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  });
});
