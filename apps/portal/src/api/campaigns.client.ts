import { ZSlug } from '@bcdnq/domain/articles';
import { type PublicCampaign, ZPublicCampaign } from '@bcdnq/domain/campaigns';
import { ZPage } from '@bcdnq/domain/common';
import {
  ApiUnavailableError,
  createGetJson,
  type ApiClientOptions,
  type RequestContext,
} from './api-http.js';

const ZPublicCampaignPage = ZPage(ZPublicCampaign);
export type PublicCampaignPage = { data: PublicCampaign[]; total: number };

/** What the portal needs from `GET /api/public/campaigns[/<slug>]`, checked against the schema. */
export type CampaignsApi = {
  list: (query: { page: number; perPage: number }, context: RequestContext) => Promise<PublicCampaignPage>;
  get: (slug: string, context: RequestContext) => Promise<PublicCampaign | null>;
};

export function createCampaignsApi(options: ApiClientOptions): CampaignsApi {
  const getJson = createGetJson(options);
  return {
    async list(query, context) {
      const url = new URL('/api/public/campaigns', options.baseUrl);
      url.searchParams.set('page', String(query.page));
      url.searchParams.set('perPage', String(Math.min(query.perPage, 50)));
      const parsed = ZPublicCampaignPage.safeParse(await getJson(url, context, false));
      if (!parsed.success)
        throw new ApiUnavailableError(
          `API campaigns answer breaks the contract: ${parsed.error.message}`,
          'contract',
        );
      return parsed.data;
    },
    async get(slug, context) {
      if (!ZSlug.safeParse(slug).success) return null;
      const body = await getJson(
        new URL(`/api/public/campaigns/${encodeURIComponent(slug)}`, options.baseUrl),
        context,
        true,
      );
      if (body === null) return null;
      const parsed = ZPublicCampaign.safeParse(body);
      if (!parsed.success)
        throw new ApiUnavailableError(
          `API campaign answer breaks the contract: ${parsed.error.message}`,
          'contract',
        );
      return parsed.data;
    },
  };
}
