import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DocumentReadError } from './document-read-error.js';

/**
 * Text out of scanned pages: Poppler's pdftoppm renders a page, Tesseract with its Vietnamese model reads it
 * (Debian: poppler-utils, tesseract-ocr, tesseract-ocr-vie). Optional at run time: without them a scan is
 * refused with one line saying what to install. Tesseract's layout analysis deskews and orders the blocks
 * (two-column headers come out column by column); words it is unsure of are reported for the reviewer.
 */

export const OCR_PACKAGES = 'tesseract-ocr tesseract-ocr-vie poppler-utils';
/** Words read with less confidence than this (0–100) are listed for the reviewer. */
export const LOW_CONFIDENCE = 60;
const DPI = 300;
// A rendered page beyond this many pixels is rendered at a lower resolution (a poster-sized page).
const MAX_PAGE_PIXELS = 40_000_000;

/** A word Tesseract was unsure of, with its confidence (0–100). */
export type OcrWord = { word: string; confidence: number };

/** A recognised page: its text, the unsure words in reading order, and a picture of it for the reviewer. */
export type OcrPage = { text: string; lowConfidence: OcrWord[]; words: number; image?: Uint8Array };

// The picture of a page shown beside the reading: its longer side in pixels, and the most bytes kept of it.
const PAGE_IMAGE_PIXELS = 1400;
export const MAX_PAGE_IMAGE_BYTES = 3 * 1024 * 1024;

let available: boolean | null = null;

/** True when pdftoppm, tesseract and its Vietnamese model are installed (checked once per process). */
export function ocrAvailable(): boolean {
  if (available !== null) return available;
  const langs = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' });
  const poppler = spawnSync('pdftoppm', ['-v'], { encoding: 'utf8' });
  available = !langs.error && /^vie$/m.test(`${langs.stdout}${langs.stderr}`) && !poppler.error;
  return available;
}

export function ocrMissing(what: string): DocumentReadError {
  return new DocumentReadError(
    'NO_TEXT',
    `${what} là bản quét (ảnh, không có lớp chữ) — cần phần mềm nhận dạng chữ: cài ${OCR_PACKAGES} (apt-get install ${OCR_PACKAGES})`,
    `${what} is a scan (an image without a text layer): install ${OCR_PACKAGES} to read it`,
  );
}

function run(
  command: string,
  args: readonly string[],
  input?: Buffer,
): Promise<{ stdout: string; code: number }> {
  return new Promise((resolve, reject) => {
    // One thread: the machine is shared, and pages are read one after another anyway.
    const child = spawn(command, args, {
      stdio: ['pipe', 'pipe', 'ignore'],
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout: Buffer.concat(chunks).toString('utf8'), code: code ?? 1 }));
    child.stdin.end(input);
  });
}

/** Tesseract's TSV (level 5 = word) → lines of text, paragraphs and blocks apart, and the unsure words. */
export function tsvToText(tsv: string): OcrPage {
  const lines = new Map<string, string[]>();
  const order: string[] = [];
  const lowConfidence: OcrWord[] = [];
  let words = 0;
  let lastBlock = '';
  for (const row of tsv.split('\n').slice(1)) {
    const cells = row.split('\t');
    if (cells.length < 12 || cells[0] !== '5') continue;
    const text = (cells[11] ?? '').trim();
    if (!text) continue;
    const block = `${cells[2]}`;
    const key = `${cells[2]}.${cells[3]}.${cells[4]}`;
    if (!lines.has(key)) {
      if (lastBlock && block !== lastBlock) order.push('');
      lastBlock = block;
      lines.set(key, []);
      order.push(key);
    }
    lines.get(key)?.push(text);
    words++;
    const confidence = Number(cells[10]);
    if (Number.isFinite(confidence) && confidence >= 0 && confidence < LOW_CONFIDENCE && /\p{L}/u.test(text))
      lowConfidence.push({ word: text, confidence });
  }
  const text = order.map((k) => (k === '' ? '' : cleanOcrLine((lines.get(k) ?? []).join(' ')))).join('\n');
  return { text, lowConfidence, words };
}

