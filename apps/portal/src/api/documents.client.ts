import { ZPage } from '@bcdnq/domain/common';
import { ZSlug } from '@bcdnq/domain/articles';
import {
  ZPublishedDocument,
  ZPublishedDocumentDetail,
  type PublishedDocument,
  type PublishedDocumentDetail,
} from '@bcdnq/domain/documents';
import {
  ApiUnavailableError,
  createGetJson,
  type ApiClientOptions,
  type RequestContext,
} from './api-http.js';

export const ZPublishedDocumentPage = ZPage(ZPublishedDocument);
export type PublishedDocumentPage = { data: PublishedDocument[]; total: number };

/** The API caps `perPage` of `GET /api/public/documents` at 50. */
export const MAX_DOCUMENTS_PER_PAGE = 50;

export type DocumentListQuery = { page: number; perPage: number; q?: string };

/** What the portal needs from `GET /api/public/documents`, with every answer checked against the schema. */
export type DocumentsApi = {
  list: (query: DocumentListQuery, context: RequestContext) => Promise<PublishedDocumentPage>;
  /** One document with the plan's text; `null` when the API says 404. */
  get: (slug: string, context: RequestContext) => Promise<PublishedDocumentDetail | null>;
};

export function createDocumentsApi(options: ApiClientOptions): DocumentsApi {
  const getJson = createGetJson(options);
  return {
    async list(query, context) {
      const url = new URL('/api/public/documents', options.baseUrl);
      url.searchParams.set('page', String(query.page));
      url.searchParams.set('perPage', String(Math.min(query.perPage, MAX_DOCUMENTS_PER_PAGE)));
      if (query.q) url.searchParams.set('q', query.q);
      const body = await getJson(url, context, false);
      const parsed = ZPublishedDocumentPage.safeParse(body);
      if (!parsed.success) {
        throw new ApiUnavailableError(
          `API documents answer breaks the contract: ${parsed.error.message}`,
          'contract',
        );
      }
      return parsed.data;
    },
    async get(slug, context) {
      if (!ZSlug.safeParse(slug).success) return null;
      const body = await getJson(
        new URL(`/api/public/documents/${encodeURIComponent(slug)}`, options.baseUrl),
        context,
        true,
      );
      if (body === null) return null;
      const parsed = ZPublishedDocumentDetail.safeParse(body);
      if (!parsed.success)
        throw new ApiUnavailableError(
          `API document answer breaks the contract: ${parsed.error.message}`,
          'contract',
        );
      return parsed.data;
    },
  };
}
