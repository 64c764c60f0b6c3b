import { z } from 'zod';

export const RECURRENCES = ['month', 'half-year', 'year'] as const;
export type Recurrence = (typeof RECURRENCES)[number];

/** When a duty must happen: through the year, by a deadline, within a window, or periodically. */
export const ZSchedule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('continuous') }),
  z.object({ kind: z.literal('deadline'), due: z.iso.date() }),
  z
    .object({ kind: z.literal('window'), from: z.iso.date(), to: z.iso.date() })
    .refine((w) => w.from <= w.to, { message: 'Ngày kết thúc phải sau ngày bắt đầu', path: ['to'] }),
  z.object({ kind: z.literal('recurring'), every: z.enum(RECURRENCES) }),
]);
export type Schedule = z.infer<typeof ZSchedule>;

/**
 * The last day a task may be finished, given the year its plan covers. A recurring duty is owed every period of
 * the plan's year and falls due with the year; `nextDueDate` gives the end of the current period.
 */
export function finalDueDate(schedule: Schedule, planYear: number): string | null {
  switch (schedule.kind) {
    case 'continuous':
      return `${planYear}-12-31`;
    case 'deadline':
      return schedule.due;
    case 'window':
      return schedule.to;
    case 'recurring':
      return `${planYear}-12-31`;
  }
}

const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * When the task is next due on `today` (yyyy-mm-dd): for a recurring duty the end of the current period (month,
 * half-year, year) within its plan's year; for every other schedule its final due date.
 */
export function nextDueDate(schedule: Schedule, planYear: number, today: string): string | null {
  if (schedule.kind !== 'recurring') return finalDueDate(schedule, planYear);
  const [year, month] = today.split('-').map(Number) as [number, number];
  // Before the plan's year the first period is owed; after it, the last one was.
  const at = year < planYear ? 1 : year > planYear ? 12 : month;
  switch (schedule.every) {
    case 'month':
      return iso(planYear, at, lastDayOfMonth(planYear, at));
    case 'half-year':
      return at <= 6 ? iso(planYear, 6, 30) : iso(planYear, 12, 31);
    case 'year':
      return iso(planYear, 12, 31);
  }
}
