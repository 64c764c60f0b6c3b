import type { Language } from '@bcdnq/domain/articles';

// Viet Nam keeps UTC+7 all year (no daylight saving), so a fixed offset is exact and needs no ICU data.
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** A publish time as readers in Viet Nam see it: `dd/mm/yyyy` (Vietnamese) or `10 December 2023` (English). */
export function formatDate(iso: string, lang: Language): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  const local = new Date(time + VIETNAM_OFFSET_MS);
  const day = local.getUTCDate();
  const month = local.getUTCMonth();
  const year = local.getUTCFullYear();
  if (lang === 'en') return `${day} ${EN_MONTHS[month]} ${year}`;
  return `${String(day).padStart(2, '0')}/${String(month + 1).padStart(2, '0')}/${year}`;
}

/**
 * A calendar date (`2024-03-05`, no time, no zone: the day printed on the document) as `05/03/2024` or
 * `5 March 2024`; empty for anything that is not a real date.
 */
export function formatCalendarDate(isoDate: string, lang: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return '';
  const [year = '', month = '', day = ''] = match.slice(1);
  const monthIndex = Number(month) - 1;
  const check = new Date(Date.UTC(Number(year), monthIndex, Number(day)));
  if (check.getUTCMonth() !== monthIndex || check.getUTCDate() !== Number(day)) return '';
  if (lang === 'en') return `${Number(day)} ${EN_MONTHS[monthIndex]} ${year}`;
  return `${day}/${month}/${year}`;
}
