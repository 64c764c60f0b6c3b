import { describe, expect, it } from 'vitest';
import { exactMatchPattern, excerptAround, highlightParts, queryWords } from './highlight.js';
import { htmlToText } from './article-html.js';

const marked = (text: string, q: string) =>
  highlightParts(text, q)
    .filter((p) => p.match)
    .map((p) => p.text);

describe('search highlighting', () => {
  it('marks whole words regardless of diacritics and case', () => {
    expect(marked('Bảo đảm Nhân quyền ở cơ sở', 'nhan QUYEN')).toEqual(['Nhân quyền']);
    expect(marked('Đấu tranh phản bác', 'dau tranh')).toEqual(['Đấu tranh']);
  });

  it('never marks inside a word', () => {
    expect(marked('Công an tỉnh an toàn', 'an')).toEqual(['an', 'an']);
    expect(marked('toàn dân', 'an')).toEqual([]);
  });

  it('keeps the text whole: the parts join back to the original', () => {
    const text = 'Kỷ niệm 75 năm Ngày Nhân quyền thế giới';
    expect(
      highlightParts(text, 'nhân quyền 75')
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
  });

  it('folds and de-duplicates the query words, ignoring punctuation and odd characters', () => {
    expect(queryWords('  Nhân-quyền  nhân \u0000 <script>')).toEqual(['nhan', 'quyen', 'script']);
  });

  it('cuts a long text around the first match', () => {
    const text = `${'Lorem ipsum dolor '.repeat(40)}Ngày Nhân quyền thế giới ${'sit amet '.repeat(40)}`;
    const excerpt = excerptAround(text, 'nhan quyen', 120);
    expect(excerpt).toContain('Nhân quyền');
    expect(excerpt.length).toBeLessThan(130);
  });
});

describe('htmlToText', () => {
  it('keeps the words and drops the markup', () => {
    expect(htmlToText('<p>Một &amp; hai</p><p>ba<br>bốn</p>')).toBe('Một & hai\nba\nbốn');
  });
});

describe('the exact-match pattern (read by PostgreSQL, whose regular expressions agree with these)', () => {
  const finds = (query: string, text: string) =>
    new RegExp(exactMatchPattern(query)).test(text.toLowerCase());

  it('finds the query as typed, accents kept, as whole words', () => {
    expect(finds('An toàn', 'Bảo đảm an toàn giao thông')).toBe(true);
    expect(finds('công an', 'Công an tỉnh')).toBe(true);
    expect(finds('an', 'an')).toBe(true);
  });

  it('finds nothing inside a word, nor without the accents typed', () => {
    expect(finds('an', 'Thanh niên')).toBe(false);
    expect(finds('an', 'toàn dân')).toBe(false);
    expect(finds('an', 'đan')).toBe(false);
    expect(finds('an toan', 'an toàn')).toBe(false);
  });

  it('reads every other character as itself', () => {
    expect(finds('(((', 'a ((( b')).toBe(true);
    expect(finds('a.b', 'axb')).toBe(false);
    expect(finds('[x]|y', 'y')).toBe(false);
  });
});
