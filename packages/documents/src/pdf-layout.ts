/**
 * Reading order for a PDF page's positioned text. A PDF says where each glyph run goes, not in which order to
 * read: LibreOffice writes a line's runs font by font (the letters its font lacks, taken from a fallback font,
 * come after the rest of the line), and two-column headers (issuer | motto, number | place and date) share
 * baselines. So runs are grouped into lines by baseline, ordered by x, joined with a space only where there is
 * a gap, and rows split into columns are read column by column, as the text form of the document has them.
 */

import { isVietnameseSyllable } from '@bcdnq/importer';

/** A run of text with its position on the page (PDF user space: y grows upwards). */
export type PositionedText = { str: string; x: number; y: number; width: number; size: number };

type Segment = { x: number; end: number; text: string };
type Row = { y: number; size: number; segments: Segment[] };

// A gap wider than this many font sizes separates columns; a narrower one than this fraction joins a word.
const COLUMN_GAP = 3;
const SPACE_GAP = 0.18;

type Placement = 'replace' | 'before' | 'after';
type Choice = { blank: number; how: Placement; cost: number };

const isBlank = (c: string | undefined) => c === undefined || /^\s$/u.test(c);

const ENDINGS = [
  'a',
  'â',
  'e',
  'ê',
  'i',
  'o',
  'ô',
  'ơ',
  'u',
  'ư',
  'y',
  'n',
  'ng',
  'nh',
  'c',
  'ch',
  't',
  'p',
  'm',
  'ên',
  'ơn',
  'ương',
];
const ONSETS = [
  'b',
  'c',
  'd',
  'đ',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'x',
  'ch',
  'gi',
  'kh',
  'ng',
  'nh',
  'ph',
  'th',
  'tr',
  'qu',
  'ngh',
];

/** Whether a word at the end of a run can be the start of a syllable the next run completes ("c" of "cụ"). */
const canStart = (w: string) =>
  isVietnameseSyllable(w) || ENDINGS.some((e) => isVietnameseSyllable(`${w}${e}`));
/** Whether a word at the start of a run can be the end of a syllable the run before began ("u" of "điều"). */
const canEnd = (w: string) =>
  isVietnameseSyllable(w) ||
  ONSETS.some((o) => isVietnameseSyllable(`${o}${w}`)) ||
  ONSETS.some((o) => isVietnameseSyllable(`${o}i${w}`));

/**
 * How many words of the host are not well-formed syllables (words without letters do not count). Its first and
 * last words need only be the end or the start of one: a neighbouring run may complete them.
 */
function illFormed(chars: readonly string[]): number {
  const text = chars.join('').normalize('NFC');
  // Words are runs of letters: "tranh,ảb" is two words, and "ảb" is not a syllable.
  const words = text.split(/[^\p{L}\p{M}]+/u);
  const first = /^[\p{L}\p{M}]/u.test(text) ? 0 : -1;
  const last = /[\p{L}\p{M}]$/u.test(text) ? words.length - 1 : -1;
  let bad = 0;
  words.forEach((w, i) => {
    if (w.length === 0 || (/^[a-zA-Z]+$/.test(w) && w === w.toUpperCase() && w.length > 1)) return; // abbreviations: UBND, ANTT
    const ok =
      i === first && i === last
        ? canStart(w) || canEnd(w)
        : i === first
          ? canEnd(w)
          : i === last
            ? canStart(w)
            : isVietnameseSyllable(w);
    if (!ok) bad++;
  });
  // An accented letter run into a number ("thị04-CT/TW") lost the space between them.
  return bad + (text.match(/[\u00c0-\u1ef9]\d|\d[\u00c0-\u1ef9]/gu) ?? []).length;
}

function place(chars: string[], choice: Choice, glyph: string): void {
  const blank = chars[choice.blank] ?? ' ';
  // The blank keeps what was put before it; "before" goes right in front of the blank character itself.
  chars[choice.blank] =
    choice.how === 'replace'
      ? glyph
      : choice.how === 'before'
        ? blank.replace(/\s/u, `${glyph}$&`)
        : `${blank}${glyph}`;
}

/**
 * Where the letters drawn inside a run go. LibreOffice leaves a hole (a blank the width of the missing glyph) in
 * a run wherever it draws a letter from a fallback font, and draws that letter as a run of its own at the hole's
 * place: "T NH B" + "Ỉ". pdf.js merges a hole with a word space next to it ("Ch đ o" + "ỉ" + "ạ" for "Chỉ đạo"),
 * so a letter fills a blank, or joins the word before or after it. Letters keep their order; of the placements
 * near each letter's position, the one leaving the fewest ill-formed syllables (then the nearest) wins.
 */
