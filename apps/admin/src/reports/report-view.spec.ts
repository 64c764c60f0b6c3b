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

  it("lays the domain's totals by month and by year side by side, 0 where an indicator or a month has none", () => {
    const indicator = (code: string, months: [string, number][]) => ({
      code,
      name: code.toUpperCase(),
      unit: 'u',
      total: months.reduce((n, [, v]) => n + v, 0),
      partCount: months.length,
      byAgency: [],
      byMonth: months.map(([month, total]) => ({ month, total })),
      byYear: [...new Set(months.map(([m]) => m.slice(0, 4)))].map((year) => ({
        year,
        total: months.filter(([m]) => m.startsWith(year)).reduce((n, [, v]) => n + v, 0),
      })),
    });
    const indicators = [
      indicator('a', [
        ['2025-12', 1],
        ['2026-01', 3],
      ]),
      indicator('b', [['2026-03', 3]]),
      indicator('none', []),
    ];
    // February has no figures: its column is there, with zeros, between January and March.
    expect(monthlyTrend({ indicators })).toEqual({
      months: ['2025-12', '2026-01', '2026-02', '2026-03'],
      rows: [
        { code: 'a', name: 'A', values: [1, 3, 0, 0] },
        { code: 'b', name: 'B', values: [0, 0, 0, 3] },
      ],
    });
    expect(yearlyTrend({ indicators })).toEqual({
      months: ['2025', '2026'],
      rows: [
        { code: 'a', name: 'A', values: [1, 3] },
        { code: 'b', name: 'B', values: [0, 3] },
      ],
    });
  });

  it('knows last month across a year end', () => {
    expect(periodPresets('2026-01-10').month).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(periodPresets('2026-03-10').month).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  });
});
