import { ZPublicArticle, ZSlug, type Language, type PublicArticle } from '@bcdnq/domain/articles';
import { ZPage } from '@bcdnq/domain/common';

export const ZPublicArticlePage = ZPage(ZPublicArticle);
export type PublicArticlePage = { data: PublicArticle[]; total: number };

export type ArticleListQuery = {
  page: number;
  perPage: number;
  lang: Language;
  q?: string;
  category?: string;
};

export type RequestContext = { correlationId: string };

/** The API did not answer, answered with an error, or answered outside the contract. */
export class ApiUnavailableError extends Error {
  override readonly name = 'ApiUnavailableError';
  constructor(
    message: string,
    readonly reason: 'network' | 'status' | 'contract',
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** What the portal needs from `GET /api/public/articles[/<slug>]`, with every answer checked against the schema. */
export type ArticlesApi = {
  list: (query: ArticleListQuery, context: RequestContext) => Promise<PublicArticlePage>;
  /** `null` when the API says 404. */
  get: (slug: string, context: RequestContext) => Promise<PublicArticle | null>;
};

export type ArticlesApiOptions = {
  baseUrl: string;
  timeoutMs: number;
  fetch?: typeof fetch;
};

export function createArticlesApi({ baseUrl, timeoutMs, fetch: fetchImpl = fetch }: ArticlesApiOptions): ArticlesApi {
  async function getJson(url: URL, context: RequestContext, allowNotFound: boolean): Promise<unknown> {
    let response: Response;
    try {
      response = await fetchImpl(url, {
        headers: { accept: 'application/json', 'x-correlation-id': context.correlationId },
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new ApiUnavailableError(`API unreachable at ${url.origin}`, 'network', { cause: error });
    }
    if (allowNotFound && response.status === 404) {
      await response.body?.cancel();
      return null;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new ApiUnavailableError(`API answered ${response.status} for ${url.pathname}`, 'status');
    }
    try {
      return await response.json();
    } catch (error) {
      throw new ApiUnavailableError(`API sent invalid JSON for ${url.pathname}`, 'contract', { cause: error });
    }
  }

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
