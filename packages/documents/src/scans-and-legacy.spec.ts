import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importDocument } from '@bcdnq/importer';
import { describe, expect, it } from 'vitest';
import { DocumentReadError } from './document-read-error.js';
import { extractText, locateWords, type ReadProgress } from './extract-text.js';
import { LOW_CONFIDENCE, MAX_PAGE_IMAGE_BYTES } from './ocr.js';
import { readDocument } from './read-document.js';
import {
  convertWithLibreOffice,
  docx,
  hasCommand,
  pdfFile,
  printWithLibreOffice,
  scanOf,
} from './test-files.js';

// Documents as provinces send them, made here from the seeds: a scan (printed, rendered, turned a little,
// speckled), a Word 97 .doc and an OpenDocument .odt saved by LibreOffice. CI installs LibreOffice, Poppler and
// Tesseract with its Vietnamese model (.ci/run); where they are missing these tests are skipped.
const SEEDS = process.env.BCDNQ_SEEDS || fileURLToPath(new URL('../../../fixtures/seeds', import.meta.url));
const seed004 = readFileSync(
  path.join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith('004')) ?? ''),
  'utf8',
);
const soffice = hasCommand('soffice');
const ocr = hasCommand('tesseract') && hasCommand('pdftoppm');

const word = () => docx(seed004, { font: 'Times New Roman', justify: true });
const fromText = importDocument(seed004).plan;

describe.skipIf(!soffice)('legacy and open word-processor formats', () => {
  it.each(['doc', 'odt'] as const)(
    'reads a .%s saved by LibreOffice into the same plan',
    async (to) => {
      const file = convertWithLibreOffice(word(), to);
      expect(file).not.toBeNull();
      const extracted = await extractText(file as Uint8Array, `ke-hoach.${to}`);
      expect(extracted.format).toBe(to);
      const plan = importDocument(extracted.text).plan;
      expect(plan?.tasks.map((t) => [t.ref, t.leads, t.schedule])).toEqual(
        fromText?.tasks.map((t) => [t.ref, t.leads, t.schedule]),
      );
      expect(plan?.references.map((r) => r.number)).toEqual(fromText?.references.map((r) => r.number));
    },
    180_000,
  );

  it('reads a Word 97 file named .docx, and says so when a .doc is damaged', async () => {
    const file = convertWithLibreOffice(word(), 'doc') as Uint8Array;
    expect((await extractText(file, 'ke-hoach.docx')).format).toBe('doc');
    await expect(extractText(file.subarray(0, 4096), 'hong.doc')).rejects.toMatchObject({
      reason: 'UNREADABLE',
    });
  }, 180_000);
});

