/** The kinds of files people attach to progress notes, recognised by their first bytes, not their names. */
export type SniffedFile = { contentType: string; label: string };

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
  signature.every((b, i) => bytes[offset + i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number) =>
  Buffer.from(bytes.subarray(from, to)).toString('latin1');

function zipKind(bytes: Uint8Array): SniffedFile | null {
  // Office Open XML files are zips whose entry names say what they hold.
  const head = ascii(bytes, 0, Math.min(bytes.length, 8192));
  if (head.includes('word/'))
    return {
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      label: 'Word',
    };
  if (head.includes('xl/'))
    return {
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      label: 'Excel',
    };
  if (head.includes('[Content_Types].xml')) {
    const all = ascii(bytes, 0, bytes.length);
    if (all.includes('word/'))
      return {
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        label: 'Word',
      };
    if (all.includes('xl/'))
      return {
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        label: 'Excel',
      };
  }
  return null;
}

function isUtf8Text(bytes: Uint8Array): boolean {
  // Control characters other than tab, line breaks and form feed mean a binary file.
  const sample = bytes.subarray(0, 65536);
  if (sample.some((b) => (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f))
    return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** What the file really is, among the accepted kinds; null for anything else (executables, archives, HTML…). */
export function sniffAttachment(bytes: Uint8Array): SniffedFile | null {
  if (bytes.length === 0) return null;
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]))
    return { contentType: 'application/pdf', label: 'PDF' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { contentType: 'image/png', label: 'PNG' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { contentType: 'image/jpeg', label: 'JPEG' };
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return { contentType: 'image/gif', label: 'GIF' };
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && ascii(bytes, 8, 12) === 'WEBP')
    return { contentType: 'image/webp', label: 'WebP' };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
    return { contentType: 'application/msword', label: 'Word/Excel 97' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return zipKind(bytes);
  const text = ascii(bytes, 0, Math.min(bytes.length, 512)).trimStart().toLowerCase();
  if (text.startsWith('<') && /<(!doctype|html|script|svg|\?xml)/.test(text)) return null; // markup could run in a browser
  if (isUtf8Text(bytes)) return { contentType: 'text/plain; charset=utf-8', label: 'văn bản' };
  return null;
}

// The extensions each accepted kind may carry; the first is the one given to a file that carries another.
const EXTENSIONS = new Map<string, readonly string[]>([
  ['application/pdf', ['pdf']],
  ['image/png', ['png']],
  ['image/jpeg', ['jpg', 'jpeg']],
  ['image/gif', ['gif']],
  ['image/webp', ['webp']],
  ['application/msword', ['doc', 'xls']],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', ['docx']],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ['xlsx']],
  ['text/plain; charset=utf-8', ['txt', 'csv', 'md']],
]);

/**
 * A stored file's name with an extension that matches what it really is: `x.html` that is plain text is kept
 * and served as `x.html.txt`, so no browser or desktop opens it as a page or a program.
 */
export function nameForContent(fileName: string, contentType: string): string {
  const allowed = EXTENSIONS.get(contentType) ?? ['bin'];
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return extension && allowed.includes(extension) ? fileName : `${fileName}.${allowed[0]}`;
}
