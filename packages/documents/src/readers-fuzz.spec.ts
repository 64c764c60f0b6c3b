import { describe, expect, it } from 'vitest';
import { isDocumentReadError } from './document-read-error.js';
import { extractText } from './extract-text.js';
import { pageText, type PositionedText } from './pdf-layout.js';
import { docx, pdf, zip } from './test-files.js';

/** mulberry32: a small seeded PRNG, so a failing case can be replayed from its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mutate(bytes: Uint8Array, rand: () => number): Uint8Array {
  const out = new Uint8Array(bytes);
  const edits = 1 + Math.floor(rand() * 20);
  for (let i = 0; i < edits; i++) out[Math.floor(rand() * out.length)] = Math.floor(rand() * 256);
  // Sometimes cut it short too: truncated uploads are the commonest damage.
  return rand() < 0.3 ? out.subarray(0, Math.floor(rand() * out.length)) : out;
}

const TEXT =
  'KẾ HOẠCH\nCông tác nhân quyền năm 2024\nI. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức.\nIII. PHÂN CÔNG NHIỆM VỤ\n1. Sở Tư pháp\n- Tuyên truyền pháp luật.';
const odt = zip({
  mimetype: 'application/vnd.oasis.opendocument.text',
  'content.xml': `<?xml version="1.0"?><office:document-content xmlns:office="o" xmlns:text="t"><office:body><office:text>${TEXT.split(
    '\n',
  )
    .map((l) => `<text:p>${l}</text:p>`)
    .join('')}</office:text></office:body></office:document-content>`,
});

/** Reading damaged bytes either works or refuses with a DocumentReadError: never another error, never a hang. */
async function expectReadOrRefusal(bytes: Uint8Array, name: string, label: string): Promise<void> {
  try {
    const extracted = await extractText(bytes, name);
    expect(typeof extracted.text, label).toBe('string');
  } catch (error) {
    expect(isDocumentReadError(error), `${label}: ${String(error)}`).toBe(true);
  }
}

describe('the file readers on damaged files', { timeout: 180_000 }, () => {
  it.each([
    ['.docx', docx(TEXT), 'a.docx'],
    ['.odt', odt, 'a.odt'],
    ['.pdf', pdf(TEXT), 'a.pdf'],
    [
      '.doc header',
      Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]),
      'a.doc',
    ],
    [
      '.png header',
      Uint8Array.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0,
        1, 0,
      ]),
      'a.png',
    ],
  ] as const)('%s mutated 25 ways', async (_kind, bytes, name) => {
    const rand = prng(name.length * 7919);
    for (let i = 0; i < 25; i++) await expectReadOrRefusal(mutate(bytes, rand), name, `${name} #${i}`);
  });

  it('reads an .odt made of paragraphs', async () => {
    expect((await extractText(odt, 'a.odt')).text).toContain('1. Sở Tư pháp');
  });
});

describe('reading order on random layouts', () => {
  it('keeps every letter of every run, whatever the positions', () => {
    const rand = prng(99);
    const letters =
      'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ';
    for (let round = 0; round < 200; round++) {
      const items: PositionedText[] = [];
      const n = 1 + Math.floor(rand() * 40);
      for (let i = 0; i < n; i++) {
        const length = 1 + Math.floor(rand() * 8);
        const str = Array.from({ length }, () =>
          rand() < 0.2 ? ' ' : letters[Math.floor(rand() * letters.length)],
        ).join('');
        items.push({
          str,
          x: rand() * 500,
          y: Math.floor(rand() * 10) * 14,
          width: rand() * 80,
          size: 5 + rand() * 15,
        });
      }
      const count = (s: string) => [...s.normalize('NFD').replace(/\s+/g, '')].sort().join('');
      const input = count(items.map((i) => i.str).join(''));
      expect(count(pageText(items)), `round ${round}`).toBe(input);
    }
  });
});
