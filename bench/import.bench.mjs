// Import benchmark: parse time of a ~30 KB plan and of a ~1 MB plan built from the seed documents.
// Run after `pnpm --filter @bcdnq/importer build`:  node bench/import.bench.mjs [seeds-dir]
// Prints a table; it never fails on timings (machines differ), it reports them against the goals.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { importDocument } = await import(path.join(root, 'packages/importer/dist/index.js'));

const seedsDir =
  process.argv[2] ??
  process.env.BCDNQ_SEEDS ??
  (existsSync('/work/shared/seeds') ? '/work/shared/seeds' : path.join(root, 'fixtures/seeds'));
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(path.join(seedsDir, f), 'utf8'));

const ROMAN = /^\s*\**\s*([IVX]+)\.\s/;

/** The lines of section III of a seed (both layouts occur across the seeds). */
function sectionThree(text) {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => ROMAN.exec(l)?.[1] === 'III');
  if (start < 0) return [];
  let end = lines.findIndex((l, i) => i > start && ROMAN.test(l));
  if (end < 0) end = lines.findIndex((l, i) => i > start && /^\s*(?:\[\.\.\.\]|Nơi nhận)/u.test(l));
  return lines.slice(start + 1, end < 0 ? lines.length : end);
}

const items = seeds.flatMap(sectionThree).filter((l) => !/^\s*Căn cứ chức năng/u.test(l));
const base = seeds.find((s) => /\nIV\. /u.test(s)) ?? seeds[0];
const baseLines = base.split('\n');
const iii = baseLines.findIndex((l) => ROMAN.exec(l)?.[1] === 'III');
const iv = baseLines.findIndex((l) => ROMAN.exec(l)?.[1] === 'IV');

/** A plan whose section III repeats the seeds' duties, renumbered, until the text reaches `bytes`. */
function buildPlan(bytes) {
  const head = baseLines.slice(0, iii + 1);
  const tail = baseLines.slice(iv);
  const fixed = Buffer.byteLength([...head, ...tail].join('\n'));
  const body = [];
  let size = fixed;
  let n = 0;
  while (size < bytes) {
    for (const line of items) {
      const renumbered = line.replace(
        /^(\s*\**\s*)\d{1,3}\.(\s)/u,
        (_m, pre, sp) => `${pre}${(n = (n % 99) + 1)}.${sp}`,
      );
      body.push(renumbered);
      size += Buffer.byteLength(renumbered) + 1;
      if (size >= bytes) break;
    }
  }
  return [...head, ...body, ...tail].join('\n');
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(text, warmup, runs) {
  let result;
  for (let i = 0; i < warmup; i++) result = importDocument(text);
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = importDocument(text);
    samples.push(performance.now() - t0);
  }
  return { ms: median(samples), result };
}

const small = buildPlan(30 * 1024);
const large = buildPlan(1024 * 1024);
const a = time(small, 30, 60);
const b = time(large, 2, 7);
const sizeRatio = Buffer.byteLength(large) / Buffer.byteLength(small);
const ratio = b.ms / a.ms;

const row = (label, text, r, goal) =>
  `| ${label.padEnd(12)} | ${String(Math.round(Buffer.byteLength(text) / 1024)).padStart(6)} KB | ${r.ms.toFixed(2).padStart(9)} ms | ${String(r.result.plan?.tasks.length ?? 0).padStart(6)} | ${r.result.kind.padEnd(5)} | ${goal.padEnd(10)} |`;
console.log('| document     |      size |       median |  tasks | kind  | goal       |');
console.log('|--------------|-----------|--------------|--------|-------|------------|');
console.log(row('~30 KB plan', small, a, '< 20 ms'));
console.log(row('~1 MB plan', large, b, '< 1000 ms'));
console.log(
  `\nratio 1 MB / 30 KB: ${ratio.toFixed(1)} for ${sizeRatio.toFixed(1)}× the text (goal ≤ 40: linear growth)`,
);
console.log(
  `goals: 30 KB ${a.ms < 20 ? 'met' : 'MISSED'}, 1 MB ${b.ms < 1000 ? 'met' : 'MISSED'}, ratio ${ratio <= 40 ? 'met' : 'MISSED'} (reported, not asserted)`,
);
