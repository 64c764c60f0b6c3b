import type { ReportPeriod } from '@bcdnq/domain/plans';
import type { Recurrence, Schedule } from '@bcdnq/domain/tasks';
import { useLocaleState } from 'react-admin';

export type Label = { vi: string; en: string };
export type Choice = { id: string; name: string };

/** Schedule shapes of a task (the domain names them; the words are the panel's). */
export const SCHEDULE_KIND_LABELS: Record<Schedule['kind'], Label> = {
  continuous: { vi: 'Thường xuyên', en: 'Continuous' },
  deadline: { vi: 'Có thời hạn', en: 'By a deadline' },
  window: { vi: 'Trong khoảng thời gian', en: 'Within a window' },
  recurring: { vi: 'Định kỳ', en: 'Recurring' },
};

export const RECURRENCE_LABELS: Record<Recurrence, Label> = {
  month: { vi: 'Hằng tháng', en: 'Monthly' },
  'half-year': { vi: '6 tháng', en: 'Half-yearly' },
  year: { vi: 'Hằng năm', en: 'Yearly' },
};

export const REPORT_PERIOD_LABELS: Record<ReportPeriod, Label> = {
  month: { vi: 'Hằng tháng', en: 'Monthly' },
  quarter: { vi: 'Hằng quý', en: 'Quarterly' },
  'half-year': { vi: '6 tháng', en: 'Half-yearly' },
  year: { vi: 'Hằng năm', en: 'Yearly' },
  once: { vi: 'Một lần', en: 'Once' },
};

export function pickLabel(label: Label | undefined, locale: string): string {
  if (!label) return '';
  return locale.startsWith('en') ? label.en : label.vi;
}

/** Select choices from one of the domain's `*_LABELS` maps, in the UI language. */
export function labelChoices<K extends string>(labels: Record<K, Label>, locale: string): Choice[] {
  return (Object.entries(labels) as [K, Label][]).map(([id, label]) => ({
    id,
    name: pickLabel(label, locale),
  }));
}

export function useLabelChoices<K extends string>(labels: Record<K, Label>): Choice[] {
  const [locale] = useLocaleState();
  return labelChoices(labels, locale);
}

/** Reads a label of a domain map for a value that came from the API. */
export function useLabel(): <K extends string>(labels: Record<K, Label>, value: unknown) => string {
  const [locale] = useLocaleState();
  return (labels, value) =>
    typeof value === 'string' && value in labels
      ? pickLabel(labels[value as keyof typeof labels], locale)
      : '';
}

/** Schedule in words: `Thường xuyên`, `Hạn: 20/03/2019`, `30/11/2023 – 30/12/2023`, `Định kỳ: Hằng tháng`. */
export function describeSchedule(
  schedule: Schedule | null | undefined,
  locale: string,
  format: (d: string) => string,
): string {
  if (!schedule) return '';
  const kind = pickLabel(SCHEDULE_KIND_LABELS[schedule.kind], locale);
  switch (schedule.kind) {
    case 'continuous':
      return kind;
    case 'deadline':
      return `${locale.startsWith('en') ? 'By' : 'Trước ngày'} ${format(schedule.due)}`;
    case 'window':
      return `${format(schedule.from)} – ${format(schedule.to)}`;
    case 'recurring':
      return `${kind}: ${pickLabel(RECURRENCE_LABELS[schedule.every], locale).toLowerCase()}`;
  }
}
