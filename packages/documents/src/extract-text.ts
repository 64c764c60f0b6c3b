import { DocumentReadError } from './document-read-error.js';
import { legacyFontTransform, readFonts, usesLegacyFonts } from './docx-fonts.js';
import { docxHtmlToText } from './docx-html-text.js';
import { convertTcvn3, convertVni, detectLegacyEncoding } from './legacy-encoding.js';
import { rejoinSplitSyllables } from '@bcdnq/importer';
import { checkImage } from './image-guard.js';
import {
  LOW_CONFIDENCE,
  MAX_PAGE_IMAGE_BYTES,
  OCR_PACKAGES,
  ocrAvailable,
  ocrImageBytes,
  ocrMissing,
  ocrPdfPages,
  type OcrPage,
  type OcrWord,
} from './ocr.js';
import { odtText } from './odt-text.js';
import { checkPdfStreams } from './pdf-guard.js';
import { pageText, type PositionedText } from './pdf-layout.js';
import { MAX_DOCUMENT_BYTES, PDF_LIMITS, type PdfLimits, ZIP_LIMITS, type ZipLimits } from './read-limits.js';
import { checkZip } from './zip-guard.js';

/** How far a long read has got (pages of a PDF read, scanned pages recognised), for a progress line or bar. */
export type ReadProgress = { stage: 'pages' | 'ocr'; done: number; total: number };

export type ExtractOptions = {
  zip?: ZipLimits;
  pdf?: PdfLimits;
  onProgress?: (progress: ReadProgress) => void;
  /** Make pictures of a scan's pages for the reviewer (a little more work per page). */
  pageImages?: boolean;
};

export const DOCUMENT_FORMATS = ['text', 'docx', 'doc', 'odt', 'pdf', 'image'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** A page of a scan as the reviewer sees it beside the reading. */
export type PageImage = { page: number; contentType: 'image/png' | 'image/jpeg'; bytes: Uint8Array };

/** A word OCR was unsure of, where it stands in the document's text (offset and length in UTF-16 units). */
export type LowConfidenceWord = {
  page: number;
  offset: number;
  length: number;
  word: string;
  confidence: number;
};

/** How a scan was read: the pages recognised, their pictures (bounded), and the words to check. */
export type ScanReading = { pages: number[]; images: PageImage[]; lowConfidence: LowConfidenceWord[] };

/** The text of a document, NFC, with what a reviewer should know about how it was read. */
export type ExtractedText = {
  text: string;
  format: DocumentFormat;
  warnings: string[];
  /** Set when pages were recognised by OCR. */
  scan?: ScanReading;
};

/** Pages of one scan that get a picture for the reviewer (the rest are read, not pictured). */
export const MAX_PAGE_IMAGES = 60;
/** Unsure words reported with their place in the text. */
const MAX_LOW_CONFIDENCE_WORDS = 5000;

type RecognisedPages = { pages: { page: number; words: OcrWord[] }[]; images: PageImage[] };

/**
 * Where each unsure word stands in the final text: searched in reading order from the word before, so a word
 * that occurs earlier elsewhere is not taken for it; a word the clean-up removed is left out.
 */
export function locateWords(
  text: string,
  pages: readonly { page: number; words: readonly OcrWord[] }[],
): LowConfidenceWord[] {
  const out: LowConfidenceWord[] = [];
  let from = 0;
  for (const { page, words } of pages) {
    for (const { word, confidence } of words) {
      const needle = word.normalize('NFC');
      const at = text.indexOf(needle, from);
      if (at < 0) continue;
      out.push({ page, offset: at, length: needle.length, word: needle, confidence: Math.floor(confidence) });
      from = at + needle.length;
      if (out.length >= MAX_LOW_CONFIDENCE_WORDS) return out;
    }
  }
  return out;
}

const EXTENSIONS: Record<string, DocumentFormat> = {
  '.txt': 'text',
  '.md': 'text',
  '.markdown': 'text',
  '.docx': 'docx',
  '.doc': 'doc',
  '.odt': 'odt',
  '.pdf': 'pdf',
  '.png': 'image',
  '.jpg': 'image',
  '.jpeg': 'image',
  '.tif': 'image',
  '.tiff': 'image',
};

const ACCEPTED_VI = '.txt, .md, .docx, .doc, .odt, .pdf hoặc ảnh quét (.png, .jpg, .tif)';
const ACCEPTED_EN = '.txt, .md, .docx, .doc, .odt, .pdf or a scanned image (.png, .jpg, .tif)';

type Sniffed = DocumentFormat | 'binary' | 'zip' | 'empty';

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

function indexOfAscii(bytes: Uint8Array, needle: string, limit: number): number {
  const n = Array.from(needle, (c) => c.charCodeAt(0));
  const end = Math.min(bytes.length - n.length, limit);
  outer: for (let i = 0; i <= end; i++) {
    for (let j = 0; j < n.length; j++) if (bytes[i + j] !== n[j]) continue outer;
    return i;
  }
  return -1;
}

// Signatures of files that are certainly not text (images, archives, executables, media).
const BINARY_MAGIC: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47],
  [0xff, 0xd8, 0xff],
  [0x47, 0x49, 0x46, 0x38],
  [0x1f, 0x8b],
  [0x7f, 0x45, 0x4c, 0x46],
  [0x4d, 0x5a],
  [0x52, 0x61, 0x72, 0x21],
  [0x37, 0x7a, 0xbc, 0xaf],
  [0x49, 0x44, 0x33],
  [0x00, 0x00, 0x00],
  [0x42, 0x4d],
  [0x7b, 0x5c, 0x72, 0x74, 0x66],
];

