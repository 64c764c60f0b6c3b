import { describe, expect, it } from 'vitest';
import { readingStatus } from './reading-status';

describe('the reading status under the progress bar', () => {
  it('shows the upload, then the page being read of all pages, then the parsing', () => {
    expect(readingStatus(0.42, null)).toEqual({
      percent: 42,
      key: 'app.import.uploading',
      params: { percent: 42 },
    });
    expect(readingStatus(null, { stage: 'ocr', done: 2, total: 20 })).toEqual({
      percent: 10,
      key: 'app.import.reading_page',
      params: { page: 3, total: 20 },
    });
    expect(readingStatus(1, { stage: 'pages', done: 0, total: 3 })).toMatchObject({
      percent: 0,
      params: { page: 1, total: 3 },
    });
    // Every page read (or no pages to count: a Word file): the text is being parsed.
    expect(readingStatus(null, { stage: 'ocr', done: 20, total: 20 })).toEqual({
      percent: null,
      key: 'app.import.reading',
      params: {},
    });
    expect(readingStatus(null, null).key).toBe('app.import.reading');
  });
});
