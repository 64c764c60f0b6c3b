import { cleanLine, isUpperCaseText, squash, startsLowerCase, startsUpperCase } from './text-normalize.js';

/** How an item is introduced: `II.`, `1.`, `1.2.`, `a)`, `-`, `+`, `•`. */
export type MarkerKind = 'roman' | 'number' | 'subnumber' | 'letter' | 'dash' | 'plus' | 'bullet';

/** A logical paragraph: physical lines re-joined where the source (PDF, hard wraps) broke them. */
export type Block = { marker: MarkerKind | null; label: string | null; text: string; line: number };

type MarkerMatch = { kind: MarkerKind; label: string; rest: string };

const ROMAN = /^([IVX]{1,5})\s*[.)/:-]\s*(\S.*)$/u;
const SUBNUMBER = /^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(\S.*)$/u;
const NUMBER = /^(\d{1,3})\s*[.)/]\s*(\S.*)$/u;
const LETTER = /^([a-zđ])\s*[)]\s*(\S.*)$|^([a-zđ])\.\s+(\S.*)$/u;
const DASH = /^[-–—−]+\s*(\S.*)$/u;
const PLUS = /^\+\s*(\S.*)$/u;
const BULLET = /^[•●▪◦·∙○■□➢➤✓]\s*(\S.*)$/u;

/** The item marker a line starts with, if any. */
export function matchMarker(line: string): MarkerMatch | null {
  let m = ROMAN.exec(line);
  // "I. MỤC ĐÍCH" or "II. Nhiệm vụ": a heading word follows; "V. " alone starting a name is not a section.
  if (m?.[1] && m[2] && startsUpperCase(m[2])) return { kind: 'roman', label: m[1], rest: m[2] };
  m = SUBNUMBER.exec(line);
  if (m?.[1] && m[2] && !/\.\d{4}$/.test(m[1]) && !/^\d/.test(m[2]))
    return { kind: 'subnumber', label: m[1], rest: m[2] };
  m = NUMBER.exec(line);
  // "20/7/2010 và …" is a date continuing a sentence, not item 20.
  if (m?.[1] && m[2] && !/^\d/.test(m[2]) && !(line.charAt(m[1].length) === '/' && /^\d/.test(m[2]))) {
    return { kind: 'number', label: m[1], rest: m[2] };
  }
  m = LETTER.exec(line);
  if (m) {
    const label = m[1] ?? m[3];
    const rest = m[2] ?? m[4];
    if (label && rest) return { kind: 'letter', label, rest };
  }
  m = DASH.exec(line);
  if (m?.[1]) return { kind: 'dash', label: '-', rest: m[1] };
  m = PLUS.exec(line);
  if (m?.[1]) return { kind: 'plus', label: '+', rest: m[1] };
  m = BULLET.exec(line);
  if (m?.[1]) return { kind: 'bullet', label: '•', rest: m[1] };
  return null;
}

const TERMINAL = /[.:;!?…)"”]$|\.\/\.$/u;
const SEPARATOR = /^[-_=*~.·…\s]{3,}$|^\[\s*(?:\.\.\.|…)\s*\]$/u;
const PAGE_NUMBER = /^(?:-\s*)?\d{1,3}(?:\s*-)?$|^(?:trang|page)\s+\d{1,3}(?:\s*\/\s*\d{1,3})?$/iu;

function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) === 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/**
 * The width a hard-wrapped text (PDF text layer, e-mail) was wrapped at, or null when lines are paragraphs.
 * Wrapped text has many lines of nearly the same, moderate length; paragraphs-per-line text has not.
 */
export function wrapWidth(lines: readonly string[]): number | null {
  const lengths: number[] = [];
  for (const l of lines) {
    const t = l.trim();
    if (t.length > 0) lengths.push(t.length);
  }
  if (lengths.length < 20) return null;
  lengths.sort((a, b) => a - b);
  const p90 = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  if (p90 < 40 || p90 > 160) return null;
  const near = lengths.filter((n) => n >= p90 * 0.8 && n <= p90 * 1.1).length;
  return near >= lengths.length * 0.3 ? p90 : null;
}

/**
 * Re-joins physical lines into paragraphs. A line starts a new paragraph when it carries an item marker, when
 * the paragraph so far ended a sentence, or when the paragraph so far is a heading (capitals, a short numbered
 * title, or what `isHeading` recognises — an agency heading such as "2. Văn phòng UBND tỉnh"). Otherwise it
 * continues the paragraph, across blank lines and page breaks, which is what PDF text layers need.
 */
export function buildBlocks(
  rawLines: readonly string[],
  isHeading: (text: string) => boolean,
  firstLine = 0,
): Block[] {
  const wrap = wrapWidth(rawLines);
  const blocks: Block[] = [];
  let parts: string[] = [];
  let marker: MarkerMatch | null = null;
  let startLine = 0;
  let heading = false;
  let upper = false;
  let words = 0;
  let lastLength = 0;

  const flush = () => {
    if (parts.length === 0) return;
    blocks.push({
      marker: marker?.kind ?? null,
      label: marker?.label ?? null,
      text: squash(parts.join(' ')),
      line: startLine,
    });
    parts = [];
    marker = null;
  };

  for (let i = 0; i < rawLines.length; i++) {
    const line = cleanLine(rawLines[i] ?? '');
    if (!line || PAGE_NUMBER.test(line)) continue;
    const length = line.length;
    if (SEPARATOR.test(line)) {
      flush();
      continue;
    }
    const found = matchMarker(line);
    const last = parts[parts.length - 1] ?? '';
    const lineUpper = isUpperCaseText(line);
    // A paragraph never opens with a small letter: such a line continues the one before, whatever ended it
    // (PDF text breaks lines after ";" and "," as readily as mid-phrase).
    const lowerStart = found === null && startsLowerCase(line);
    // In hard-wrapped text a full-width line that happens to end a sentence does not end the paragraph.
    const fullLine = wrap !== null && lastLength >= wrap * 0.85;
    // A parenthetical on lines of its own ("(Sở Tư pháp chủ trì thực hiện)") is closed by its parenthesis.
    const closedAside = /^\(/u.test(parts[0] ?? '') && /\)[.;]?$/u.test(last) && !lowerStart;
    const continues =
      parts.length > 0 &&
      found === null &&
      (!TERMINAL.test(last) || ((lowerStart || (fullLine && !closedAside)) && !/\.\/\.$|:$/.test(last))) &&
      // A heading is complete, unless the next line opens in lower case: then the "heading" was a wrapped sentence.
      !(heading && !lowerStart) &&
      !(upper && !lineUpper) &&
      !(
        marker !== null &&
        marker.kind !== 'dash' &&
        marker.kind !== 'plus' &&
        words <= 12 &&
        startsUpperCase(line)
      );
    if (continues) {
      parts.push(line);
      words += wordCount(line);
      lastLength = length;
      upper = upper && lineUpper;
      continue;
    }
    flush();
    marker = found;
    parts = [found ? found.rest : line];
    words = wordCount(parts[0] ?? '');
    lastLength = length;
    startLine = firstLine + i;
    upper = lineUpper;
    heading = isHeading(found ? found.rest : line);
  }
  flush();
  return blocks;
}
