import { describe, expect, it } from 'vitest';
import { highlightSegments, snippetOf, unsureRanges } from './source-highlight';

describe('source text highlights', () => {
  it('marks every occurrence of unknown agencies and the focused duty, across line breaks', () => {
    const source =
      'Giao Ban Quản lý\nkhu công nghiệp chủ trì. Số: 25/KH-UBND. Ban Quản lý khu công nghiệp phối hợp.';
    const segments = highlightSegments(source, [
      { term: 'Ban Quản lý khu công nghiệp', mark: 'unknown' },
      { term: '25/KH-UBND', mark: 'number' },
    ]);
    expect(segments.filter((s) => s.mark).map((s) => [s.mark, s.text])).toEqual([
      ['unknown', 'Ban Quản lý\nkhu công nghiệp'],
      ['number', '25/KH-UBND'],
      ['unknown', 'Ban Quản lý khu công nghiệp'],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(source);
  });

  it('leaves the text alone without terms, and ignores terms too short to mean anything', () => {
    expect(highlightSegments('abc', [])).toEqual([{ text: 'abc', mark: null }]);
    expect(highlightSegments('a.b', [{ term: '.', mark: 'focus' }])).toEqual([{ text: 'a.b', mark: null }]);
    expect(snippetOf('Nắm chắc  tình hình,\nchủ động và kịp thời dự báo âm mưu', 4)).toBe(
      'Nắm chắc tình hình,',
    );
  });
});

describe('words OCR was unsure of', () => {
  const source = 'Sở Tư phảp tổ chức 05 hội nghị.\nBan Quản lý khu công nghiệp phối hợp.';
  const at = (word: string) => source.indexOf(word);

  it('marks each by its place with its confidence as the title, the rest of the text untouched', () => {
    const segments = highlightSegments(
      source,
      [{ term: 'Ban Quản lý khu công nghiệp', mark: 'unknown' }],
      [
        { offset: at('phảp'), length: 4, title: 'Độ tin cậy thấp (41%)', page: 1 },
        // Inside a marked agency name: the unsure word still shows, the name around it stays marked.
        { offset: at('khu'), length: 3, title: 'Độ tin cậy thấp (12%)', page: 2 },
      ],
    );
    expect(segments.map((s) => s.text).join('')).toBe(source);
    expect(
      segments.filter((s) => s.mark).map((s) => [s.mark, s.text, s.title ?? null, s.page ?? null]),
    ).toEqual([
      ['unsure', 'phảp', 'Độ tin cậy thấp (41%)', 1],
      ['unknown', 'Ban Quản lý ', null, null],
      ['unsure', 'khu', 'Độ tin cậy thấp (12%)', 2],
      ['unknown', ' công nghiệp', null, null],
    ]);
  });

  it('ignores a place outside the text, an empty one, and one overlapping another', () => {
    const segments = highlightSegments(
      source,
      [],
      [
        { offset: at('hội'), length: 3, title: 'a' },
        { offset: at('hội') + 1, length: 5, title: 'overlap' },
        { offset: source.length - 2, length: 10, title: 'outside' },
        { offset: 0, length: 0, title: 'empty' },
      ],
    );
    expect(segments.filter((s) => s.mark).map((s) => s.title)).toEqual(['a']);
    expect(segments.map((s) => s.text).join('')).toBe(source);
  });
});

describe('unsureRanges', () => {
  it('titles each word with its confidence and keeps its page', () => {
    expect(
      unsureRanges(
        [{ page: 3, offset: 10, length: 4, word: 'phảp', confidence: 41.7 }],
        (p) => `Độ tin cậy thấp (${p}%)`,
      ),
    ).toEqual([{ offset: 10, length: 4, title: 'Độ tin cậy thấp (41%)', page: 3 }]);
  });
});
