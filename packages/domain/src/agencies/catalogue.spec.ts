import { describe, expect, it } from 'vitest';
import { AGENCY_CATALOGUE } from './catalogue.js';
import { AgencyResolver } from './resolve.js';
import { nameKey } from '../text/fold.js';

const resolver = new AgencyResolver(AGENCY_CATALOGUE.map((a) => ({ ...a, id: a.code })));

describe('agency catalogue', () => {
  it('has unique codes and no alias shared by two agencies', () => {
    const codes = new Set(AGENCY_CATALOGUE.map((a) => a.code));
    expect(codes.size).toBe(AGENCY_CATALOGUE.length);
    const owner = new Map<string, string>();
    for (const agency of AGENCY_CATALOGUE) {
      for (const name of [agency.name, ...agency.aliases]) {
        const key = nameKey(name);
        const previous = owner.get(key);
        expect(previous === undefined || previous === agency.code, `${name} claimed by ${previous}`).toBe(
          true,
        );
        owner.set(key, agency.code);
      }
    }
  });

  it('names only successors that exist', () => {
    const codes = new Set(AGENCY_CATALOGUE.map((a) => a.code));
    for (const agency of AGENCY_CATALOGUE)
      for (const s of agency.successors ?? []) expect(codes).toContain(s);
  });

  it.each([
    ['Sở LĐ TB&XH', 'Sở Lao động - Thương binh và Xã hội'],
    ['Sở Lao động Thương binh & Xã hội', 'Sở Lao động - Thương binh và Xã hội'],
    ['so tu phap', 'Sở Tư pháp'],
    ['BAN TUYÊN GIÁO TỈNH UỶ', 'Ban Tuyên giáo Tỉnh ủy'],
    ['Ủy ban nhân dân các huyện, thành phố', 'UBND các huyện, thành phố'],
  ])('resolves "%s" to %s', (written, canonical) => {
    expect(resolver.resolve(written)?.name).toBe(canonical);
  });

  it('returns null for a name it does not know', () => {
    expect(resolver.resolve('Sở Hàng không Vũ trụ')).toBeNull();
  });
});
