const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** `2024-02-02` → `02/02/2024`; a timestamp → `02/02/2024 08:30` in local time. Vietnamese documents write dd/mm/yyyy. */
export function formatDate(value: unknown, withTime = false): string {
  if (typeof value !== 'string' || value === '') return '';
  // A calendar date is not an instant: never let a time zone move it to the previous day.
  const calendar = ISO_DATE.exec(value);
  if (calendar) return `${calendar[3]}/${calendar[2]}/${calendar[1]}`;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const day = `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;
  return withTime ? `${day} ${pad(date.getHours())}:${pad(date.getMinutes())}` : day;
}

/** Today as a calendar date (yyyy-mm-dd) in local time. */
export function todayIso(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
