import { DocumentReadError } from './document-read-error.js';
import { ZIP_LIMITS, type ZipLimits } from './read-limits.js';
import { checkZip, readZipEntry } from './zip-guard.js';

const ENTITIES = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES.get(name.toLowerCase()) ?? whole;
  });
}

/**
 * The text of an OpenDocument text file (.odt): content.xml's headings and paragraphs, one per line, list
 * items marked "- " (their numbering lives in styles the importer does not need), spaces and tabs written out.
 */
export function odtText(bytes: Uint8Array, fileName: string, limits: ZipLimits = ZIP_LIMITS): string {
  checkZip(bytes, fileName, limits);
  const content = readZipEntry(bytes, fileName, 'content.xml');
  if (!content)
    throw new DocumentReadError(
      'UNREADABLE',
      `tệp "${fileName}" không có nội dung văn bản (content.xml)`,
      `"${fileName}" has no content.xml`,
    );
  const xml = new TextDecoder('utf-8').decode(content);
  const body = xml.slice(Math.max(0, xml.indexOf('<office:text')));
  const lines: string[] = [];
  let current: string[] = [];
  let listDepth = 0;
  let itemOpen = false;
  const flush = () => {
    const text = decode(current.join(''))
      .replace(/[ \t]+/g, ' ')
      .trim();
    current = [];
    if (text) lines.push(itemOpen ? `${listDepth > 1 ? '+' : '-'} ${text}` : text);
    itemOpen = false;
  };
  const tag = /<(\/?)([a-z]+:[a-z-]+)([^>]*?)(\/?)>|([^<]+)/g;
  for (let m = tag.exec(body); m !== null; m = tag.exec(body)) {
    if (m[5] !== undefined) {
      current.push(m[5]);
      continue;
    }
    const closing = m[1] === '/';
    const name = m[2] ?? '';
    const selfClosing = m[4] === '/';
    if (name === 'text:s')
      current.push(' '.repeat(Math.min(Number(/text:c="(\d+)"/.exec(m[3] ?? '')?.[1] ?? 1), 50)));
    else if (name === 'text:tab') current.push('\t');
    else if (name === 'text:line-break') flush();
    else if (name === 'text:list') listDepth += closing ? -1 : selfClosing ? 0 : 1;
    else if (name === 'text:list-item' && !closing) itemOpen = true;
    else if ((name === 'text:p' || name === 'text:h') && (closing || selfClosing)) flush();
  }
  flush();
  return lines.join('\n\n');
}
