import { describe, expect, it } from 'vitest';
import { reportSlots } from './report-periods.js';

const monthly = {
  period: 'month' as const,
  dueDay: 15,
  due: null,
  to: 'Công an tỉnh',
  text: 'trước ngày 15 hàng tháng',
};

describe('reportSlots', () => {
  it('asks for each month of the plan year by the given day of the next month', () => {
    const slots = reportSlots([monthly], 2024);
    expect(slots).toHaveLength(12);
    expect(slots[0]).toEqual({
      period: 'month',
      periodStart: '2024-01-01',
      periodEnd: '2024-01-31',
      dueOn: '2024-02-15',
    });
    expect(slots[1]?.periodEnd).toBe('2024-02-29');
    expect(slots[11]).toEqual({
      period: 'month',
      periodStart: '2024-12-01',
      periodEnd: '2024-12-31',
      dueOn: '2025-01-15',
    });
  });

  it('asks once for a dated rule, and nothing for a rule without a day or a date', () => {
    const once = {
      period: 'once' as const,
      dueDay: null,
      due: '2019-03-20',
      to: null,
      text: 'trước ngày 20/3/2019',
    };
    expect(reportSlots([once, { ...monthly, dueDay: null }], 2019)).toEqual([
      { period: 'once', periodStart: '2019-01-01', periodEnd: '2019-03-20', dueOn: '2019-03-20' },
    ]);
  });

  it('does not ask twice when two rules say the same', () => {
    expect(reportSlots([monthly, { ...monthly, text: 'báo cáo tháng' }], 2023)).toHaveLength(12);
  });
});