// Specks of a scan read as marks: tokens of punctuation only, standing apart at either end of a line.
const TRAILING_SPECKS = /(?:\s+[_|—–'"„‚.:;,~`^*=\\/-]+)+$/u;
const LEADING_SPECKS = /^(?:[_|—–'"„‚.:;,~`^*=\\/]+\s+)+/u;

/** A recognised line without the specks around it; a bullet ("- ", "+ ") and closing punctuation stay. */
export function cleanOcrLine(line: string): string {
  return line.replace(TRAILING_SPECKS, '').replace(LEADING_SPECKS, '').trim();
}

/** Reads one image file (PNG, JPEG, TIFF) with Tesseract. */
export async function ocrImage(file: string): Promise<OcrPage> {
  // Page segmentation 3: automatic layout without orientation detection (scans come the right way up; the
  // layout analysis itself straightens a page turned a little).
  const { stdout, code } = await run('tesseract', [file, 'stdout', '-l', 'vie', '--psm', '3', 'tsv']);
  if (code !== 0)
    throw new DocumentReadError(
      'UNREADABLE',
      'không nhận dạng được ảnh quét',
      'OCR failed on the scanned image',
    );
  return tsvToText(stdout);
}

/**
 * Renders the given pages (1-based) of a PDF and reads each; `sizes` are the pages' sizes in points, to keep a
 * huge page within MAX_PAGE_PIXELS. Calls `onPage` after each page. The first `options.images` pages also get a
 * picture for the reviewer (PNG, grey, PAGE_IMAGE_PIXELS on the longer side; none when over MAX_PAGE_IMAGE_BYTES).
 */
export async function ocrPdfPages(
  bytes: Uint8Array,
  pages: readonly { number: number; width: number; height: number }[],
  onPage: (done: number, total: number) => void,
  options: { images?: number } = {},
): Promise<OcrPage[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bcdnq-ocr-'));
  try {
    const input = path.join(dir, 'in.pdf');
    await writeFile(input, bytes);
    const out: OcrPage[] = [];
    for (const [i, page] of pages.entries()) {
      const inches = (page.width / 72) * (page.height / 72);
      const dpi = Math.max(72, Math.min(DPI, Math.floor(Math.sqrt(MAX_PAGE_PIXELS / Math.max(inches, 1)))));
      const base = path.join(dir, `p${page.number}`);
      const rendered = await run('pdftoppm', [
        '-r',
        String(dpi),
        '-gray',
        '-png',
        '-singlefile',
        '-f',
        String(page.number),
        '-l',
        String(page.number),
        input,
        base,
      ]);
      if (rendered.code !== 0)
        throw new DocumentReadError(
          'UNREADABLE',
          `không dựng được trang ${page.number} của bản quét`,
          `could not render page ${page.number}`,
        );
      const read = await ocrImage(`${base}.png`);
      await rm(`${base}.png`, { force: true });
      if (options.images && i < options.images) read.image = await pageImage(input, page.number, dir);
      out.push(read);
      onPage(i + 1, pages.length);
    }
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A page of the PDF as the reviewer sees it beside the reading; undefined when it cannot be made small enough. */
async function pageImage(pdf: string, number: number, dir: string): Promise<Uint8Array | undefined> {
  const base = path.join(dir, `view${number}`);
  const rendered = await run('pdftoppm', [
    '-scale-to',
    String(PAGE_IMAGE_PIXELS),
    '-gray',
    '-png',
    '-singlefile',
    '-f',
    String(number),
    '-l',
    String(number),
    pdf,
    base,
  ]);
  try {
    if (rendered.code !== 0) return undefined;
    const bytes = await readFile(`${base}.png`);
    return bytes.byteLength <= MAX_PAGE_IMAGE_BYTES ? new Uint8Array(bytes) : undefined;
  } catch {
    return undefined;
  } finally {
    await rm(`${base}.png`, { force: true });
  }
}

/** Reads an image file's bytes (an uploaded scan) with Tesseract. */
export async function ocrImageBytes(bytes: Uint8Array, extension: string): Promise<OcrPage> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bcdnq-ocr-'));
  try {
    const file = path.join(dir, `scan${extension}`);
    await writeFile(file, bytes);
    return await ocrImage(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
