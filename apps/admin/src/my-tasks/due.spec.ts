import { describe, expect, it } from 'vitest';
import { daysUntil, dueState } from './due';

describe('due dates as officers read them', () => {
  it('counts calendar days, across months and leap years', () => {
    expect(daysUntil('2024-03-01', '2024-02-28')).toBe(2);
    expect(daysUntil('2024-12-31', '2025-01-10')).toBe(-10);
  });

  it('says overdue, due today, or how many days remain', () => {
    expect(dueState('2024-12-31', '2025-01-10')).toEqual({
      key: 'app.my_tasks.overdue_by',
      days: 10,
      tone: 'error',
    });
    expect(dueState('2025-01-10', '2025-01-10')).toMatchObject({
      key: 'app.my_tasks.due_today',
      tone: 'warning',
    });
    expect(dueState('2025-01-20', '2025-01-10')).toEqual({
      key: 'app.my_tasks.due_in',
      days: 10,
      tone: 'warning',
    });
    expect(dueState('2025-06-20', '2025-01-10')?.tone).toBe('default');
    expect(dueState(null, '2025-01-10')).toBeNull();
  });
});
