import { foldDiacritics } from '../text/fold.js';

export type TextPart = { text: string; match: boolean };

// One code point at a time keeps positions in the original text: folding a whole string can change its length
// (NFD splits "ệ" into three code units).
const foldChar = (ch: string) => foldDiacritics(ch);
const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/**
 * Search ranks and counts at most this many matches (the newest: 20 pages of 10); a common word shows "more than
 * 200". Finding them costs at most a few thousand rows whatever the word, where counting to 1,000 cost five times
 * more.
 */
export const SEARCH_RESULT_CAP = 200;

/** The words of a search query, folded, without duplicates; at most 8 (the API searches the same). */
export function queryWords(query: string): string[] {
  const words = foldDiacritics(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
  return [...new Set(words)].slice(0, 8);
}

// Letters Vietnamese (and the Latin script around it) is written with, lower case, as PostgreSQL's lower() gives
// them: spelled out, since a regular expression's [[:alnum:]] depends on the database's locale.
const WORD_CHARS = '0-9a-z\u00c0-\u024f\u1e00-\u1eff';

/**
 * A PostgreSQL regular expression finding the query as typed (accents kept, case ignored by lower-casing both) as
 * whole words only: "an toàn" is found in "Bảo đảm an toàn", and "an" is not found inside "thanh" or "toàn".
 */
export function exactMatchPattern(query: string): string {
  const escaped = query
    .trim()
    .toLowerCase()
    .replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
  return `(^|[^${WORD_CHARS}])${escaped}($|[^${WORD_CHARS}])`;
}

/**
 * Splits a text into parts, marking whole-word matches of the query regardless of diacritics and case
 * ("nhan quyen" marks "Nhân quyền"; "an" does not mark inside "toàn").
 */
export function highlightParts(text: string, query: string): TextPart[] {
  const words = queryWords(query);
  if (words.length === 0 || text.length === 0) return text ? [{ text, match: false }] : [];
  const chars = Array.from(text);
  const folded = chars.map(foldChar);
  const marked = new Array<boolean>(chars.length).fill(false);
  for (let i = 0; i < chars.length; i += 1) {
    if (isWordChar(folded[i - 1])) continue;
    for (const word of words) {
      let j = i;
      let k = 0;
      while (j < chars.length && k < word.length) {
        const f = folded[j] ?? '';
        if (word.startsWith(f, k) && f.length > 0) {
          k += f.length;
          j += 1;
        } else break;
      }
      if (k === word.length && !isWordChar(folded[j])) for (let m = i; m < j; m += 1) marked[m] = true;
    }
  }
  const parts: TextPart[] = [];
  for (let i = 0; i < chars.length; i += 1) {
    const last = parts[parts.length - 1];
    if (last && last.match === marked[i]) last.text += chars[i];
    else parts.push({ text: chars[i] ?? '', match: marked[i] ?? false });
  }
  // "Nhân quyền" reads as one mark, not two with a gap.
  const merged: TextPart[] = [];
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i] as TextPart;
    const last = merged[merged.length - 1];
    const next = parts[i + 1];
    if (!part.match && last?.match && next?.match && /^\s+$/.test(part.text)) {
      last.text += part.text + next.text;
      i += 1;
    } else merged.push({ ...part });
  }
  return merged;
}

/** The passage of a long text around its first match, to show under a search result. */
export function excerptAround(text: string, query: string, length = 240): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  if (plain.length <= length) return plain;
  const words = queryWords(query);
  const folded = foldDiacritics(plain);
  let at = -1;
  for (const word of words) {
    const found = new RegExp(
      `(^|[^\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`,
      'u',
    ).exec(folded);
    if (found && (at === -1 || found.index < at)) at = found.index;
  }
  // Folding may shorten the text by a few characters before the match; a few characters of context absorb it.
  const start = Math.max(0, Math.min(at === -1 ? 0 : at - 60, plain.length - length));
  const slice = plain.slice(start, start + length);
  return `${start > 0 ? '…' : ''}${slice.replace(/^\S*\s/, start > 0 ? '' : '$&')}…`;
}
