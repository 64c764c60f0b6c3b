/**
 * Word's automatic numbering is not in a paragraph's text: mammoth's raw text drops "1." and "-" of numbered
 * and bulleted lists, and with them the structure the importer reads. So .docx goes through mammoth's HTML,
 * and this turns the HTML back into text with the markers written out: ordered items numbered per level
 * (continuing across lists split by other paragraphs, as Word does within a section), items in capitals at
 * the top level as Roman section headings ("I. MỤC ĐÍCH, YÊU CẦU"), bullets as "-" and nested ones as "+".
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const ROMANS = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
];
const BLOCK = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'tr', 'table', 'ol', 'ul']);

function isCapitals(text: string): boolean {
  return !/\p{Ll}/u.test(text) && /\p{Lu}[^]*\p{Lu}/u.test(text);
}

/** mammoth HTML → text with list markers, one paragraph per line, paragraphs separated by a blank line. */
export function docxHtmlToText(html: string): string {
  const lines: string[] = [];
  const lists: ('ol' | 'ul')[] = [];
  let counters: number[] = [];
  let sections = 0;
  let buffer: string[] = [];
  let itemPending: { depth: number; ordered: boolean } | null = null;

  const flush = () => {
    const text = decode(buffer.join('')).replace(/\s+/g, ' ').trim();
    buffer = [];
    if (!text && !itemPending) return;
    let prefix = '';
    if (itemPending) {
      const { depth, ordered } = itemPending;
      itemPending = null;
      if (!ordered) prefix = depth === 0 ? '- ' : '+ ';
      else if (depth === 0 && isCapitals(text)) {
        sections++;
        counters = [];
        prefix = `${ROMANS[sections - 1] ?? String(sections)}. `;
      } else {
        counters.length = depth + 1;
        counters[depth] = (counters[depth] ?? 0) + 1;
        prefix =
          depth === 0
            ? `${counters[depth]}. `
            : depth === 1
              ? `${String.fromCharCode(96 + Math.min(counters[depth] ?? 1, 26))}) `
              : '- ';
      }
    }
    if (text) lines.push(`${prefix}${text}`);
  };

  const tag = /<(\/?)([a-zA-Z0-9]+)[^>]*>|([^<]+)/g;
  for (let m = tag.exec(html); m !== null; m = tag.exec(html)) {
    if (m[3] !== undefined) {
      buffer.push(m[3]);
      continue;
    }
    const closing = m[1] === '/';
    const name = (m[2] ?? '').toLowerCase();
    if (name === 'br') {
      flush();
      continue;
    }
    if (!BLOCK.has(name)) continue;
    flush();
    if (name === 'ol' || name === 'ul') {
      if (closing) lists.pop();
      else lists.push(name);
    } else if (name === 'li' && !closing) {
      itemPending = { depth: Math.max(0, lists.length - 1), ordered: lists[lists.length - 1] === 'ol' };
    }
  }
  flush();
  return lines.join('\n\n');
}
