import { foldDiacritics } from '@bcdnq/domain/text';

/**
 * Cleans text as it comes out of Word, PDF text layers and Markdown: NFC, one kind of newline, no zero-width
 * or non-breaking spaces, no Markdown emphasis. Emphasis is dropped rather than parsed because real documents
 * put it anywhere (`(*Sở Tư pháp chủ trì*)`, `**TM. BAN CHỈ ĐẠO`) and it never carries meaning we keep.
 */
export function normaliseText(input: string): string {
  return (
    input
      .normalize('NFC')
      .replace(/\r\n?|[\f\v\u2028\u2029\u0085]/g, '\n')
      .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g, ' ')
      .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
      // C0 controls other than newline: what binary junk and some PDF text layers leave behind.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, '')
      .replace(/\\([.\-+*_()[\]#>!])/g, '$1')
  );
}

const MARKDOWN_PREFIX = /^(?:>\s*)*(?:#{1,6}\s+)?/;

/** One physical line, trimmed, with Markdown heading/quote prefixes and emphasis removed. */
export function cleanLine(line: string): string {
  let text = line.replace(MARKDOWN_PREFIX, '').trim();
  // "* item" and "* * *" are Markdown bullets and rules; any other asterisk is emphasis.
  if (/^\*\s/.test(text)) text = `- ${text.slice(2)}`;
  text = text.replace(/\*+|__+/g, '').trim();
  return text.replace(/ {2,}/g, ' ');
}

const foldCache = new Map<string, string>();

function foldChar(ch: string): string {
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    const f = foldDiacritics(ch);
    folded = f.length === 0 ? ' ' : f.charAt(0);
    foldCache.set(ch, folded);
  }
  return folded;
}

/**
 * foldDiacritics, one character for one character, so offsets found in the folded text point at the same
 * characters of the original (the original keeps its accents for output; matching happens on the fold).
 * Hot: every matcher runs on it, so ASCII is lower-cased natively and only other characters go through a cache.
 */
export function foldSameLength(text: string): string {
  const lower = text.toLowerCase();
  // Lower-casing keeps the length for Vietnamese; for the odd character that does not ("İ"), go one by one.
  const base =
    lower.length === text.length
      ? lower
      : Array.from(text, (c) => (c.length === 1 ? c.toLowerCase().charAt(0) : c)).join('');
  return base.replace(/[^\x20-\x7e\n]/g, (c) => (c.charCodeAt(0) < 128 ? c : foldChar(c)));
}

/** Folded, punctuation-free, space-padded: `includes(' tu phap ')` then means a whole-word match. */
export function wordKey(text: string): string {
  return ` ${foldSameLength(text.replace(/&/g, ' và '))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;

/** True when the text has letters and none of them is lower case (a heading, a title, a signature line). */
export function isUpperCaseText(text: string): boolean {
  return !/\p{Ll}/u.test(text) && /\p{Lu}[^]*\p{Lu}/u.test(text);
}

/** True when the first letter of the text is a capital. */
export function startsUpperCase(text: string): boolean {
  for (const ch of text) {
    if (LETTER.test(ch)) return UPPER.test(ch);
    if (/\p{N}/u.test(ch)) return false;
  }
  return false;
}

/** True when the first character is a small letter. */
export function startsLowerCase(text: string): boolean {
  const ch = text.charAt(0);
  return LETTER.test(ch) && !UPPER.test(ch) && ch === ch.toLowerCase();
}

/** Collapses inner whitespace and trims. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Cuts a string to a schema limit, on a character boundary. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
