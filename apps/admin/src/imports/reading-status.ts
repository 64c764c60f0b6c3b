import type { ImportJobProgress } from '@bcdnq/domain/import';

/** The bar's value and words: upload percent, then pages read, then the parsing of what was read. */
export function readingStatus(
  progress: number | null,
  pages: ImportJobProgress | null,
): { percent: number | null; key: string; params: Record<string, number> } {
  if (progress !== null && progress < 1) {
    const percent = Math.round(progress * 100);
    return { percent, key: 'app.import.uploading', params: { percent } };
  }
  if (pages && pages.total > 0 && pages.done < pages.total)
    return {
      percent: Math.round((pages.done / pages.total) * 100),
      key: 'app.import.reading_page',
      params: { page: pages.done + 1, total: pages.total },
    };
  return { percent: null, key: 'app.import.reading', params: {} };
}
