import { nameKey } from '../text/fold.js';

export type NamedAgency = { id: string; name: string; aliases: readonly string[] };

/**
 * Finds agencies by any of their names, ignoring case, diacritics and punctuation
 * (`Sở LĐ TB&XH` → `Sở Lao động - Thương binh và Xã hội`).
 */
export class AgencyResolver<A extends NamedAgency> {
  private readonly byKey = new Map<string, A>();

  constructor(agencies: Iterable<A>) {
    for (const agency of agencies) {
      for (const name of [agency.name, ...agency.aliases]) {
        const key = nameKey(name);
        if (key && !this.byKey.has(key)) this.byKey.set(key, agency);
      }
    }
  }

  /** The agency named exactly (up to case, diacritics and punctuation), or null. */
  resolve(name: string): A | null {
    return this.byKey.get(nameKey(name)) ?? null;
  }
}