/** What the bytes are, by content: the extension only says what the sender believed. */
export function sniffFormat(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return 'empty';
  if (indexOfAscii(bytes, '%PDF-', 1024) >= 0) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (indexOfAscii(bytes, 'application/vnd.oasis.opendocument.text', 200) >= 0) return 'odt';
    return indexOfAscii(bytes, 'word/', bytes.length) >= 0 ? 'docx' : 'zip';
  }
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) ||
    startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])
  ) {
    return 'image';
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'doc';
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return 'text';
  if (BINARY_MAGIC.some((m) => startsWith(bytes, m))) return 'binary';
  const sample = bytes.subarray(0, Math.min(bytes.length, 65536));
  let control = 0;
  for (const b of sample) {
    if (b === 0) return 'binary';
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return control > sample.length / 100 ? 'binary' : 'text';
}

function decodeText(bytes: Uint8Array, warnings: string[]): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Not UTF-8: an old single-byte file (Windows-1252 carries the TCVN3/VNI look-alikes unchanged).
    warnings.push(
      'Tệp không ở mã UTF-8, đã đọc theo Windows-1252 (the file is not UTF-8; read as Windows-1252)',
    );
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

async function docxText(
  bytes: Uint8Array,
  fileName: string,
  limits: ZipLimits,
): Promise<{ text: string; byFont: boolean }> {
  // Sizes and ratios first: mammoth inflates every part into memory at once.
  checkZip(bytes, fileName, limits);
  const mammoth = await import('mammoth');
  const byFont = usesLegacyFonts(bytes, fileName);
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      byFont
        ? { externalFileAccess: false, transformDocument: legacyFontTransform(readFonts(bytes, fileName)) }
        : { externalFileAccess: false },
    );
    return { text: docxHtmlToText(result.value), byFont };
  } catch (error) {
    throw new DocumentReadError(
      'UNREADABLE',
      'tệp Word (.docx) bị hỏng, không đọc được',
      `the Word file is damaged: ${reason(error)}`,
    );
  }
}

type PdfTextItem = { str: string; transform?: number[]; width?: number; height?: number };

