import type { Language } from '@bcdnq/domain/articles';
import type { RequestContext } from '../api/api-http.js';
import type { ArticlesApi } from '../api/articles.client.js';
import type { DocumentsApi } from '../api/documents.client.js';
import type { PublishedDocument } from '@bcdnq/domain/documents';
import type { ArticleListPage } from './articles.loader.js';
import { PER_PAGE, totalPagesOf, type LoadResult } from './load-result.js';

/** The API caps `q` at 200 characters. */
export const MAX_QUERY_LENGTH = 200;

export type SearchData = {
  lang: Language;
  q: string;
  /** `null` when nothing was asked yet: the page shows only the form. */
  list: ArticleListPage | null;
  /** Published documents matching the words (first page of results only). */
  documents?: PublishedDocument[];
};

/** Drops control characters (a NUL byte among them), trims and collapses whitespace; the API folds diacritics. */
export function normalizeQuery(raw: string | undefined): string {
  return (raw ?? '')
    .replace(/\p{Cc}|\p{Cs}|\uFFFE|\uFFFF/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
    .trim();
}

export async function loadSearch(
  api: ArticlesApi,
  params: { lang: Language; q: string; page: number },
  context: RequestContext,
  documents?: DocumentsApi,
): Promise<LoadResult<SearchData>> {
  if (!params.q) return { status: 'ok', data: { lang: params.lang, q: '', list: null } };
  const [{ data, total }, matchingDocuments] = await Promise.all([
    api.list({ lang: params.lang, q: params.q, page: params.page, perPage: PER_PAGE }, context),
    documents && params.page === 1
      ? documents.list({ page: 1, perPage: 5, q: params.q }, context)
      : Promise.resolve(null),
  ]);
  const totalPages = totalPagesOf(total);
  if (params.page > totalPages) return { status: 'not-found' };
  return {
    status: 'ok',
    data: {
      lang: params.lang,
      q: params.q,
      list: { articles: data, page: params.page, totalPages, total },
      documents: matchingDocuments?.data ?? [],
    },
  };
}
