import type { Language } from '@bcdnq/domain/articles';
import type { RequestContext } from '../api/api-http.js';
import type { ArticlesApi } from '../api/articles.client.js';
import type { ArticleListPage } from './articles.loader.js';
import { PER_PAGE, totalPagesOf, type LoadResult } from './load-result.js';

/** The API caps `q` at 200 characters. */
export const MAX_QUERY_LENGTH = 200;

export type SearchData = {
  lang: Language;
  q: string;
  /** `null` when nothing was asked yet: the page shows only the form. */
  list: ArticleListPage | null;
};

/** Trims and collapses whitespace; the API does the diacritics folding. */
export function normalizeQuery(raw: string | undefined): string {
  return (raw ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}

export async function loadSearch(
  api: ArticlesApi,
  params: { lang: Language; q: string; page: number },
  context: RequestContext,
): Promise<LoadResult<SearchData>> {
  if (!params.q) return { status: 'ok', data: { lang: params.lang, q: '', list: null } };
  const { data, total } = await api.list(
    { lang: params.lang, q: params.q, page: params.page, perPage: PER_PAGE },
    context,
  );
  const totalPages = totalPagesOf(total);
  if (params.page > totalPages) return { status: 'not-found' };
  return {
    status: 'ok',
    data: { lang: params.lang, q: params.q, list: { articles: data, page: params.page, totalPages, total } },
  };
}
