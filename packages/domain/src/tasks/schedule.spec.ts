import { describe, expect, it } from 'vitest';
import { finalDueDate, ZSchedule } from './schedule.js';

describe('schedule', () => {
  it('gives the last day for each shape', () => {
    expect(finalDueDate({ kind: 'continuous' }, 2024)).toBe('2024-12-31');
    expect(finalDueDate({ kind: 'deadline', due: '2019-03-20' }, 2019)).toBe('2019-03-20');
    expect(finalDueDate({ kind: 'window', from: '2023-11-30', to: '2023-12-30' }, 2023)).toBe('2023-12-30');
    expect(finalDueDate({ kind: 'recurring', every: 'month' }, 2023)).toBe('2023-12-31');
  });
  it('refuses a window that ends before it starts', () => {
    expect(ZSchedule.safeParse({ kind: 'window', from: '2023-12-30', to: '2023-11-30' }).success).toBe(false);
  });
});

describe('subDutiesBeyondText', async () => {
  const { subDutiesBeyondText } = await import('./task.schema.js');
  it('drops the sub-duties the text already lists as bullets, keeps the others', () => {
    const text = '- Phát huy vai trò cơ quan Thường trực;\n- Chấp hành nghiêm các quy định';
    expect(
      subDutiesBeyondText(text, [
        'Phát huy vai trò cơ quan Thường trực;',
        'Chấp hành  nghiêm các quy định',
        'Theo dõi, đôn đốc',
      ]),
    ).toEqual(['Theo dõi, đôn đốc']);
    expect(subDutiesBeyondText('Một nhiệm vụ không gạch đầu dòng', ['Việc con'])).toEqual(['Việc con']);
  });
});

describe('recurring duties', async () => {
  const { nextDueDate } = await import('./schedule.js');
  const monthly = { kind: 'recurring', every: 'month' } as const;
  it('fall due with their plan year, so a monthly duty left undone becomes overdue', () => {
    expect(finalDueDate(monthly, 2026)).toBe('2026-12-31');
  });
  it('are next due at the end of the current period', () => {
    expect(nextDueDate(monthly, 2026, '2026-02-10')).toBe('2026-02-28');
    expect(nextDueDate(monthly, 2028, '2028-02-10')).toBe('2028-02-29');
    expect(nextDueDate({ kind: 'recurring', every: 'half-year' }, 2026, '2026-07-01')).toBe('2026-12-31');
    expect(nextDueDate({ kind: 'recurring', every: 'half-year' }, 2026, '2026-03-01')).toBe('2026-06-30');
    expect(nextDueDate(monthly, 2027, '2026-12-15')).toBe('2027-01-31');
    expect(nextDueDate(monthly, 2025, '2026-12-15')).toBe('2025-12-31');
    expect(nextDueDate({ kind: 'deadline', due: '2026-05-01' }, 2026, '2026-02-10')).toBe('2026-05-01');
  });
});
