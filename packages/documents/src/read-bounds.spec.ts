import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDomainError } from '@bcdnq/domain/common';
import { describe, expect, it } from 'vitest';
import { DocumentReadError, type DocumentReadReason } from './document-read-error.js';
import { extractText } from './extract-text.js';
import { checkImage } from './image-guard.js';
import { inspectFile } from './inspect-file.js';
import { PDF_LIMITS, ZIP_LIMITS } from './read-limits.js';
import { inspectDocument, readDocument, ReaderGate } from './read-document.js';
import { docx, docxBomb, docxPackage, heavyDocx, pdf, pdfBomb, pdfEncrypted, zip } from './test-files.js';

const MiB = 1024 * 1024;
const SEEDS = process.env.BCDNQ_SEEDS || fileURLToPath(new URL('../../../fixtures/seeds', import.meta.url));
const seed004 = readFileSync(
  path.join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith('004')) ?? ''),
  'utf8',
);

async function refusal(work: Promise<unknown>): Promise<DocumentReadError> {
  try {
    await work;
  } catch (error) {
    if (error instanceof DocumentReadError) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

function refusalOf(work: () => unknown): DocumentReadError {
  try {
    work();
  } catch (error) {
    if (error instanceof DocumentReadError) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

function expectLine(error: DocumentReadError, reason: DocumentReadReason): void {
  expect(error.reason).toBe(reason);
  expect(error.code).toBe('VALIDATION');
  expect(error.line).toMatch(/^Lỗi: [^\n]+ \([^\n]+\)$/u);
}

describe('zip containers are bounded before any parser inflates them', () => {
  it("refuses a .docx whose document.xml inflates to 100 MB (the audit's 347 KB bomb) by its declared size", async () => {
    const bomb = docxBomb(100 * MiB);
    expect(bomb.length).toBeLessThan(MiB);
    const error = await refusal(extractText(bomb, 'ke-hoach.docx'));
    expectLine(error, 'TOO_LARGE');
    expect(error.message).toContain('bom nén');
  });

  it('refuses a small bomb (20 MB from ~20 KB) by its compression ratio', async () => {
    const bomb = docxBomb(20 * MiB);
    expect(bomb.length).toBeLessThan(100 * 1024);
    const error = await refusal(extractText(bomb, 'bao-cao.docx'));
    expectLine(error, 'TOO_LARGE');
    expect(error.messageEn).toMatch(/compression ratio \(\d+:1\)/);
  });

  it('refuses a bomb whose central directory lies about its size, without inflating past the lie', async () => {
    const error = await refusal(extractText(docxBomb(100 * MiB, { lie: true }), 'ke-hoach.docx'));
    expectLine(error, 'TOO_LARGE');
    expect(error.messageEn).toContain('more than it declares');
  });

  it('refuses an archive with more entries than any document has', () => {
    const entries = Array.from(
      { length: ZIP_LIMITS.maxEntries + 1 },
      (_, i) => [`word/media/a${i}.xml`, 'x'] as const,
    );
    const error = refusalOf(() => inspectFile(zip(Object.fromEntries(entries)), 'nhieu.docx'));
    expectLine(error, 'TOO_LARGE');
  });

  it('refuses a truncated .docx and a password-protected one with their own lines', async () => {
    const whole = docx(seed004);
    expectLine(
      await refusal(extractText(whole.subarray(0, Math.floor(whole.length * 0.7)), 'cat-cut.docx')),
      'UNREADABLE',
    );
    const locked = docxPackage(new TextEncoder().encode('<w:document/>'), { encrypted: true });
    const error = await refusal(extractText(locked, 'mat-khau.docx'));
    expectLine(error, 'ENCRYPTED');
    expect(error.message).toContain('mật khẩu');
  });

  it('still reads a real Word document, deflated, within the bounds', async () => {
    const extracted = await extractText(heavyDocx(2000), 'dai.docx');
    expect(extracted.text).toContain('1999. Sở số');
  });
});

describe('PDFs are bounded: pages, decoded streams, passwords', () => {
  it('refuses a PDF whose content stream inflates past the per-stream limit', async () => {
    const bomb = pdfBomb(PDF_LIMITS.maxStreamBytes + MiB);
    expect(bomb.length).toBeLessThan(MiB);
    const error = await refusal(extractText(bomb, 'bom.pdf'));
    expectLine(error, 'TOO_LARGE');
    expect(error.messageEn).toContain('stream');
  });

  it(`refuses a PDF of more than ${PDF_LIMITS.maxPages} pages`, async () => {
    const lines = Array.from(
      { length: PDF_LIMITS.maxPages + 1 },
      (_, i) => `Trang ${i + 1} của kế hoạch`,
    ).join('\n');
    const error = await refusal(extractText(pdf(lines, 1), 'dai.pdf'));
    expectLine(error, 'TOO_LARGE');
    expect(error.message).toContain(`${PDF_LIMITS.maxPages + 1} trang`);
  });

  it('refuses a password-protected PDF saying so', async () => {
    const error = await refusal(extractText(pdfEncrypted(), 'mat-khau.pdf'));
    expectLine(error, 'ENCRYPTED');
  });

  it('reports its pages as it reads them', async () => {
    const seen: number[] = [];
    await extractText(pdf(seed004, 20), 'ke-hoach.pdf', { onProgress: (p) => seen.push(p.done / p.total) });
    expect(seen.length).toBeGreaterThan(2);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(1);
  });
});

describe('images are bounded by their header', () => {
  it('refuses a PNG that claims 100,000 × 100,000 pixels', () => {
    const png = new Uint8Array(33);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    new DataView(png.buffer).setUint32(16, 100_000);
    new DataView(png.buffer).setUint32(20, 100_000);
    expectLine(
      refusalOf(() => checkImage(png, 'anh.png')),
      'TOO_LARGE',
    );
    new DataView(png.buffer).setUint32(20, 100);
    expect(checkImage(png, 'anh.png')).toEqual({ width: 100_000, height: 100 });
  });
});

describe('readDocument reads in a capped process of its own', () => {
  it('imports a document as the in-thread reader does', async () => {
    const reading = await readDocument({ kind: 'file', bytes: docx(seed004), fileName: 'ke-hoach.docx' });
    expect(reading.format).toBe('docx');
    expect(reading.result.kind).toBe('plan');
    expect(reading.result.plan?.tasks.length).toBeGreaterThan(5);
    const pasted = await readDocument({ kind: 'text', text: seed004 });
    expect(pasted.result.plan).toEqual(reading.result.plan);
  });

  it('answers a bomb with its refusal, not a crash', async () => {
    expectLine(
      await refusal(readDocument({ kind: 'file', bytes: docxBomb(100 * MiB), fileName: 'bom.docx' })),
      'TOO_LARGE',
    );
    expectLine(
      await refusal(inspectDocument(pdfBomb(PDF_LIMITS.maxStreamBytes + MiB), 'bom.pdf')),
      'TOO_LARGE',
    );
  });

  it('keeps this thread free while a heavy file is read', async () => {
    // A timer every 5 ms: in-thread, mammoth's parse of this file would hold the event loop for its whole
    // duration, so the longest gap between ticks would be the whole read. Compared with the read's own time, so
    // a busy machine (slower timers and a slower read alike) does not change the verdict.
    let last = performance.now();
    let longestGap = 0;
    let ticks = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
      ticks++;
    }, 5);
    const started = performance.now();
    await readDocument({ kind: 'file', bytes: heavyDocx(20_000), fileName: 'nang.docx' });
    const elapsed = performance.now() - started;
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(2);
    expect(longestGap).toBeLessThan(elapsed / 2);
  });

  it('stops a read over its time limit', async () => {
    const error = await refusal(
      readDocument(
        { kind: 'file', bytes: heavyDocx(40_000), fileName: 'cham.docx' },
        { limits: { timeMs: 50 } },
      ),
    );
    expectLine(error, 'TIMEOUT');
  });

  it('stops a read over its heap cap (the V8 limit of the reader process)', async () => {
    const error = await refusal(
      readDocument(
        { kind: 'file', bytes: heavyDocx(40_000), fileName: 'nang.docx' },
        { limits: { heapMb: 24 } },
      ),
    );
    expectLine(error, 'TOO_COMPLEX');
  });

  it('stops a read over its resident-memory cap (buffers live outside the heap)', async () => {
    const error = await refusal(
      readDocument(
        { kind: 'file', bytes: docx(seed004), fileName: 'a.docx' },
        { limits: { maxRssBytes: 4 * MiB } },
      ),
    );
    expectLine(error, 'TOO_COMPLEX');
    expect(error.message).toContain('bộ nhớ');
  });

  it('cancels a read when asked', async () => {
    const controller = new AbortController();
    const read = readDocument(
      { kind: 'file', bytes: heavyDocx(40_000), fileName: 'nang.docx' },
      { signal: controller.signal },
    );
    setTimeout(() => controller.abort(), 20);
    expectLine(await refusal(read), 'CANCELLED');
  });

  it('refuses a read beyond the queue ("try again") instead of queueing without end', async () => {
    const gate = new ReaderGate(1, 0);
    const first = readDocument({ kind: 'text', text: seed004 }, { gate });
    let busy: unknown = null;
    await readDocument({ kind: 'text', text: seed004 }, { gate }).catch((error: unknown) => (busy = error));
    expect(isDomainError(busy) && busy.code).toBe('RATE_LIMITED');
    await first;
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });
});
