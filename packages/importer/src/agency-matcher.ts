import { AGENCY_CATALOGUE, AgencyResolver } from '@bcdnq/domain/agencies';
import { nameKey } from '@bcdnq/domain/text';
import { foldSameLength, startsUpperCase } from './text-normalize.js';

/** What the importer needs to know of an agency: its canonical name and the other ways it is written. */
export type AgencyNames = { name: string; aliases: readonly string[] };

/** A stretch of text naming an agency: canonical name when catalogued, the words as written otherwise. */
export type AgencyMention = { name: string; known: boolean; start: number; end: number };

type TrieNode = { next: Map<string, TrieNode>; name: string | null };

/**
 * First words of an agency's name. A stretch starting with one of these that the catalogue does not know is
 * still an agency ("Hội Nông dân tỉnh"): it is kept as written and flagged for review. Folded, data.
 */
export const AGENCY_HEAD_WORDS: readonly string[] = [
  'so',
  'ban',
  'uy ban',
  'ubnd',
  'van phong',
  'cong an',
  'bo chi huy',
  'bo doi bien phong',
  'vien',
  'toa an',
  'hoi',
  'lien hiep',
  'lien doan',
  'dai phat thanh',
  'bao hiem',
  'cuc',
  'chi cuc',
  'mat tran',
  'tinh doan',
  'doan thanh nien',
  'thanh tra',
  'kho bac',
  'ngan hang',
  'trung tam',
  'hoi dong',
  'dang uy',
  'tinh uy',
  'huyen uy',
  'thanh uy',
  'vksnd',
  'tand',
  'bch',
  'bo tu lenh',
  'hoc vien',
  'doan luat su',
  'phong',
];

const TOKEN = /[\p{L}\p{N}]+|&/gu;

type Token = { key: string; start: number; end: number };

function tokens(folded: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(folded); m !== null; m = TOKEN.exec(folded)) {
    out.push({ key: m[0] === '&' ? 'va' : m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

// Words that may separate or introduce agencies in a list without being part of a name.
const GLUE = new Set([
  'va',
  'voi',
  'cung',
  'de',
  'nghi',
  'giao',
  'phoi',
  'hop',
  'chu',
  'tri',
  'thuc',
  'hien',
  'tinh',
]);

/** Finds agencies in free text through the catalogue's names and aliases (longest match wins). */
export class AgencyMatcher {
  private readonly root: TrieNode = { next: new Map(), name: null };
  private readonly resolver: AgencyResolver<{ id: string; name: string; aliases: readonly string[] }>;

  constructor(agencies: readonly AgencyNames[] = AGENCY_CATALOGUE) {
    this.resolver = new AgencyResolver(
      agencies.map((a) => ({ id: a.name, name: a.name, aliases: a.aliases })),
    );
    for (const agency of agencies) {
      for (const written of [agency.name, ...agency.aliases]) {
        const key = nameKey(written);
        if (!key) continue;
        let node = this.root;
        for (const part of key.split(' ')) {
          let child = node.next.get(part);
          if (!child) {
            child = { next: new Map(), name: null };
            node.next.set(part, child);
          }
          node = child;
        }
        // The first agency to claim a spelling keeps it, as AgencyResolver does.
        if (node.name === null) node.name = agency.name;
      }
    }
  }

  /** The canonical name of an agency written exactly so (up to case, diacritics, punctuation), or null. */
  resolve(written: string): string | null {
    return (
      this.resolver.resolve(written)?.name ??
      this.resolver.resolve(written.replace(/\s+tỉnh\s*$/iu, ''))?.name ??
      null
    );
  }

  /** Every catalogued agency named in the text, in order, not overlapping. */
  scan(text: string, folded: string = foldSameLength(text)): AgencyMention[] {
    const toks = tokens(folded);
    const found: AgencyMention[] = [];
    let i = 0;
    while (i < toks.length) {
      let node: TrieNode | undefined = this.root;
      let best: { name: string; last: number } | null = null;
      for (let j = i; j < toks.length && node; j++) {
        node = node.next.get(toks[j]?.key ?? '');
        if (node?.name) best = { name: node.name, last: j };
      }
      if (best) {
        let last = best.last;
        // "Sở Tư pháp tỉnh": the province word belongs to the mention, not to what follows.
        if (toks[last + 1]?.key === 'tinh' && toks[last]?.key !== 'tinh') last++;
        found.push({ name: best.name, known: true, start: toks[i]?.start ?? 0, end: toks[last]?.end ?? 0 });
        i = last + 1;
      } else i++;
    }
    return found;
  }

  /**
   * The agencies listed at the start of `text` ("Sở Tư pháp, Sở Nội vụ và các đơn vị liên quan"): catalogued
   * ones and uncatalogued stretches that start like an agency name, stopping at the first word that is neither.
   */
  list(
    text: string,
    options: { allowUnknown: boolean; stopAtOther: boolean },
    folded: string = foldSameLength(text),
  ): AgencyMention[] {
    const known = this.scan(text, folded);
    const out: AgencyMention[] = [];
    let cursor = 0;
    let k = 0;
    while (cursor < text.length) {
      const nextKnown = known[k];
      const gapEnd = nextKnown ? nextKnown.start : text.length;
      const gap = text.slice(cursor, gapEnd);
      const gapFolded = folded.slice(cursor, gapEnd);
      const pieces = splitList(gap, gapFolded);
      let stopped = false;
      for (const piece of pieces) {
        const words = piece.folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
        if (words.every((w) => GLUE.has(w))) continue;
        if (
          options.allowUnknown &&
          startsUpperCase(piece.text) &&
          looksLikeAgency(piece.folded) &&
          words.length <= 10
        ) {
          out.push({
            name: piece.text,
            known: false,
            start: cursor + piece.offset,
            end: cursor + piece.offset + piece.text.length,
          });
          continue;
        }
        if (options.stopAtOther) {
          stopped = true;
          break;
        }
      }
      if (stopped || !nextKnown) break;
      if (!out.some((m) => m.known && m.name === nextKnown.name)) out.push(nextKnown);
      cursor = nextKnown.end;
      k++;
    }
    return out;
  }
}

type Piece = { text: string; folded: string; offset: number };

/** Splits a stretch between catalogued names on list separators: commas, semicolons, "và", "với". */
function splitList(text: string, folded: string): Piece[] {
  const out: Piece[] = [];
  const sep = /\s*[,;]\s*|\s+(?:va|voi|cung)\s+/g;
  let last = 0;
  const push = (from: number, to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw
      .trim()
      .replace(/[.:()]+$/u, '')
      .trim();
    if (trimmed)
      out.push({
        text: trimmed,
        folded: folded.slice(from + lead, from + lead + trimmed.length),
        offset: from + lead,
      });
  };
  for (let m = sep.exec(folded); m !== null; m = sep.exec(folded)) {
    push(last, m.index);
    last = m.index + m[0].length;
    if (m[0].length === 0) sep.lastIndex++;
  }
  push(last, text.length);
  return out;
}

/** True when a folded stretch starts with an agency's first word. */
export function looksLikeAgency(folded: string): boolean {
  const head = folded.replace(/^[^\p{L}]+/u, '');
  return AGENCY_HEAD_WORDS.some((w) => head === w || head.startsWith(`${w} `));
}
