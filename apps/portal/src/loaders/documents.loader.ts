import type { Language } from '@bcdnq/domain/articles';
import type { PublishedDocument, PublishedDocumentDetail } from '@bcdnq/domain/documents';
import type { RequestContext } from '../api/api-http.js';
import type { DocumentsApi } from '../api/documents.client.js';
import { totalPagesOf, type LoadResult } from './load-result.js';

/** Documents per page: a table row is short, and 20 is also the API's default page. */
export const DOCUMENTS_PER_PAGE = 20;

export type DocumentsData = {
  lang: Language;
  documents: PublishedDocument[];
  page: number;
  totalPages: number;
  total: number;
};

/** One page of the published documents, newest issued first (the API's order); the same list in both languages. */
export async function loadDocuments(
  api: DocumentsApi,
  params: { lang: Language; page: number },
  context: RequestContext,
): Promise<LoadResult<DocumentsData>> {
  const { data, total } = await api.list({ page: params.page, perPage: DOCUMENTS_PER_PAGE }, context);
  const totalPages = totalPagesOf(total, DOCUMENTS_PER_PAGE);
  // Past the last page there is nothing to show; page 1 of an empty list is the empty state, not a 404.
  if (params.page > totalPages) return { status: 'not-found' };
  return { status: 'ok', data: { lang: params.lang, documents: data, page: params.page, totalPages, total } };
}

export type DocumentData = { lang: Language; document: PublishedDocumentDetail };

/** One published document with the plan's text. */
export async function loadDocument(
  api: DocumentsApi,
  params: { lang: Language; slug: string },
  context: RequestContext,
): Promise<LoadResult<DocumentData>> {
  const document = await api.get(params.slug, context);
  if (!document) return { status: 'not-found' };
  return { status: 'ok', data: { lang: params.lang, document } };
}
