import type { Schedule } from './schedule.js';

/** Moves an ISO date by whole years; 29 February becomes 28 February in a common year. */
export function shiftIsoDate(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const year = y + years;
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** The same schedule moved by whole years (a plan cloned into next year keeps its rhythm). */
export function shiftSchedule(schedule: Schedule, years: number): Schedule {
  switch (schedule.kind) {
    case 'continuous':
    case 'recurring':
      return schedule;
    case 'deadline':
      return { kind: 'deadline', due: shiftIsoDate(schedule.due, years) };
    case 'window':
      return {
        kind: 'window',
        from: shiftIsoDate(schedule.from, years),
        to: shiftIsoDate(schedule.to, years),
      };
  }
}

/** Today's date in Việt Nam (UTC+7, no daylight saving), where every deadline is counted. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** Adds days to an ISO date. */
export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
