/** A part of the source text, marked when it is something the reviewer should look at. */
export type Segment = { text: string; mark: 'unknown' | 'focus' | 'number' | null };
export type Highlight = { term: string; mark: Exclude<Segment['mark'], null> };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits the source text so that every occurrence of a term is its own marked segment. Whitespace in a term matches
 * any run of whitespace (the source breaks lines where the reading joined them). Earlier terms win on overlaps.
 */
export function highlightSegments(text: string, highlights: readonly Highlight[]): Segment[] {
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