async function pdfText(
  bytes: Uint8Array,
  fileName: string,
  limits: PdfLimits,
  onProgress: ExtractOptions['onProgress'],
  pageImages: boolean,
): Promise<{ text: string; warnings: string[]; recognised?: RecognisedPages }> {
  checkPdfStreams(bytes, fileName, limits);
  const warnings: string[] = [];
  const sizes: { number: number; width: number; height: number }[] = [];
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pages: string[] = [];
  try {
    // A copy: pdf.js takes ownership of (and detaches) the buffer it is given.
    const task = pdfjs.getDocument({
      data: new Uint8Array(bytes),
      verbosity: 0,
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
      maxImageSize: limits.maxImagePixels,
    });
    const doc = await task.promise;
    try {
      if (doc.numPages > limits.maxPages) {
        throw new DocumentReadError(
          'TOO_LARGE',
          `tệp PDF "${fileName}" có ${doc.numPages} trang, vượt giới hạn ${limits.maxPages} trang`,
          `the PDF "${fileName}" has ${doc.numPages} pages, over the ${limits.maxPages}-page limit`,
        );
      }
      for (let p = 1; p <= doc.numPages; p++) {
        const page = await doc.getPage(p);
        const content = await page.getTextContent();
        const positioned: PositionedText[] = [];
        for (const raw of content.items) {
          if (!('str' in raw)) continue;
          const item = raw as PdfTextItem;
          const [a = 1, b = 0, , , x = 0, y = 0] = item.transform ?? [];
          positioned.push({
            str: item.str,
            x,
            y,
            width: item.width ?? 0,
            size: Math.hypot(a, b) || (item.height ?? 10),
          });
        }
        pages.push(pageText(positioned));
        const [x0 = 0, y0 = 0, x1 = 595, y1 = 842] = page.view;
        sizes.push({ number: p, width: Math.abs(x1 - x0), height: Math.abs(y1 - y0) });
        page.cleanup();
        onProgress?.({ stage: 'pages', done: p, total: doc.numPages });
      }
    } finally {
      await doc.destroy();
    }
  } catch (error) {
    if (error instanceof DocumentReadError) throw error;
    if ((error as { name?: string }).name === 'PasswordException') {
      throw new DocumentReadError(
        'ENCRYPTED',
        `tệp PDF "${fileName}" được đặt mật khẩu — hãy gỡ mật khẩu rồi gửi lại`,
        `the PDF "${fileName}" is password-protected: remove the password and send it again`,
      );
    }
    throw new DocumentReadError(
      'UNREADABLE',
      `tệp PDF "${fileName}" bị hỏng, không đọc được`,
      `the PDF "${fileName}" is damaged: ${reason(error)}`,
    );
  }
  // Pages without a text layer are scans: recognised with OCR when it is installed.
  const scanned = sizes.filter((_, i) => !/\p{L}/u.test(pages[i] ?? ''));
  let recognised: RecognisedPages | undefined;
  if (scanned.length > 0) {
    if (!ocrAvailable()) {
      if (scanned.length === pages.length) throw ocrMissing(`tệp PDF "${fileName}"`);
      warnings.push(
        `Trang ${scanned.map((p) => p.number).join(', ')} là ảnh quét, chưa đọc được vì thiếu phần mềm OCR (${OCR_PACKAGES}) (scanned pages skipped: OCR not installed)`,
      );
    } else {
      const read = await ocrPdfPages(
        bytes,
        scanned,
        (done, total) => onProgress?.({ stage: 'ocr', done, total }),
        { images: pageImages ? MAX_PAGE_IMAGES : 0 },
      );
      scanned.forEach((page, i) => (pages[page.number - 1] = read[i]?.text ?? ''));
      warnings.push(
        ...ocrWarnings(
          read,
          scanned.map((p) => p.number),
        ),
      );
      recognised = {
        pages: scanned.map((p, i) => ({ page: p.number, words: read[i]?.lowConfidence ?? [] })),
        images: scanned.flatMap((p, i) => {
          const image = read[i]?.image;
          return image ? [{ page: p.number, contentType: 'image/png' as const, bytes: image }] : [];
        }),
      };
    }
  }
  // Pages are separated like paragraphs: the importer re-joins a sentence that runs across the break. Text
  // layers and OCR split syllables (justified lines, glyphs drawn apart): the syllable structure rejoins them.
  return {
    text: rejoinSplitSyllables(pages.join('\n\n').normalize('NFC')),
    warnings,
    ...(recognised ? { recognised } : {}),
  };
}

