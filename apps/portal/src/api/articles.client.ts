import { ZPublicArticle, ZSlug, type Language, type PublicArticle } from '@bcdnq/domain/articles';
import { ZPage } from '@bcdnq/domain/common';
import {
  ApiUnavailableError,
  createGetJson,
  type ApiClientOptions,
  type RequestContext,
} from './api-http.js';

export const ZPublicArticlePage = ZPage(ZPublicArticle);
export type PublicArticlePage = { data: PublicArticle[]; total: number };

export type ArticleListQuery = {
  page: number;
  perPage: number;
  lang: Language;
  q?: string;
  category?: string;
  /** A campaign's articles, by its slug. */
  campaign?: string;
  /** Leaves one article out (related articles). */
  exclude?: string;
};

/** What the portal needs from `GET /api/public/articles[/<slug>]`, with every answer checked against the schema. */
export type ArticlesApi = {
  list: (query: ArticleListQuery, context: RequestContext) => Promise<PublicArticlePage>;
  /** `null` when the API says 404. */
  get: (slug: string, context: RequestContext) => Promise<PublicArticle | null>;
  /** Any article as staff see it before publication; the reader's session cookie is passed on, nothing is cached. */
  preview: (id: string, cookie: string, context: RequestContext) => Promise<PublicArticle | null>;
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
      if (query.campaign) url.searchParams.set('campaign', query.campaign);
      if (query.exclude) url.searchParams.set('exclude', query.exclude);
      const body = await getJson(url, context, false);
      const parsed = ZPublicArticlePage.safeParse(body);
      if (!parsed.success) {
        throw new ApiUnavailableError(
          `API list answer breaks the contract: ${parsed.error.message}`,
          'contract',
        );
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
        throw new ApiUnavailableError(
          `API article answer breaks the contract: ${parsed.error.message}`,
          'contract',
        );
      }
      return parsed.data;
    },

    async preview(id, cookie, context) {
      if (!/^[0-9a-f-]{36}$/.test(id)) return null;
      const url = new URL(`/api/articles/${id}/preview`, baseUrl);
      let response: Response;
      try {
        response = await (options.fetch ?? fetch)(url, {
          headers: { accept: 'application/json', cookie, 'x-correlation-id': context.correlationId },
          signal: AbortSignal.timeout(options.timeoutMs),
        });
      } catch (error) {
        throw new ApiUnavailableError(`API unreachable at ${url.origin}`, 'network', { cause: error });
      }
      // Not signed in, not allowed or not there: the reader sees the 404 page, never a hint of what exists.
      if (response.status === 401 || response.status === 403 || response.status === 404) {
        await response.body?.cancel();
        return null;
      }
      if (!response.ok)
        throw new ApiUnavailableError(`API answered ${response.status} for a preview`, 'status');
      const parsed = ZPublicArticle.safeParse(await response.json());
      if (!parsed.success)
        throw new ApiUnavailableError('API preview answer breaks the contract', 'contract');
      return parsed.data;
    },
  };
}
