import { LANGUAGES, type PublicArticle } from '@bcdnq/domain/articles';
import type { PublicCampaign } from '@bcdnq/domain/campaigns';
import type { PublishedDocument } from '@bcdnq/domain/documents';
import type { RequestContext } from '../api/api-http.js';
import type { ArticlesApi } from '../api/articles.client.js';
import type { CampaignsApi } from '../api/campaigns.client.js';
import type { DocumentsApi } from '../api/documents.client.js';

export type SitemapData = {
  articles: PublicArticle[];
  campaigns: PublicCampaign[];
  documents: PublishedDocument[];
};

/** The newest articles per language listed in the sitemap (search engines find older ones through the pages). */
export const SITEMAP_ARTICLES_PER_LANGUAGE = 1000;

async function allPages<T>(
  fetchPage: (page: number) => Promise<{ data: T[]; total: number }>,
  limit: number,
  perPage: number,
): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; items.length < limit; page += 1) {
    const { data, total } = await fetchPage(page);
    items.push(...data);
    if (data.length < perPage || items.length >= total) break;
  }
  return items.slice(0, limit);
}

/** Everything public: articles of both languages, campaigns and documents, with their last change. */
export async function loadSitemap(
  api: ArticlesApi,
  campaigns: CampaignsApi,
  documents: DocumentsApi,
  context: RequestContext,
): Promise<SitemapData> {
  const [articleLists, campaignList, documentList] = await Promise.all([
    Promise.all(
      LANGUAGES.map((lang) =>
        allPages((page) => api.list({ lang, page, perPage: 50 }, context), SITEMAP_ARTICLES_PER_LANGUAGE, 50),
      ),
    ),
    allPages((page) => campaigns.list({ page, perPage: 50 }, context), 500, 50),
    allPages((page) => documents.list({ page, perPage: 50 }, context), 2000, 50),
  ]);
  return { articles: articleLists.flat(), campaigns: campaignList, documents: documentList };
}
