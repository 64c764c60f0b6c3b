// Document reading benchmark: time per page of a text PDF (LibreOffice-printed from a seed) and of its scan
// (OCR), the reader process's cost, and memory peaks — against the plain-text import of the same seed, measured
// in the same run. Needs the packages built; LibreOffice/Poppler/Tesseract for the printed and scanned rows.
// Prints figures and ratios; never asserts.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const documents = path.join(root, 'packages/documents/dist');
const { extractText, readDocument } = await import(path.join(documents, 'index.js'));
const { docx, pdf, printWithLibreOffice, scanOf, hasCommand } = await import(
  path.join(documents, 'test-files.js')
);
const { importDocument } = await import(path.join(root, 'packages/importer/dist/index.js'));

const seeds = path.join(root, 'fixtures/seeds');
const text = readFileSync(
  path.join(
    seeds,
    readdirSync(seeds).find((f) => f.startsWith('004')),
  ),
  'utf8',
);

/** Runs `work` and samples this process's resident memory meanwhile: [ms, peak MB]. */
async function measure(work) {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const t0 = performance.now();
  const result = await work();
  const ms = performance.now() - t0;
  clearInterval(timer);
  return { ms, peakMb: Math.max(peak, process.memoryUsage().rss) / 1024 / 1024, result };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function repeat(runs, work) {
  const samples = [];
  let last;
  for (let i = 0; i < runs; i++) {
    last = await measure(work);
    samples.push(last.ms);
  }
  return { ms: median(samples), peakMb: last.peakMb, result: last.result };
}

const baseline = await repeat(9, async () => importDocument(text));
const rows = [];
const pages = (bytes) =>
  (
    Buffer.from(bytes)
      .toString('latin1')
      .match(/\/Type\s*\/Page\b/g) ?? []
  ).length;

const synthetic = pdf(text);
const s = await repeat(5, () => extractText(synthetic, 'a.pdf'));
rows.push(['synthetic text PDF', pages(synthetic), s]);

const soffice = hasCommand('soffice');
const ocr = hasCommand('tesseract') && hasCommand('pdftoppm');
let printed = null;
if (soffice) {
  printed = printWithLibreOffice(docx(text, { font: 'Times New Roman', justify: true }));
  const p = await repeat(5, () => extractText(printed, 'a.pdf'));
  rows.push(['LibreOffice-printed PDF', pages(printed), p]);
  const r = await repeat(3, () => readDocument({ kind: 'file', bytes: printed, fileName: 'a.pdf' }));
  rows.push(['same, in the reader process', pages(printed), r]);
}
if (printed && ocr) {
  const scan = scanOf(printed);
  const o = await repeat(1, () => extractText(scan, 'scan.pdf'));
  rows.push(['scan of it (OCR)', pages(scan), o]);
}

console.log(`baseline: plain-text import of the same plan, ${baseline.ms.toFixed(1)} ms\n`);
console.log(
  '| reading                       | pages | ms / page | × baseline | peak RSS (MB) | kind  | tasks |',
);
console.log(
  '|-------------------------------|-------|-----------|------------|---------------|-------|-------|',
);
for (const [label, n, r] of rows) {
  const result = r.result.result ?? importDocument(r.result.text);
  const perPage = r.ms / Math.max(1, n);
  console.log(
    `| ${label.padEnd(29)} | ${String(n).padStart(5)} | ${perPage.toFixed(1).padStart(9)} | ${(r.ms / baseline.ms).toFixed(1).padStart(10)} | ${r.peakMb.toFixed(0).padStart(13)} | ${result.kind.padEnd(5)} | ${String(result.plan?.tasks.length ?? 0).padStart(5)} |`,
  );
}
if (!soffice)
  console.log(
    '\n(LibreOffice not installed: printed and scanned rows skipped — apt-get install libreoffice-writer-nogui)',
  );
else if (!ocr)
  console.log(
    '\n(Tesseract/Poppler not installed: scanned row skipped — apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils)',
  );
console.log(
  '\nPeak RSS is this process (in-thread reads) or, for the reader process row, the parent only: the reader itself is capped at 1.5 GB.',
);