/** What the reviewer must know of recognised pages: that they were recognised, and the words to check. */
function ocrWarnings(read: readonly OcrPage[], pageNumbers: readonly number[]): string[] {
  const unsure = read.flatMap((page) => page.lowConfidence.map((w) => w.word));
  const words = read.reduce((n, page) => n + page.words, 0);
  const out = [
    `Trang ${pageNumbers.join(', ')} được nhận dạng chữ tự động (OCR) — đối chiếu với ảnh gốc trước khi lưu (pages read by OCR: check against the scan)`,
  ];
  if (unsure.length > 0) {
    out.push(
      `${unsure.length}/${words} từ nhận dạng kém tin cậy (dưới ${LOW_CONFIDENCE}%): ${unsure.slice(0, 40).join(', ')}${unsure.length > 40 ? ', …' : ''} (low-confidence OCR words)`,
    );
  }
  return out;
}

async function docText(bytes: Uint8Array, fileName: string): Promise<string> {
  const { default: WordExtractor } = await import('word-extractor');
  try {
    const document = await new WordExtractor().extract(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    );
    // Headers first: the issuing body and the motto sit there in many old documents.
    const headers = document.getHeaders({ includeFooters: false }).trim();
    return `${headers ? `${headers}\n\n` : ''}${document.getBody()}`.replace(/\r\n?/g, '\n');
  } catch (error) {
    throw new DocumentReadError(
      'UNREADABLE',
      `tệp Word cũ (.doc) "${fileName}" bị hỏng, không đọc được`,
      `the Word 97–2003 file "${fileName}" is damaged: ${reason(error)}`,
    );
  }
}

async function imageText(
  bytes: Uint8Array,
  fileName: string,
  extension: string,
  onProgress: ExtractOptions['onProgress'],
  pageImages: boolean,
): Promise<{ text: string; warnings: string[]; recognised: RecognisedPages }> {
  checkImage(bytes, fileName);
  if (!ocrAvailable()) throw ocrMissing(`ảnh "${fileName}"`);
  const page = await ocrImageBytes(bytes, extension);
  onProgress?.({ stage: 'ocr', done: 1, total: 1 });
  // The picture is the upload itself where a browser shows it (PNG, JPEG) and it is not too heavy.
  const contentType = startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])
    ? ('image/png' as const)
    : startsWith(bytes, [0xff, 0xd8, 0xff])
      ? ('image/jpeg' as const)
      : null;
  const images =
    pageImages && contentType && bytes.byteLength <= MAX_PAGE_IMAGE_BYTES
      ? [{ page: 1, contentType, bytes }]
      : [];
  return {
    text: rejoinSplitSyllables(page.text.normalize('NFC')),
    warnings: ocrWarnings([page], [1]),
    recognised: { pages: [{ page: 1, words: page.lowConfidence }], images },
  };
}

function reason(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 160) ?? '';
}

