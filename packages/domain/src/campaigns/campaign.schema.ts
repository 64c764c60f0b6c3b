import { z } from 'zod';
import { ZListQuery, ZListQueryOf } from '../common/primitives.js';
import { ZSlug } from '../articles/article.schema.js';

const campaignFields = {
  slug: ZSlug,
  name: z.string().trim().min(3, 'Tên đợt tuyên truyền cần ít nhất 3 ký tự').max(300),
  /** The landing text of the campaign's portal page (plain paragraphs). */
  description: z.string().max(20000).nullable(),
  /** The name and landing text on the English pages; without them, English pages show the Vietnamese ones. */
  nameEn: z.string().trim().max(300).nullable(),
  descriptionEn: z.string().max(20000).nullable(),
  keyDate: z.iso.date().nullable(),
  startsOn: z.iso.date(),
  endsOn: z.iso.date(),
  /** The official slogans, word for word as issued. */
  slogans: z.array(z.string().trim().min(1).max(500)).max(50),
  /** When banners and slogans hang in public (e.g. 30/11/2023 – 30/12/2023). */
  bannerFrom: z.iso.date().nullable(),
  bannerTo: z.iso.date().nullable(),
  planId: z.uuid().nullable(),
  /** The plan's tasks this campaign carries out. */
  taskIds: z.array(z.uuid()).max(200),
};

/** A peak outreach period with a key date, official slogans and banner dates; it has a portal landing page. */
export const ZCampaign = z.object({ id: z.uuid(), ...campaignFields, version: z.number().int() });
export type Campaign = z.infer<typeof ZCampaign>;

const periodOk = (c: { startsOn?: string; endsOn?: string }) =>
  !c.startsOn || !c.endsOn || c.startsOn <= c.endsOn;
const bannerOk = (c: { bannerFrom?: string | null; bannerTo?: string | null }) =>
  !c.bannerFrom || !c.bannerTo || c.bannerFrom <= c.bannerTo;
const PERIOD = { message: 'Ngày kết thúc phải sau ngày bắt đầu', path: ['endsOn'] };
const BANNER = { message: 'Ngày hạ băng rôn phải sau ngày treo', path: ['bannerTo'] };

export const ZCampaignCreate = z
  .object({
    ...campaignFields,
    slug: ZSlug.optional(),
    description: campaignFields.description.optional(),
    nameEn: campaignFields.nameEn.optional(),
    descriptionEn: campaignFields.descriptionEn.optional(),
    keyDate: campaignFields.keyDate.optional(),
    slogans: campaignFields.slogans.default([]),
    bannerFrom: campaignFields.bannerFrom.optional(),
    bannerTo: campaignFields.bannerTo.optional(),
    planId: campaignFields.planId.optional(),
    taskIds: campaignFields.taskIds.default([]),
  })
  .refine(periodOk, PERIOD)
  .refine(bannerOk, BANNER);
export type CampaignCreate = z.infer<typeof ZCampaignCreate>;

export const ZCampaignUpdate = z
  .object(campaignFields)
  .partial()
  .extend({ version: z.number().int().min(1) })
  .refine(periodOk, PERIOD)
  .refine(bannerOk, BANNER);
export type CampaignUpdate = z.infer<typeof ZCampaignUpdate>;

/** What the portal shows of a campaign. */
export const ZPublicCampaign = ZCampaign.pick({
  slug: true,
  name: true,
  description: true,
  nameEn: true,
  descriptionEn: true,
  keyDate: true,
  startsOn: true,
  endsOn: true,
  slogans: true,
  bannerFrom: true,
  bannerTo: true,
}).extend({ running: z.boolean() });
export type PublicCampaign = z.infer<typeof ZPublicCampaign>;

/**
 * A campaign's name and landing text for a page in `lang`, each with the language it is written in: English pages
 * take the English ones where the newsroom wrote them, else the Vietnamese (marked so for screen readers).
 */
export function campaignText(
  campaign: Pick<PublicCampaign, 'name' | 'description' | 'nameEn' | 'descriptionEn'>,
  lang: 'vi' | 'en',
): { name: string; nameLang: 'vi' | 'en'; description: string | null; descriptionLang: 'vi' | 'en' } {
  const english = lang === 'en';
  const name = english && campaign.nameEn ? campaign.nameEn : campaign.name;
  const description = english && campaign.descriptionEn ? campaign.descriptionEn : campaign.description;
  return {
    name,
    nameLang: english && campaign.nameEn ? 'en' : 'vi',
    description,
    descriptionLang: english && campaign.descriptionEn ? 'en' : 'vi',
  };
}

/** True while the campaign's period includes the day (yyyy-mm-dd, Việt Nam time). */
export function isCampaignRunning(campaign: { startsOn: string; endsOn: string }, today: string): boolean {
  return campaign.startsOn <= today && today <= campaign.endsOn;
}

/** Columns a campaign list may be sorted by. */
export const CAMPAIGN_SORT_KEYS = ['id', 'startsOn', 'name'] as const;
export const ZCampaignListQuery = ZListQueryOf(CAMPAIGN_SORT_KEYS);

/** The portal's list of campaigns: a page at a time. */
export const ZPublicCampaignListQuery = ZListQuery.pick({ page: true }).extend({
  perPage: z.coerce.number().int().min(1).max(50).default(20),
});
export type PublicCampaignListQuery = z.infer<typeof ZPublicCampaignListQuery>;
