/** An ISO date from day, month and year as written, or null when it is not a real calendar date. */
export function isoDate(day: number, month: number, year: number): string | null {
  if (!Number.isInteger(day) || !Number.isInteger(month) || !Number.isInteger(year)) return null;
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The last day of a month, ISO. */
export function endOfMonth(month: number, year: number): string | null {
  if (month < 1 || month > 12) return null;
  return isoDate(new Date(Date.UTC(year, month, 0)).getUTCDate(), month, year);
}

/**
 * Dates as Vietnamese documents write them: 20/7/2010, 06/02/2018, 6.7.2011, 20-7-2010, or "ngày 05 tháng 3 năm
 * 2019". Sources are for the folded text (lower case, no diacritics), so "ngày"/"ngay" both match.
 */
export const NUMERIC_DATE = String.raw`(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})`;
export const WORDED_DATE = String.raw`ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})`;
/** A numeric date or a worded one: groups 1-3 numeric, 4-6 worded. */
export const ANY_DATE = String.raw`(?:${NUMERIC_DATE}|${WORDED_DATE})`;

/** Reads the date captured by ANY_DATE starting at group `first` of a match. */
export function dateFromGroups(match: RegExpExecArray, first: number): string | null {
  const d = match[first] ?? match[first + 3];
  const m = match[first + 1] ?? match[first + 4];
  const y = match[first + 2] ?? match[first + 5];
  if (d === undefined || m === undefined || y === undefined) return null;
  return isoDate(Number(d), Number(m), Number(y));
}
