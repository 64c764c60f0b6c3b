import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importDocument } from '@bcdnq/importer';
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.js';
import { docx, hasCommand, printWithLibreOffice } from './test-files.js';

// Real PDFs as a word processor prints them: the seeds set in Times New Roman (whose substitute lacks some
// Vietnamese letters, so LibreOffice draws them from a fallback font), justified, the header in a two-column
// table, converted by LibreOffice. CI installs libreoffice-writer-nogui (.ci/run); without it these are skipped.
const SEEDS = process.env.BCDNQ_SEEDS || fileURLToPath(new URL('../../../fixtures/seeds', import.meta.url));
const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ name: f, text: readFileSync(path.join(SEEDS, f), 'utf8') }));
const soffice = hasCommand('soffice');

/** The header block of a seed: from its first line in capitals to the line before "KẾ HOẠCH". */
function headerOf(text: string): { from: number; to: number } | undefined {
  const lines = text.split('\n');
  const to = lines.findIndex((l) => l.trim() === 'KẾ HOẠCH');
  const motto = lines.findIndex((l, i) => i < to && /CỘNG HÒA|CỘNG HOÀ/u.test(l));
  if (to < 0 || motto < 0) return undefined;
  let from = motto;
  while (
    from > 0 &&
    (lines[from - 1]?.trim() === '' || /^[\p{Lu}\s,.-]+$/u.test(lines[from - 1]?.trim() ?? ''))
  )
    from--;
  return { from, to };
}

describe.skipIf(!soffice)('PDFs printed by LibreOffice from Word', () => {
  it.each(seeds)(
    '$name reads in order and imports as the text does',
    async ({ text }) => {
      const printed = printWithLibreOffice(
        docx(text, { font: 'Times New Roman', justify: true, header: headerOf(text) }),
      );
      expect(printed).not.toBeNull();
      const extracted = await extractText(printed as Uint8Array, 'ke-hoach.pdf');
      // Letters are back in their words: all but a handful of the text layer's words are words of the seed
      // (read in run order, as before, every accented letter drawn from the fallback font ended up out of place).
      const seedWords = new Set(text.normalize('NFC').match(/\p{L}+/gu));
      const words = extracted.text.match(/\p{L}+/gu) ?? [];
      const strays = words.filter((w) => !seedWords.has(w));
      expect(strays.length).toBeLessThan(Math.max(3, words.length / 200));
      const fromPdf = importDocument(extracted.text).plan;
      const fromText = importDocument(text).plan;
      expect(fromPdf?.number).toBe(fromText?.number);
      expect(fromPdf?.issuedOn).toBe(fromText?.issuedOn);
      expect(fromPdf?.title).toBe(fromText?.title);
      expect(fromPdf?.tasks.map((t) => [t.ref, t.leads, t.coordinators, t.schedule])).toEqual(
        fromText?.tasks.map((t) => [t.ref, t.leads, t.coordinators, t.schedule]),
      );
      expect(fromPdf?.references.map((r) => r.number)).toEqual(fromText?.references.map((r) => r.number));
      expect(fromPdf?.reportingRules).toEqual(fromText?.reportingRules);
    },
    180_000,
  );
});
