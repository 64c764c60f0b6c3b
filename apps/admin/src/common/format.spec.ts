import { describe, expect, it } from 'vitest';
import { formatDate } from './format';

describe('formatDate', () => {
  it('writes calendar dates as dd/mm/yyyy without time-zone shifts', () => {
    expect(formatDate('2024-02-02')).toBe('02/02/2024');
    expect(formatDate('2019-12-31')).toBe('31/12/2019');
  });

  it('writes timestamps in local time as dd/mm/yyyy HH:mm', () => {
    const local = new Date(2024, 10, 5, 8, 7);
    expect(formatDate(local.toISOString(), true)).toBe('05/11/2024 08:07');
    expect(formatDate(local.toISOString())).toBe('05/11/2024');
  });

  it('shows nothing for empty values', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate('')).toBe('');
  });
});
