import type { Language } from '@bcdnq/domain/articles';

// Viet Nam keeps UTC+7 all year (no daylight saving), so a fixed offset is exact and needs no ICU data.
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const EN_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
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
