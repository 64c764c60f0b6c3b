import type { LowConfidenceWord } from '@bcdnq/domain/import';

/** A part of the source text, marked when it is something the reviewer should look at. */
export type Segment = {
  text: string;
  mark: 'unknown' | 'focus' | 'number' | 'unsure' | null;
  /** What the mark means, for the mark's tooltip ("Độ tin cậy thấp (42%)"). */
  title?: string;
  /** The scanned page the marked word is on. */
  page?: number;
};
export type Highlight = { term: string; mark: Exclude<Segment['mark'], null | 'unsure'> };

/** A stretch of the text marked by its place (a word OCR was unsure of), not by its words. */
export type MarkedRange = { offset: number; length: number; title: string; page?: number };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits the source text so that every occurrence of a term is its own marked segment. Whitespace in a term matches
 * any run of whitespace (the source breaks lines where the reading joined them). Earlier terms win on overlaps.
 */
export function highlightSegments(
  text: string,
  highlights: readonly Highlight[],
  unsure: readonly MarkedRange[] = [],
): Segment[] {
  return markRanges(termSegments(text, highlights), unsure);
}

function termSegments(text: string, highlights: readonly Highlight[]): Segment[] {
  const usable = highlights.filter((h) => h.term.trim().length >= 3);
  if (usable.length === 0 || text === '') return [{ text, mark: null }];
  const patterns = usable.map((h) => escape(h.term.trim()).replace(/\s+/g, '\\s+'));
  const regex = new RegExp(patterns.map((p) => `(${p})`).join('|'), 'giu');
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(regex)) {
    const at = match.index;
    if (at > last) segments.push({ text: text.slice(last, at), mark: null });
    const group = match.slice(1).findIndex((g) => g !== undefined);
    segments.push({ text: match[0], mark: usable[group]?.mark ?? null });
    last = at + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), mark: null });
  return segments;
}

/** The first words of a duty, enough to find it in the source. */
export function snippetOf(text: string, words = 8): string {
  return text.split(/\s+/).filter(Boolean).slice(0, words).join(' ');
}

/**
 * Marks the ranges over segments already marked by terms: a word OCR was unsure of shows as such wherever it
 * stands (inside a duty being checked too). Ranges out of the text, overlapping an earlier one, or empty are
 * left out.
 */
function markRanges(segments: Segment[], ranges: readonly MarkedRange[]): Segment[] {
  const text = segments.map((s) => s.text).join('');
  const usable: MarkedRange[] = [];
  let end = 0;
  for (const r of [...ranges].sort((a, b) => a.offset - b.offset)) {
    if (r.length <= 0 || r.offset < end || r.offset + r.length > text.length) continue;
    usable.push(r);
    end = r.offset + r.length;
  }
  if (usable.length === 0) return segments;
  const starts: number[] = [];
  segments.reduce((at, s) => (starts.push(at), at + s.text.length), 0);
  const out: Segment[] = [];
  let first = 0;
  // The term segments' parts within [from, to), as they were marked.
  const plain = (from: number, to: number) => {
    for (let i = first; i < segments.length && from < to; i++) {
      const segment = segments[i];
      const start = starts[i] ?? 0;
      if (!segment || start >= to) break;
      const stop = start + segment.text.length;
      if (stop <= from) {
        first = i + 1;
        continue;
      }
      out.push({ ...segment, text: text.slice(Math.max(from, start), Math.min(to, stop)) });
    }
  };
  let at = 0;
  for (const range of usable) {
    plain(at, range.offset);
    out.push({
      text: text.slice(range.offset, range.offset + range.length),
      mark: 'unsure',
      title: range.title,
      ...(range.page === undefined ? {} : { page: range.page }),
    });
    at = range.offset + range.length;
  }
  plain(at, text.length);
  return out;
}

/** The words OCR was unsure of as marked ranges, titled with their confidence ("Độ tin cậy thấp (42%)"). */
export function unsureRanges(
  words: readonly LowConfidenceWord[],
  title: (percent: number) => string,
): MarkedRange[] {
  return words.map((w) => ({
    offset: w.offset,
    length: w.length,
    title: title(Math.floor(w.confidence)),
    page: w.page,
  }));
}
