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

/** The last day a task may be finished, given the year its plan covers: null for recurring duties. */
export function finalDueDate(schedule: Schedule, planYear: number): string | null {
  switch (schedule.kind) {
    case 'continuous':
      return `${planYear}-12-31`;
    case 'deadline':
      return schedule.due;
    case 'window':
      return schedule.to;
    case 'recurring':
      return null;
  }
}
