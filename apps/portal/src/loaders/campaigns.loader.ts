import type { Language, PublicArticle } from '@bcdnq/domain/articles';
import type { PublicCampaign } from '@bcdnq/domain/campaigns';
import type { RequestContext } from '../api/api-http.js';
import type { ArticlesApi } from '../api/articles.client.js';
import type { CampaignsApi } from '../api/campaigns.client.js';
import { PER_PAGE, totalPagesOf, type LoadResult } from './load-result.js';

export type CampaignsData = { lang: Language; campaigns: PublicCampaign[]; page: number; totalPages: number };
export type CampaignData = {
  lang: Language;
  campaign: PublicCampaign;
  articles: PublicArticle[];
  page: number;
  totalPages: number;
};

const CAMPAIGNS_PER_PAGE = 20;

/** The campaigns, running ones first (the API's order). */
export async function loadCampaigns(
  api: CampaignsApi,
  params: { lang: Language; page: number },
  context: RequestContext,
): Promise<LoadResult<CampaignsData>> {
  const { data, total } = await api.list({ page: params.page, perPage: CAMPAIGNS_PER_PAGE }, context);
  const totalPages = totalPagesOf(total, CAMPAIGNS_PER_PAGE);
  if (params.page > totalPages) return { status: 'not-found' };
  return { status: 'ok', data: { lang: params.lang, campaigns: data, page: params.page, totalPages } };
}

/** One campaign with its slogans and its published articles in the page's language. */
export async function loadCampaign(
  campaigns: CampaignsApi,
  articles: ArticlesApi,
  params: { lang: Language; slug: string; page: number },
  context: RequestContext,
): Promise<LoadResult<CampaignData>> {
  const campaign = await campaigns.get(params.slug, context);
  if (!campaign) return { status: 'not-found' };
  const { data, total } = await articles.list(
    { lang: params.lang, campaign: campaign.slug, page: params.page, perPage: PER_PAGE },
    context,
  );
  const totalPages = totalPagesOf(total);
  if (params.page > totalPages) return { status: 'not-found' };
  return {
    status: 'ok',
    data: { lang: params.lang, campaign, articles: data, page: params.page, totalPages },
  };
}
