import { describe, expect, it } from 'vitest';
import { isoToTyped, typedMomentToIso, typedToIso } from './date-input';

describe('dd/mm/yyyy date input', () => {
  it('shows stored ISO dates as dd/mm/yyyy and stores typed ones as ISO', () => {
    expect(isoToTyped('2019-03-20')).toBe('20/03/2019');
    expect(typedToIso('20/03/2019')).toBe('2019-03-20');
    expect(typedToIso('2/2/2024')).toBe('2024-02-02');
    expect(typedToIso('')).toBeNull();
  });

  it('keeps an impossible or unfinished date as typed so validation can point at it', () => {
    expect(typedToIso('31/02/2024')).toBe('31/02/2024');
    expect(typedToIso('20/03')).toBe('20/03');
    expect(isoToTyped('20/03')).toBe('20/03');
  });
});

describe('a moment typed in Việt Nam time', () => {
  it('joins a dd/mm/yyyy date and a 24-hour time into ISO with the +07:00 offset', () => {
    expect(typedMomentToIso('10/12/2026', '08:30')).toBe('2026-12-10T08:30:00+07:00');
    expect(typedMomentToIso('1/2/2027', '7h05')).toBe('2027-02-01T07:05:00+07:00');
    expect(typedMomentToIso('10/12/2026', '23:59')).toBe('2026-12-10T23:59:00+07:00');
  });

  it('gives nothing for an impossible or unfinished date or time', () => {
    expect(typedMomentToIso('31/02/2027', '08:00')).toBeUndefined();
    expect(typedMomentToIso('10/12/2026', '24:00')).toBeUndefined();
    expect(typedMomentToIso('10/12/2026', '08:60')).toBeUndefined();
    expect(typedMomentToIso('10/12/2026', '8')).toBeUndefined();
    expect(typedMomentToIso('', '08:00')).toBeUndefined();
  });
});