function placeLetters(
  chars: readonly string[],
  letters: readonly { str: string; at: number }[],
  left = '',
  right = '',
): string[] {
  const before = Array.from(left);
  const after = Array.from(right);
  const blanks = chars.flatMap((c, i) => (isBlank(c) ? [i] : []));
  // Slots keep the letters in order: before blank b (2b), in it (2b + 0.5), after it (2b + 1).
  const slot = (blank: number, how: Placement) =>
    2 * blank + (how === 'before' ? 0 : how === 'replace' ? 0.5 : 1);
  type State = {
    chars: string[];
    last: number;
    touched: Set<number>;
    replaced: Set<number>;
    cost: number;
    key: number;
  };
  let beam: State[] = [
    { chars: [...chars], last: -1, touched: new Set(), replaced: new Set(), cost: 0, key: 0 },
  ];
  for (const letter of letters) {
    const next: State[] = [];
    for (const state of beam) {
      const near = blanks
        .filter((b) => 2 * b + 1 > state.last && !state.replaced.has(b))
        .sort((x, y) => Math.abs(x - letter.at) - Math.abs(y - letter.at))
        .slice(0, 4);
      for (const blank of near) {
        for (const how of ['replace', 'before', 'after'] as const) {
          if (slot(blank, how) <= state.last || (how === 'replace' && state.touched.has(blank))) continue;
          const offset = how === 'before' ? 0 : how === 'after' ? 1 : 0.5;
          const choice = {
            blank,
            how,
            cost: (how === 'replace' ? 0 : 1.5) + Math.abs(blank + offset - letter.at),
          };
          const placed = [...state.chars];
          place(placed, choice, letter.str);
          // Words wholly before this blank are final (later letters go further right): judge them now.
          const settled = illFormed([
            ...before,
            placed
              .slice(0, blank)
              .join('')
              .replace(/[\p{L}\p{M}]+$/u, ''),
            ' ',
          ]);
          const cost = state.cost + choice.cost;
          next.push({
            chars: placed,
            last: slot(blank, how),
            touched: new Set([...state.touched, blank]),
            replaced: how === 'replace' ? new Set([...state.replaced, blank]) : state.replaced,
            cost,
            key: settled * 1000 + cost,
          });
        }
      }
    }
    // A letter with no hole near it (runs overlapping for another reason) is kept, after the run's text.
    if (next.length === 0)
      beam = beam.map((state) => ({ ...state, chars: [...state.chars, letter.str], cost: state.cost + 100 }));
    else beam = next.sort((x, y) => x.key - y.key).slice(0, 48);
  }
  let best: State | null = null;
  let bestScore = Infinity;
  for (const state of beam) {
    const score = illFormed([...before, ...state.chars, ...after]) * 1000 + state.cost;
    if (score < bestScore) {
      best = state;
      bestScore = score;
    }
  }
  return best?.chars ?? [...chars];
}

/** A fallback font's run can carry several of its letters with blanks between ("ủ ị"): one run per letter. */
function splitLetters(item: PositionedText): PositionedText[] {
  const chars = Array.from(item.str);
  const chunks = item.str.split(/\s+/u).filter(Boolean);
  // Only runs of letters a base font lacks (never plain ASCII words such as "t ch", which are hosts).
  if (
    chunks.length < 2 ||
    chunks.some((c) => Array.from(c).length > 2 || /^[\x20-\x7e]+$/u.test(c)) ||
    item.width <= 0
  )
    return [item];
  const out: PositionedText[] = [];
  let index = 0;
  for (const chunk of chunks) {
    while (index < chars.length && /\s/u.test(chars[index] ?? '')) index++;
    const length = Array.from(chunk).length;
    out.push({
      ...item,
      str: chunk,
      x: item.x + (index / chars.length) * item.width,
      width: (length / chars.length) * item.width,
    });
    index += length;
  }
  return out;
}

function fillHoles(all: readonly PositionedText[]): PositionedText[] {
  const items = all.flatMap(splitLetters);
  const hosts = items.filter((i) => /\s/u.test(i.str) && i.width > 0);
  const letters = new Map<PositionedText, { str: string; at: number }[]>();
  const rest: PositionedText[] = [];
  for (const item of [...items].sort((a, b) => a.x - b.x)) {
    const host = /\s/u.test(item.str)
      ? undefined
      : hosts.find((h) => h !== item && item.x > h.x + 0.5 && item.x < h.x + h.width - 0.5);
    if (!host) {
      rest.push(item);
      continue;
    }
    const length = Array.from(host.str).length;
    const list = letters.get(host) ?? [];
    list.push({ str: item.str, at: ((item.x - host.x) / host.width) * length });
    letters.set(host, list);
  }
  // What touches a run on either side (no gap) is part of its first and last words: "b t" + "ổ" + "n th".
  const sorted = [...rest].sort((a, b) => a.x - b.x);
  const touching = (from: number, step: 1 | -1): string => {
    let text = '';
    for (let k = from + step; k >= 0 && k < sorted.length; k += step) {
      const here = sorted[k] as PositionedText;
      const there = sorted[k - step] as PositionedText;
      const gap = step === 1 ? here.x - (there.x + there.width) : there.x - (here.x + here.width);
      if (gap > SPACE_GAP * here.size) break;
      const piece = step === 1 ? (here.str.split(/\s/u)[0] ?? '') : (here.str.split(/\s/u).pop() ?? '');
      text = step === 1 ? `${text}${piece}` : `${piece}${text}`;
      if (/\s/u.test(here.str)) break;
    }
    return text;
  };
  return sorted.map((i, k) => {
    const inside = letters.get(i);
    return inside
      ? { ...i, str: placeLetters(Array.from(i.str), inside, touching(k, -1), touching(k, 1)).join('') }
      : i;
  });
}

