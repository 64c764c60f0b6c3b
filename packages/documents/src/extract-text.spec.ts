import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importDocument } from '@bcdnq/importer';
import { describe, expect, it } from 'vitest';
import { DocumentReadError } from './document-read-error.js';
import { extractText, sniffFormat } from './extract-text.js';
import { MAX_DOCUMENT_BYTES } from './read-limits.js';
import { convertTcvn3, convertVni, detectLegacyEncoding, toTcvn3, toVni } from './legacy-encoding.js';
import { docx, pdf } from './test-files.js';

// The real documents shipped with the repository (fixtures/seeds at its root).
const SEEDS = process.env.BCDNQ_SEEDS || fileURLToPath(new URL('../../../fixtures/seeds', import.meta.url));
const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ name: f, text: readFileSync(path.join(SEEDS, f), 'utf8') }));
const enc = new TextEncoder();

async function refusal(bytes: Uint8Array, name: string): Promise<DocumentReadError> {
  try {
    await extractText(bytes, name);
  } catch (error) {
    if (error instanceof DocumentReadError) return error;
    throw error;
  }
  throw new Error(`${name} was accepted`);
}

describe('extractText reads the same document from every format', () => {
  it.each(seeds)('$name as .docx imports exactly as the text does', async ({ text }) => {
    const extracted = await extractText(docx(text), 'ke-hoach.docx');
    expect(extracted.format).toBe('docx');
    const fromDocx = importDocument(extracted.text);
    expect(fromDocx.kind).toBe('plan');
    expect(fromDocx).toEqual(importDocument(text));
  });

  it.each(seeds)(
    '$name as a .docx with automatic numbering and bullets imports as the text does',
    async ({ text }) => {
      const bytes = docx(text, { autoNumber: true });
      const extracted = await extractText(bytes, 'ke-hoach.docx');
      // The markers really are gone from the paragraphs' text: only the list structure carries them.
      expect(new TextDecoder().decode(bytes)).not.toContain('>1. ');
      expect(importDocument(extracted.text).plan).toEqual(importDocument(text).plan);
    },
  );

  it.each(seeds)(
    '$name as a .pdf text layer (Vietnamese intact) imports as the text does',
    async ({ text }) => {
      const extracted = await extractText(pdf(text), 'ke-hoach.pdf');
      expect(extracted.format).toBe('pdf');
      expect(extracted.text).toContain('nhân quyền');
      const fromPdf = importDocument(extracted.text);
      const fromText = importDocument(text);
      expect(fromPdf.kind).toBe('plan');
      expect(fromPdf.plan).toEqual(fromText.plan);
    },
  );

  it('reads a .md file and normalises decomposed (NFD) text to NFC', async () => {
    const extracted = await extractText(enc.encode('# Kế hoạch\n\nNhân quyền'.normalize('NFD')), 'a.md');
    expect(extracted.text).toBe('# Kế hoạch\n\nNhân quyền');
    expect(extracted.text).toBe(extracted.text.normalize('NFC'));
  });

  it('reads UTF-16 text with a byte-order mark', async () => {
    const body = 'Kế hoạch công tác nhân quyền';
    const bytes = new Uint8Array(2 + body.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < body.length; i++)
      new DataView(bytes.buffer).setUint16(2 + i * 2, body.charCodeAt(i), true);
    expect((await extractText(bytes, 'a.txt')).text).toBe(body);
  });
});

