import { ZPage } from '@bcdnq/domain/common';
import { ZPublishedDocument, type PublishedDocument } from '@bcdnq/domain/documents';
import { ApiUnavailableError, createGetJson, type ApiClientOptions, type RequestContext } from './api-http.js';

export const ZPublishedDocumentPage = ZPage(ZPublishedDocument);
export type PublishedDocumentPage = { data: PublishedDocument[]; total: number };

/** The API caps `perPage` of `GET /api/public/documents` at 50. */
export const MAX_DOCUMENTS_PER_PAGE = 50;

export type DocumentListQuery = { page: number; perPage: number };

/** What the portal needs from `GET /api/public/documents`, with every answer checked against the schema. */
export type DocumentsApi = {
  list: (query: DocumentListQuery, context: RequestContext) => Promise<PublishedDocumentPage>;
};

export function createDocumentsApi(options: ApiClientOptions): DocumentsApi {
  const getJson = createGetJson(options);
  return {
    async list(query, context) {
      const url = new URL('/api/public/documents', options.baseUrl);
      url.searchParams.set('page', String(query.page));
      url.searchParams.set('perPage', String(Math.min(query.perPage, MAX_DOCUMENTS_PER_PAGE)));
      const body = await getJson(url, context, false);
      const parsed = ZPublishedDocumentPage.safeParse(body);
      if (!parsed.success) {
        throw new ApiUnavailableError(`API documents answer breaks the contract: ${parsed.error.message}`, 'contract');
      }
      return parsed.data;
    },
  };
}
