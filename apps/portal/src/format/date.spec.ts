import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatDate } from './date.js';

describe('formatDate', () => {
  it('writes Vietnamese dates as dd/mm/yyyy with leading zeros', () => {
    expect(formatDate('2024-03-05T09:00:00+07:00', 'vi')).toBe('05/03/2024');
  });

  it('uses Viet Nam time, so late evening UTC is already the next day', () => {
    expect(formatDate('2023-12-09T18:30:00Z', 'vi')).toBe('10/12/2023');
    expect(formatDate('2023-12-09T16:59:59Z', 'vi')).toBe('09/12/2023');
  });

  it('spells the month out in English so dd/mm and mm/dd cannot be confused', () => {
    expect(formatDate('2023-12-10T02:00:00Z', 'en')).toBe('10 December 2023');
  });

  it('returns nothing for an unreadable timestamp rather than "NaN/NaN/NaN"', () => {
    expect(formatDate('not a date', 'vi')).toBe('');
  });
});

describe('formatCalendarDate', () => {
  it('prints the day on the document as dd/mm/yyyy, with no time-zone shift', () => {
    expect(formatCalendarDate('2024-03-05', 'vi')).toBe('05/03/2024');
    expect(formatCalendarDate('2024-12-31', 'vi')).toBe('31/12/2024');
    expect(formatCalendarDate('2024-01-01', 'vi')).toBe('01/01/2024');
  });

  it('spells the month out in English', () => {
    expect(formatCalendarDate('2024-03-05', 'en')).toBe('5 March 2024');
  });

  it('returns nothing for a value that is not a calendar date', () => {
    expect(formatCalendarDate('2024-02-30', 'vi')).toBe('');
    expect(formatCalendarDate('2024-03-05T00:00:00Z', 'vi')).toBe('');
    expect(formatCalendarDate('', 'en')).toBe('');
  });
});