function extensionOf(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? filename;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/**
 * What a file is, from its size, name and first bytes, without parsing it: cheap enough to answer an upload at
 * once. Throws DocumentReadError for an empty, over-20-MB, binary or unsupported file, or one whose content is
 * not what its extension says.
 */
export function checkDocumentType(buffer: Uint8Array, filename: string): DocumentFormat {
  if (buffer.byteLength > MAX_DOCUMENT_BYTES) {
    throw new DocumentReadError(
      'TOO_LARGE',
      `tệp "${filename}" lớn hơn 20 MB`,
      `"${filename}" is larger than 20 MB`,
    );
  }
  const extension = extensionOf(filename);
  const expected = EXTENSIONS[extension];
  const sniffed = sniffFormat(buffer);
  if (sniffed === 'empty')
    throw new DocumentReadError('EMPTY', `tệp "${filename}" rỗng`, `"${filename}" is empty`);
  if (!expected) {
    throw new DocumentReadError(
      'UNSUPPORTED',
      `không hỗ trợ loại tệp "${extension || filename}" — chỉ nhận ${ACCEPTED_VI}`,
      `unsupported file type "${extension || filename}": use ${ACCEPTED_EN}`,
    );
  }
  // Word's own formats read whichever of them the name says: a .docx saved as .doc is common.
  const wordFormats: readonly Sniffed[] = ['doc', 'docx'];
  const compatible =
    sniffed === expected || (wordFormats.includes(sniffed) && wordFormats.includes(expected));
  if (sniffed === 'binary' || sniffed === 'zip' || !compatible) {
    const what = sniffed === 'binary' || sniffed === 'zip' ? 'tệp nhị phân' : `tệp ${sniffed.toUpperCase()}`;
    throw new DocumentReadError(
      'BINARY',
      `nội dung tệp "${filename}" không phải ${extension} (${what})`,
      `the content of "${filename}" is not ${extension} (${sniffed === 'binary' || sniffed === 'zip' ? 'binary data' : sniffed})`,
    );
  }
  return sniffed as DocumentFormat;
}

/**
 * The text of a .txt/.md, .docx or .pdf (with a text layer) document, normalised to NFC. The type is decided
 * by the bytes and must agree with the extension; legacy TCVN3 text is converted and VNI text reported.
 * Throws DocumentReadError for an empty, binary, unsupported, damaged, encrypted or over-20-MB file, and for
 * containers over the bounds of read-limits.ts (checked before the parser inflates anything). Runs in the
 * caller's thread: servers call it through readDocument, which puts it in a capped reader process.
 */
export async function extractText(
  buffer: Uint8Array,
  filename: string,
  options: ExtractOptions = {},
): Promise<ExtractedText> {
  const format = checkDocumentType(buffer, filename);
  const extension = extensionOf(filename);
  const warnings: string[] = [];
  let text: string;
  let convertedByFont = false;
  let recognised: RecognisedPages | undefined;
  if (format === 'docx') {
    const read = await docxText(buffer, filename, options.zip ?? ZIP_LIMITS);
    text = read.text;
    convertedByFont = read.byFont;
  } else if (format === 'doc') text = await docText(buffer, filename);
  else if (format === 'odt') text = odtText(buffer, filename, options.zip ?? ZIP_LIMITS);
  else if (format === 'pdf' || format === 'image') {
    const read =
      format === 'pdf'
        ? await pdfText(
            buffer,
            filename,
            options.pdf ?? PDF_LIMITS,
            options.onProgress,
            options.pageImages ?? false,
          )
        : await imageText(buffer, filename, extension, options.onProgress, options.pageImages ?? false);
    text = read.text;
    warnings.push(...read.warnings);
    recognised = read.recognised;
  } else text = decodeText(buffer, warnings);
  text = text.replace(/^\ufeff/, '').normalize('NFC');
  // A Word file set in legacy fonts was converted run by run, by font (capitals of .VnTimeH included).
  const legacy = convertedByFont ? null : detectLegacyEncoding(text);
  if (convertedByFont) {
    warnings.push(
      'Văn bản dùng phông chữ TCVN3/VNI cũ, đã chuyển sang Unicode theo phông của từng đoạn — kiểm tra lại dấu (legacy font encodings converted to Unicode)',
    );
  }
  if (legacy === 'tcvn3') {
    text = convertTcvn3(text);
    warnings.push(
      'Văn bản dùng bảng mã TCVN3 (ABC), đã chuyển sang Unicode — kiểm tra lại dấu (legacy TCVN3 text converted to Unicode)',
    );
  } else if (legacy === 'vni') {
    text = convertVni(text);
    warnings.push(
      'Văn bản dùng bảng mã VNI, đã chuyển sang Unicode — kiểm tra lại dấu (legacy VNI text converted to Unicode)',
    );
  }
  if (!/\p{L}/u.test(text)) {
    // Only scans get this far without letters: OCR ran and found none (an image of nothing).
    const scan = format === 'pdf' || format === 'image';
    throw new DocumentReadError(
      'NO_TEXT',
      scan
        ? `không nhận dạng được chữ nào trong "${filename}" — ảnh quét trống hoặc quá mờ`
        : `tệp "${filename}" không có chữ`,
      scan
        ? `no text could be recognised in "${filename}": the scan is blank or too faint`
        : `"${filename}" contains no text`,
    );
  }
  if (!recognised) return { text, format, warnings };
  return {
    text,
    format,
    warnings,
    scan: {
      pages: recognised.pages.map((p) => p.page),
      images: recognised.images,
      lowConfidence: locateWords(text, recognised.pages),
    },
  };
}