describe('legacy encodings', () => {
  it('converts TCVN3 text ("Céng hoµ x· héi chñ nghÜa ViÖt Nam")', () => {
    expect(convertTcvn3('Céng hoµ x· héi chñ nghÜa ViÖt Nam')).toBe('Cộng hoà xã hội chủ nghĩa Việt Nam');
    expect(detectLegacyEncoding('Céng hoµ x· héi chñ nghÜa ViÖt Nam §éc lËp - Tù do - H¹nh phóc')).toBe(
      'tcvn3',
    );
    expect(detectLegacyEncoding(seeds[0]?.text ?? '')).toBeNull();
  });

  it('converts a Word file set in TCVN3 fonts back to the same tasks, with a warning', async () => {
    const seed = seeds.find((s) => s.name.startsWith('004')) ?? seeds[0];
    if (!seed) throw new Error('no seed');
    const legacy = toTcvn3(seed.text);
    expect(legacy).not.toBe(seed.text);
    const extracted = await extractText(docx(legacy), 'cu.docx');
    expect(extracted.warnings.some((w) => w.includes('TCVN3'))).toBe(true);
    const converted = importDocument(extracted.text).plan;
    const original = importDocument(seed.text).plan;
    // Capitals typed in the .VnTimeH font come back as small letters; the content itself is intact.
    expect(converted?.tasks.map((t) => [t.ref, t.leads, t.subDuties.length])).toEqual(
      original?.tasks.map((t) => [t.ref, t.leads, t.subDuties.length]),
    );
    expect(converted?.references).toEqual(original?.references);
    expect(converted?.reportingRules).toEqual(original?.reportingRules);
    expect(converted?.purposes).toEqual(original?.purposes);
  });

  it('reads a single-byte TCVN3 .txt file (not UTF-8)', async () => {
    const legacy = 'KÕ ho¹ch c«ng t¸c nh©n quyÒn n¨m 2024 cña tØnh, Céng hoµ x· héi chñ nghÜa ViÖt Nam';
    const extracted = await extractText(
      Uint8Array.from(legacy, (c) => c.charCodeAt(0)),
      'cu.txt',
    );
    expect(extracted.text).toBe(
      'Kế hoạch công tác nhân quyền năm 2024 của tỉnh, Cộng hoà xã hội chủ nghĩa Việt Nam',
    );
    expect(extracted.warnings).toHaveLength(2);
  });

  it('converts VNI text ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam")', async () => {
    expect(convertVni('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam. Ñoäc laäp - Töï do - Haïnh phuùc')).toBe(
      'Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc',
    );
    const vni =
      'Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam. Keá hoaïch coâng taùc nhaân quyeàn naêm 2024 cuûa tænh.';
    const extracted = await extractText(enc.encode(vni), 'vni.txt');
    expect(extracted.text).toBe(
      'Cộng hòa xã hội chủ nghĩa Việt Nam. Kế hoạch công tác nhân quyền năm 2024 của tỉnh.',
    );
    expect(extracted.warnings.some((w) => w.includes('VNI'))).toBe(true);
  });

  it.each(seeds)('$name in VNI fonts comes back as the same plan', async ({ text }) => {
    const legacy = toVni(text);
    expect(detectLegacyEncoding(legacy)).toBe('vni');
    const extracted = await extractText(docx(legacy), 'vni.docx');
    expect(importDocument(extracted.text).plan).toEqual(importDocument(text).plan);
  });
});

describe('extractText refuses what it cannot read, by content and not only by name', () => {
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  it.each([
    ['an empty file', 'EMPTY', new Uint8Array(), 'a.txt'],
    ['a PNG named .txt', 'BINARY', png, 'anh.txt'],
    ['a PDF named .docx', 'BINARY', pdf('Kế hoạch'), 'ke-hoach.docx'],
    ['text named .pdf', 'BINARY', enc.encode('Kế hoạch công tác'), 'ke-hoach.pdf'],
    ['a zip that is not Word', 'BINARY', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]), 'a.docx'],
    [
      'a truncated Word 97 file (the header alone)',
      'UNREADABLE',
      Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      'cu.docx',
    ],
    ['an .rtf file', 'UNSUPPORTED', enc.encode('{\\rtf1 Kế hoạch}'), 'a.rtf'],
    ['a file without extension', 'UNSUPPORTED', enc.encode('Kế hoạch'), 'README'],
    ['a damaged PDF', 'UNREADABLE', enc.encode('%PDF-1.7\nnot really a pdf at all'), 'hong.pdf'],
    [
      'a damaged .docx',
      'UNREADABLE',
      Uint8Array.from([...enc.encode('PK\u0003\u0004'), ...enc.encode('word/document.xml garbage')]),
      'hong.docx',
    ],
    ['a PDF without a text layer', 'NO_TEXT', pdf(''), 'scan.pdf'],
    ['text with NUL bytes', 'BINARY', Uint8Array.from([0x4b, 0x00, 0x48, 0x00, 0x41]), 'a.txt'],
  ] as const)('%s → %s', async (_name, reason, bytes, filename) => {
    const error = await refusal(bytes, filename);
    expect(error.reason).toBe(reason);
    expect(error.code).toBe('VALIDATION');
    expect(error.line).toMatch(/^Lỗi: [^\n]+ \([^\n]+\)$/u);
  });

  it('refuses more than 20 MB before parsing', async () => {
    const error = await refusal(new Uint8Array(MAX_DOCUMENT_BYTES + 1).fill(0x61), 'lon.txt');
    expect(error.reason).toBe('TOO_LARGE');
    expect(error.line).toContain('20 MB');
  });

  it('sniffs formats from bytes', () => {
    expect(sniffFormat(pdf('x'))).toBe('pdf');
    expect(sniffFormat(docx('x'))).toBe('docx');
    expect(sniffFormat(enc.encode('xin chào'))).toBe('text');
    expect(sniffFormat(png)).toBe('image');
  });
});
