import {
  type Dashboard,
  TASK_STATUS_LABELS,
  TASK_STATUSES,
  type TaskStatus,
  TOPIC_LABELS,
} from '@bcdnq/domain/tasks';
import { type Label, pickLabel } from '../common/labels';

export type StatusCounts = Record<TaskStatus, number>;
export type ChartRow = { key: string; label: string; counts: StatusCounts; total: number };

/** Colours of the statuses, matching the chips of the lists; each also named in the legend and the tables. */
export const STATUS_COLOURS: Record<TaskStatus, string> = {
  not_started: '#9e9e9e',
  in_progress: '#0277bd',
  done: '#2e7d32',
  overdue: '#c62828',
  carried_over: '#ef6c00',
};

export const totalOf = (counts: StatusCounts) => TASK_STATUSES.reduce((sum, s) => sum + (counts[s] ?? 0), 0);

/** Rows of the per-agency chart, busiest first; agencies with no task left out. */
export function agencyRows(dashboard: Pick<Dashboard, 'byAgency'>): ChartRow[] {
  return dashboard.byAgency
    .map((a) => ({ key: a.agencyId, label: a.agencyName, counts: a.counts, total: totalOf(a.counts) }))
    .filter((r) => r.total > 0)
    .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label, 'vi'));
}

export function topicRows(dashboard: Pick<Dashboard, 'byTopic'>, locale: string): ChartRow[] {
  return dashboard.byTopic
    .map((t) => ({
      key: t.topic,
      label: pickLabel(TOPIC_LABELS[t.topic], locale),
      counts: t.counts,
      total: totalOf(t.counts),
    }))
    .filter((r) => r.total > 0)
    .sort((a, b) => b.total - a.total);
}

/** Horizontal stacked bars: each status a segment, lengths relative to the longest row. */
export type BarSegment = { status: TaskStatus; x: number; width: number; value: number };
export function barSegments(row: ChartRow, max: number, width: number): BarSegment[] {
  let x = 0;
  return TASK_STATUSES.filter((s) => row.counts[s] > 0).map((status) => {
    const w = max > 0 ? (row.counts[status] / max) * width : 0;
    const segment = { status, x, width: w, value: row.counts[status] };
    x += w;
    return segment;
  });
}

type Words = {
  tasks: (n: number) => string;
  none: string;
  most: (label: string, n: number, status: string) => string;
};

const WORDS: Record<'vi' | 'en', Words> = {
  vi: {
    tasks: (n) => `${n} nhiệm vụ`,
    none: 'Không có nhiệm vụ nào.',
    most: (label, n, status) => `Nhiều ${status.toLowerCase()} nhất: ${label} (${n}).`,
  },
  en: {
    tasks: (n) => `${n} task${n === 1 ? '' : 's'}`,
    none: 'No tasks.',
    most: (label, n, status) => `Most ${status.toLowerCase()}: ${label} (${n}).`,
  },
};

const statusName = (s: TaskStatus, locale: string) => pickLabel(TASK_STATUS_LABELS[s] as Label, locale);

/**
 * The chart in words, for screen readers and for anyone who prefers text: every row with its total and its
 * statuses, then which row has the most overdue tasks.
 */
export function chartSummary(rows: readonly ChartRow[], locale: string): string {
  const words = WORDS[locale.startsWith('en') ? 'en' : 'vi'];
  if (rows.length === 0) return words.none;
  const parts = rows.map((row) => {
    const detail = TASK_STATUSES.filter((s) => row.counts[s] > 0)
      .map((s) => `${row.counts[s]} ${statusName(s, locale).toLowerCase()}`)
      .join(', ');
    return `${row.label}: ${words.tasks(row.total)} (${detail})`;
  });
  const worst = [...rows].sort((a, b) => b.counts.overdue - a.counts.overdue)[0];
  const tail =
    worst && worst.counts.overdue > 0
      ? ` ${words.most(worst.label, worst.counts.overdue, statusName('overdue', locale))}`
      : '';
  return `${parts.join('; ')}.${tail}`;
}

/** Share of a plan's tasks that are done, in whole percent. */
export function percentDone(done: number, total: number): number {
  return total > 0 ? Math.round((done / total) * 100) : 0;
}
