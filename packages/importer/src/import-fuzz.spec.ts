import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importDocument } from './import-document.js';
import { ZImportResult } from '@bcdnq/domain/import';

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

// The real documents shipped with the repository (fixtures/seeds at its root).
const SEEDS = process.env.BCDNQ_SEEDS || fileURLToPath(new URL('../../../fixtures/seeds', import.meta.url));
const seedTexts = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(path.join(SEEDS, f), 'utf8'));

// Pieces real documents are made of, so random text hits the parser's paths and not only its first check.
const PIECES = [
  'KẾ HOẠCH',
  'I. MỤC ĐÍCH, YÊU CẦU',
  'III. PHÂN CÔNG NHIỆM VỤ',
  'IV. TỔ CHỨC THỰC HIỆN',
  '1. Sở Tư pháp',
  '10. Đề nghị Ban Tuyên giáo Tỉnh ủy',
  '(Sở Tư pháp, Sở Nội vụ chủ trì, phối hợp với Công an tỉnh thực hiện).',
  '(*Đề nghị',
  'chủ trì*)',
  '**',
  'Số: 63 /KH-UBND',
  'Số: /KH-BCĐNQ',
  'Sơn La, ngày 05 tháng 3 năm 2019',
  'ngày    tháng 5 năm 2023',
  'trước ngày 20/3/2019',
  'từ ngày 30/11/2023 đến hết ngày 30/12/2023',
  'trước ngày 15 hàng tháng',
  '(qua Công an tỉnh)',
  'Chỉ thị số 44-CT/TW ngày 20.7.2010 của Ban Bí thư',
  'Nơi nhận:',
  '- Lưu: VT.',
  'TM. ỦY BAN NHÂN DÂN',
  'KT. CHỦ TỊCH',
  'Nguyễn Văn A',
  '(CATBG) -',
  '30/06/2020 17:00',
  'hơn 159 lượt tin, bài',
  '- ',
  '+ ',
  '• ',
  'a) ',
  '(',
  ')',
  '((',
  '))',
  '/',
  '.',
  ';',
  ':',
  ',',
  './.',
  '[...]',
  '\n',
  '\n\n',
  '   ',
  'đ',
  'Đ',
  'ư',
  'ơ',
  '\u0301',
  '\u00a0',
  '\t',
  '\r',
  '\u0000',
  '\ufffd',
  '…',
  '“',
  '”',
  '&',
  '0',
  '9',
  '31/2/2024',
  '99/99/9999',
  'phối hợp với',
  'Cơ quan chủ trì:',
  'hằng năm',
  '6 tháng',
  // Reports: titles, numbers, periods, headings and figures in their Vietnamese forms.
  'BÁO CÁO',
  'Số: 86 /BC-SNV',
  'quý III năm 2023',
  '9 tháng đầu năm',
  'tháng 5/2024',
  'từ ngày 15/12/2022 đến ngày 14/6/2023',
  'II. KẾT QUẢ THỰC HIỆN',
  'III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN',
  'V. ĐỀ XUẤT, KIẾN NGHỊ',
  'đã giải quyết 07/09 đơn',
  '2.150 lượt người',
  'hơn 120 tin, bài',
  'đón tiếp 06 đoàn khách',
  'cấp 14 thị thực',
  '95%',
  'KT. GIÁM ĐỐC',
  'Nơi nhận: KT. GIÁM ĐỐC',
  'qu ả',
  'v ới',
  'đ ạo',
];

function randomDocument(rand: () => number): string {
  const n = Math.floor(rand() * 200);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    if (rand() < 0.7) out.push(PIECES[Math.floor(rand() * PIECES.length)] ?? '');
    else out.push(String.fromCharCode(Math.floor(rand() * 0x2000)));
  }
  return out.join(rand() < 0.5 ? ' ' : '');
}

function mutate(text: string, rand: () => number): string {
  const chars = [...text];
  const edits = 1 + Math.floor(rand() * 40);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(rand() * (chars.length + 1));
    const op = rand();
    if (op < 0.33) chars.splice(at, 1);
    else if (op < 0.66) chars.splice(at, 0, PIECES[Math.floor(rand() * PIECES.length)] ?? '');
    else chars[at] = String.fromCharCode(Math.floor(rand() * 0x300));
  }
  return chars.join('');
}

