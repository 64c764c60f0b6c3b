import { describe, expect, it } from 'vitest';
import { addDays, shiftIsoDate, shiftSchedule, todayInVietnam } from './schedule-shift.js';

describe('schedule shifting', () => {
  it('moves deadlines and windows by whole years', () => {
    expect(shiftSchedule({ kind: 'deadline', due: '2024-03-20' }, 1)).toEqual({
      kind: 'deadline',
      due: '2025-03-20',
    });
    expect(shiftSchedule({ kind: 'window', from: '2023-11-30', to: '2023-12-30' }, 2)).toEqual({
      kind: 'window',
      from: '2025-11-30',
      to: '2025-12-30',
    });
    expect(shiftSchedule({ kind: 'recurring', every: 'month' }, 1)).toEqual({
      kind: 'recurring',
      every: 'month',
    });
  });
  it('turns 29 February into 28 February in a common year', () => {
    expect(shiftIsoDate('2024-02-29', 1)).toBe('2025-02-28');
    expect(shiftIsoDate('2024-02-29', 4)).toBe('2028-02-29');
  });
  it('counts days in Việt Nam time', () => {
    expect(todayInVietnam(new Date('2024-03-15T17:30:00Z'))).toBe('2024-03-16');
    expect(todayInVietnam(new Date('2024-03-15T16:59:00Z'))).toBe('2024-03-15');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
  });
});
