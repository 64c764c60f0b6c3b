import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isVietnameseSyllable, rejoinSplitSyllables } from './vietnamese-syllable.js';

const SEEDS = process.env.BCDNQ_SEEDS || fileURLToPath(new URL('../../../fixtures/seeds', import.meta.url));
const seedText = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(path.join(SEEDS, f), 'utf8'))
  .join('\n');

describe('Vietnamese syllable structure', () => {
  it.each(['quyền', 'nghiêng', 'khuya', 'hoạch', 'Nguyễn', 'ĐẢNG', 'ơi', 'gì', 'xoong', 'tuyết', 'thuở'])(
    '"%s" is a syllable',
    (w) => {
      expect(isVietnameseSyllable(w)).toBe(true);
    },
  );

  it.each(['qu', 'v', 'đ', 'nh', 'tổnthương', 'nhàở', 'bịtổn', 'UBND', 'điăn', 'hiệuqu'])(
    '"%s" is not',
    (w) => {
      expect(isVietnameseSyllable(w)).toBe(false);
    },
  );

  it('re-joins what text layers split: "hiệu qu ả v ới", "Ban Chỉ đ ạo", "nhân quy ền"', () => {
    expect(rejoinSplitSyllables('thực hiện có hiệu qu ả v ới các ngành')).toBe(
      'thực hiện có hiệu quả với các ngành',
    );
    expect(rejoinSplitSyllables('Ban Chỉ đ ạo nhân quy ền tỉnh')).toBe('Ban Chỉ đạo nhân quyền tỉnh');
    expect(rejoinSplitSyllables('MỤ C ĐÍCH, YÊU C ẦU')).toBe('MỤC ĐÍCH, YÊU CẦU');
  });

  it('leaves every word boundary of the seed documents alone', () => {
    // Real text with no split syllables: not one pair of its words may be joined.
    expect(rejoinSplitSyllables(seedText)).toBe(seedText);
  });
});
