import { ZPublicArticle, ZSlug, type Language, type PublicArticle } from '@bcdnq/domain/articles';
import { ZPage } from '@bcdnq/domain/common';
import { ApiUnavailableError, createGetJson, type ApiClientOptions, type RequestContext } from './api-http.js';

export const ZPublicArticlePage = ZPage(ZPublicArticle);
export type PublicArticlePage = { data: PublicArticle[]; total: number };

export type ArticleListQuery = {
  page: number;
  perPage: number;
  lang: Language;
  q?: string;
  category?: string;
};

/** What the portal needs from `GET /api/public/articles[/<slug>]`, with every answer checked against the schema. */
export type ArticlesApi = {
  list: (query: ArticleListQuery, context: RequestContext) => Promise<PublicArticlePage>;
  /** `null` when the API says 404. */
  get: (slug: string, context: RequestContext) => Promise<PublicArticle | null>;
};

export type ArticlesApiOptions = ApiClientOptions;

export function createArticlesApi(options: ArticlesApiOptions): ArticlesApi {
  const { baseUrl } = options;
  const getJson = createGetJson(options);

  return {
    async list(query, context) {
      const url = new URL('/api/public/articles', baseUrl);
      url.searchParams.set('page', String(query.page));
      url.searchParams.set('perPage', String(query.perPage));
      url.searchParams.set('lang', query.lang);
      if (query.q) url.searchParams.set('q', query.q);
      if (query.category) url.searchParams.set('category', query.category);
      const body = await getJson(url, context, false);
      const parsed = ZPublicArticlePage.safeParse(body);
      if (!parsed.success) {
        throw new ApiUnavailableError(`API list answer breaks the contract: ${parsed.error.message}`, 'contract');
      }
      return parsed.data;
    },

    async get(slug, context) {
      // A slug that cannot exist never reaches the API (and never shapes its URL).
      if (!ZSlug.safeParse(slug).success) return null;
      const url = new URL(`/api/public/articles/${encodeURIComponent(slug)}`, baseUrl);
      const body = await getJson(url, context, true);
      if (body === null) return null;
      const parsed = ZPublicArticle.safeParse(body);
      if (!parsed.success) {
        throw new ApiUnavailableError(`API article answer breaks the contract: ${parsed.error.message}`, 'contract');
      }
      return parsed.data;
    },
  };
}
