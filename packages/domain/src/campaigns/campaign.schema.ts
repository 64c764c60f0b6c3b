import { z } from 'zod';
import { ZListQueryOf } from '../common/primitives.js';
import { ZSlug } from '../articles/article.schema.js';

/** A peak outreach period with a key date, official slogans and banner dates; it has a portal landing page. */
export const ZCampaign = z.object({
  id: z.uuid(),
  slug: ZSlug,
  name: z.string().trim().min(3).max(300),
  description: z.string().max(20000).nullable(),
  keyDate: z.iso.date().nullable(),
  startsOn: z.iso.date(),
  endsOn: z.iso.date(),
  slogans: z.array(z.string().trim().min(1).max(500)).max(50),
  planId: z.uuid().nullable(),
  version: z.number().int(),
});
export type Campaign = z.infer<typeof ZCampaign>;

export const ZCampaignCreate = ZCampaign.omit({ id: true, version: true })
  .extend({
    slug: ZSlug.optional(),
    description: ZCampaign.shape.description.optional(),
    keyDate: ZCampaign.shape.keyDate.optional(),
    slogans: ZCampaign.shape.slogans.default([]),
    planId: ZCampaign.shape.planId.optional(),
  })
  .refine((c) => c.startsOn <= c.endsOn, { message: 'Ngày kết thúc phải sau ngày bắt đầu', path: ['endsOn'] });
export type CampaignCreate = z.infer<typeof ZCampaignCreate>;

/** Columns a campaign list may be sorted by. */
export const CAMPAIGN_SORT_KEYS = ['id', 'startsOn', 'name'] as const;
export const ZCampaignListQuery = ZListQueryOf(CAMPAIGN_SORT_KEYS);