describe.skipIf(!soffice || !ocr)('scans (OCR)', () => {
  it('reads a scanned plan page by page, reporting progress, into the plan the text gives', async () => {
    // Set as Decree 30 wants it (Times New Roman 14 pt, justified): twelve pages, seconds of OCR each.
    const scan = scanOf(printWithLibreOffice(word()) as Uint8Array);
    const progress: ReadProgress[] = [];
    const extracted = await extractText(scan, 'ban-quet.pdf', { onProgress: (p) => progress.push(p) });
    const ocrSteps = progress.filter((p) => p.stage === 'ocr');
    expect(ocrSteps.length).toBeGreaterThan(1);
    expect(ocrSteps.at(-1)).toMatchObject({ done: ocrSteps.length, total: ocrSteps.length });
    expect(extracted.warnings.some((w) => w.includes('OCR'))).toBe(true);
    const result = importDocument(extracted.text);
    expect(result.kind).toBe('plan');
    const plan = result.plan;
    expect(plan?.tasks.length).toBe(fromText?.tasks.length);
    // Recognition is not perfect; the structure and most assignments survive it.
    const same = (plan?.tasks ?? []).filter(
      (t, i) => JSON.stringify(t.leads) === JSON.stringify(fromText?.tasks[i]?.leads),
    ).length;
    expect(same).toBeGreaterThanOrEqual(Math.ceil((fromText?.tasks.length ?? 0) * 0.7));
  }, 600_000);

  it('marks the words it is unsure of in a noisy scan where they stand in the text, and pictures the page', async () => {
    const head = seed004
      .split('\n')
      .filter((l) => l.trim() !== '')
      .slice(0, 30)
      .join('\n');
    const scan = scanOf(printWithLibreOffice(docx(head, { font: 'Times New Roman' })) as Uint8Array, {
      noise: 0.08,
      degrees: 2,
    });
    const extracted = await extractText(scan, 'ban-quet-mo.pdf', { pageImages: true });
    const reading = extracted.scan;
    expect(reading?.pages.length).toBeGreaterThan(0);
    const words = reading?.lowConfidence ?? [];
    expect(words.length).toBeGreaterThan(0);
    for (const w of words) {
      expect(extracted.text.slice(w.offset, w.offset + w.length)).toBe(w.word);
      expect(w.confidence).toBeLessThan(LOW_CONFIDENCE);
      expect(reading?.pages).toContain(w.page);
    }
    const offsets = words.map((w) => w.offset);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    expect(reading?.images.map((i) => i.page)).toEqual(reading?.pages);
    for (const image of reading?.images ?? []) {
      expect(image.contentType).toBe('image/png');
      expect([...image.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
      expect(image.bytes.byteLength).toBeLessThanOrEqual(MAX_PAGE_IMAGE_BYTES);
    }
  }, 300_000);

  it('refuses an image of nothing with one line', async () => {
    const blank = pdfFile([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    ]);
    const error = await extractText(scanOf(blank, { noise: 0.002 }), 'trang-trang.pdf').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DocumentReadError);
    expect((error as DocumentReadError).reason).toBe('NO_TEXT');
    expect((error as DocumentReadError).line).toMatch(/^Lỗi: không nhận dạng được chữ nào .+ \(.+\)$/u);
  }, 120_000);
});

describe.skipIf(!soffice || !ocr)('without the OCR engine', () => {
  it('refuses a scan with one line saying what to install, never a crash', async () => {
    const scan = scanOf(
      printWithLibreOffice(docx('KẾ HOẠCH\nTuyên truyền về quyền con người năm 2024')) as Uint8Array,
    );
    const path0 = process.env.PATH;
    // The reader process starts with this environment: no tesseract on its PATH.
    process.env.PATH = '/nonexistent';
    try {
      const error = await readDocument({ kind: 'file', bytes: scan, fileName: 'ban-quet.pdf' }).catch(
        (e: unknown) => e,
      );
      expect((error as DocumentReadError).reason).toBe('NO_TEXT');
      expect((error as DocumentReadError).line).toContain(
        'apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils',
      );
    } finally {
      process.env.PATH = path0;
    }
  }, 120_000);
});

describe('locateWords', () => {
  it('finds each unsure word after the one before it, and leaves out one the clean-up removed', () => {
    const text = 'Sở Tư pháp tổ chức hội nghị.\n\nSở Tư pháp báo cáo kết quả.';
    const located = locateWords(text, [
      { page: 1, words: [{ word: 'hội', confidence: 40 }] },
      {
        page: 2,
        words: [
          { word: 'Sở', confidence: 31.6 },
          { word: 'biến-mất', confidence: 10 },
          { word: 'quả', confidence: 55 },
        ],
      },
    ]);
    expect(located).toEqual([
      { page: 1, offset: text.indexOf('hội'), length: 3, word: 'hội', confidence: 40 },
      // The second "Sở": the first stands before the word already found.
      { page: 2, offset: text.lastIndexOf('Sở'), length: 2, word: 'Sở', confidence: 31 },
      { page: 2, offset: text.indexOf('quả'), length: 3, word: 'quả', confidence: 55 },
    ]);
  });
});