function shuffleLines(text: string, rand: () => number): string {
  const lines = text.split('\n');
  for (let i = lines.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
  }
  return lines.join('\n');
}

/** The contract holds AND the importer got there on its own: no exception, no contract violation caught. */
function expectClean(text: string, label: string): void {
  const result = importDocument(text);
  const parsed = ZImportResult.safeParse(result);
  expect(parsed.success, `${label}: ${parsed.success ? '' : parsed.error.message}`).toBe(true);
  const failures = result.warnings.filter(
    (w) => w.includes('(the importer failed on this text)') || w.includes('(the reading broke the contract)'),
  );
  expect(failures, label).toEqual([]);
}

// Hundreds of full parses per test: generous time, because CI runs every package's tests at once on two cores.
describe('importDocument on hostile input', { timeout: 120_000 }, () => {
  it('survives random documents built from real pieces (seeds 1–300)', () => {
    for (let seed = 1; seed <= 300; seed++) expectClean(randomDocument(prng(seed)), `random #${seed}`);
  });

  it('survives every seed truncated at 60 random points', () => {
    const rand = prng(42);
    for (const text of seedTexts) {
      for (let i = 0; i < 60; i++) {
        const cut = Math.floor(rand() * text.length);
        expectClean(text.slice(0, cut), `truncated at ${cut}`);
        expectClean(text.slice(cut), `tail from ${cut}`);
      }
    }
  });

  it('survives shuffled lines', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const rand = prng(seed);
      for (const text of seedTexts) {
        const shuffled = shuffleLines(text, rand);
        expectClean(shuffled, `shuffled #${seed}`);
      }
    }
  });

  it('survives mutated seeds (deleted, inserted and replaced characters)', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const rand = prng(1000 + seed);
      for (const text of seedTexts) expectClean(mutate(text, rand), `mutated #${seed}`);
    }
  });

  it.each([
    [
      'deep parentheses',
      `KẾ HOẠCH\nIII. PHÂN CÔNG\n1. ${'('.repeat(50_000)}Sở Tư pháp chủ trì${')'.repeat(50_000)}`,
    ],
    ['one enormous line', `KẾ HOẠCH ${'Sở Tư pháp, '.repeat(20_000)}`],
    ['thousands of markers', '1. \n- \n+ \na) \nI. \n'.repeat(5_000)],
    ['dates everywhere', 'ngày 1/1/2020 trước ngày 2/2/2020 từ ngày 3/3/2020 đến ngày '.repeat(5_000)],
    ['digits and slashes', '1/'.repeat(50_000)],
    ['unclosed emphasis', `**KẾ HOẠCH\n${'*('.repeat(30_000)}`],
    ['a lone surrogate', `KẾ HOẠCH \ud800 Số: 1/KH-UBND \udfff`],
    [
      'thousands of citations',
      `KẾ HOẠCH\nCăn cứ ${'Chỉ thị số 1/CT-TTg ngày 1/1/2020 của Thủ tướng Chính phủ, '.repeat(5_000)}`,
    ],
    [
      'thousands of duties',
      `KẾ HOẠCH\nIII. PHÂN CÔNG\n${'1. Sở Tư pháp\n- Rà soát văn bản (Công an tỉnh chủ trì).\n'.repeat(5_000)}`,
    ],
    ['only combining marks', '\u0301\u0300\u0303'.repeat(10_000)],
    [
      'a report of thousands of figures',
      `BÁO CÁO\nSố: 1/BC-UBND\nI. KẾT QUẢ\n${'Tổ chức 05 hội nghị cho 1.250 lượt người; giải quyết 07/09 đơn; cấp 14 thị thực. '.repeat(3_000)}`,
    ],
    [
      'a report of only headings',
      `BÁO CÁO\n${'I. TÌNH HÌNH\nII. KẾT QUẢ\nIII. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN\n1. Nguyên nhân\n'.repeat(2_000)}`,
    ],
  ])('finishes on %s without breaking the contract', (_name, text) => {
    expectClean(text, _name);
  });

  it('is deterministic', () => {
    for (const text of seedTexts) expect(importDocument(text)).toEqual(importDocument(text));
  });
});
