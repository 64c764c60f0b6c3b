import { type Schedule, TOPIC_LABELS, type Topic, ZSchedule } from '@bcdnq/domain/tasks';
import { formatDate } from './format';
import { describeSchedule, pickLabel } from './labels';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const EMPTY = '—';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A compared value in words: dates as dd/mm/yyyy, lists one item per line, a signer as its block, a schedule described. */
export function describeValue(field: string, value: unknown, locale: string): string {
  if (value === null || value === undefined || value === '') return EMPTY;
  if (typeof value === 'string') return ISO_DATE.test(value) ? formatDate(value) : value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean')
    return locale.startsWith('en') ? (value ? 'Yes' : 'No') : value ? 'Có' : 'Không';
  if (Array.isArray(value)) {
    if (value.length === 0) return EMPTY;
    return value
      .map((item: unknown) => {
        if (field === 'topics' && typeof item === 'string' && item in TOPIC_LABELS)
          return pickLabel(TOPIC_LABELS[item as Topic], locale);
        if (isRecord(item) && typeof item.text === 'string') return item.text;
        return describeValue(field, item, locale);
      })
      .join('\n');
  }
  if (isRecord(value)) {
    const schedule = ZSchedule.safeParse(value);
    if (schedule.success) return describeSchedule(schedule.data as Schedule, locale, formatDate);
    if ('name' in value)
      return (
        [value.capacity, value.title, value.name].filter((v) => typeof v === 'string' && v).join(' / ') ||
        EMPTY
      );
    if (typeof value.text === 'string') return value.text;
  }
  return JSON.stringify(value);
}