function segmentsOf(all: readonly PositionedText[]): Segment[] {
  // Runs of blanks only are positioning artifacts (the width of a glyph drawn elsewhere): spaces come from gaps.
  const items = fillHoles(all.filter((i) => i.str.trim().length > 0));
  const sorted = [...items].sort((a, b) => a.x - b.x);
  const segments: Segment[] = [];
  let current: Segment | null = null;
  for (const item of sorted) {
    const gap = current ? item.x - current.end : 0;
    if (!current || gap > COLUMN_GAP * item.size) {
      current = { x: item.x, end: item.x + item.width, text: item.str };
      segments.push(current);
      continue;
    }
    const needsSpace = gap > SPACE_GAP * item.size && !/\s$/u.test(current.text) && !/^\s/u.test(item.str);
    // A run that starts with a combining mark belongs to the letter before it, whatever the gap says.
    current.text += needsSpace && !/^\p{M}/u.test(item.str) ? ` ${item.str}` : item.str;
    current.end = Math.max(current.end, item.x + item.width);
  }
  return segments
    .map((s) => ({ ...s, text: s.text.replace(/\s+/g, ' ').trim() }))
    .filter((s) => s.text.length > 0);
}

function rowsOf(items: readonly PositionedText[]): Row[] {
  const sorted = items.filter((i) => i.str.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: { y: number; size: number; items: PositionedText[] }[] = [];
  for (const item of sorted) {
    const last = groups[groups.length - 1];
    // Same line when the baselines are within half a font size (sub- and superscripts, fallback fonts).
    if (last && Math.abs(last.y - item.y) <= 0.5 * Math.max(last.size, item.size)) {
      last.items.push(item);
      last.size = Math.max(last.size, item.size);
    } else groups.push({ y: item.y, size: item.size, items: [item] });
  }
  return groups
    .map((g) => ({ y: g.y, size: g.size, segments: segmentsOf(g.items) }))
    .filter((r) => r.segments.length > 0);
}

/** The text of one page in reading order: lines top to bottom, multi-column rows column by column. */
export function pageText(items: readonly PositionedText[]): string {
  const rows = rowsOf(items);
  const out: string[] = [];
  let previous: Row | null = null;
  for (let i = 0; i < rows.length;) {
    const row = rows[i] as Row;
    // A paragraph gap (more than about two line heights) becomes a blank line.
    if (previous && previous.y - row.y > 2.2 * Math.max(previous.size, row.size)) out.push('');
    if (row.segments.length < 2) {
      out.push(row.segments[0]?.text ?? '');
      previous = row;
      i++;
      continue;
    }
    // A row split into columns opens a block that goes on while the rows' pieces keep to the columns (one
    // column may be empty on a row: "Nơi nhận" lines beside the signature); the block is read left column first.
    let boundary = (row.segments[1] as Segment).x;
    const fits = (r: Row) => r.segments.every((s) => s.end <= boundary || s.x >= boundary - r.size);
    let end = i + 1;
    // Each column's text runs on line by line: a piece far below its column's last line is not part of it.
    const lastY = { left: row.y, right: row.y };
    while (end < rows.length) {
      const next = rows[end] as Row;
      // The right column starts where its leftmost piece does (centred lines start at different places).
      const second = next.segments[1];
      if (second && (next.segments[0] as Segment).end <= second.x) boundary = Math.min(boundary, second.x);
      if (!fits(next)) break;
      const sides = next.segments.map((seg) => (seg.x >= boundary - next.size ? 'right' : 'left'));
      if (sides.some((side) => lastY[side] - next.y > 2.2 * next.size)) break;
      for (const side of sides) lastY[side] = next.y;
      end++;
    }
    const block = rows.slice(i, end);
    const left = block.flatMap((r) => r.segments.filter((s) => s.x < boundary).map((s) => s.text));
    const right = block.flatMap((r) => r.segments.filter((s) => s.x >= boundary).map((s) => s.text));
    out.push(...left, '', ...right, '');
    previous = block[block.length - 1] ?? row;
    i = end;
  }
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
