import { describe, expect, it } from 'vitest';
import { isoToTyped, typedToIso } from './date-input';

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
