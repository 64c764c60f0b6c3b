import { describe, expect, it } from 'vitest';
import { finalDueDate, ZSchedule } from './schedule.js';

describe('schedule', () => {
  it('gives the last day for each shape', () => {
    expect(finalDueDate({ kind: 'continuous' }, 2024)).toBe('2024-12-31');
    expect(finalDueDate({ kind: 'deadline', due: '2019-03-20' }, 2019)).toBe('2019-03-20');
    expect(finalDueDate({ kind: 'window', from: '2023-11-30', to: '2023-12-30' }, 2023)).toBe('2023-12-30');
    expect(finalDueDate({ kind: 'recurring', every: 'month' }, 2023)).toBeNull();
  });
  it('refuses a window that ends before it starts', () => {
    expect(ZSchedule.safeParse({ kind: 'window', from: '2023-12-30', to: '2023-11-30' }).success).toBe(false);
  });
});
