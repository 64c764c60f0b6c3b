import { describe, expect, it } from 'vitest';
import { highlightSegments, snippetOf } from './source-highlight';

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
