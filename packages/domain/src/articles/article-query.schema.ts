import { z } from 'zod';
import { ZIdList, ZListQuery, ZListQueryOf } from '../common/primitives.js';
import { ARTICLE_SORT_KEYS, ZArticleCategory, ZArticleStatus, ZLanguage, ZSlug } from './article.schema.js';

const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const ZArticleListQuery = ZListQueryOf(ARTICLE_SORT_KEYS).extend({
  id: ZIdList,
  /** One status or several (`status=in_review` is the review queue). */
  status: z
    .union([ZArticleStatus, z.array(ZArticleStatus).max(8)])
    .optional()
    .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v])),
  language: ZLanguage.optional(),
  category: ZArticleCategory.optional(),
  campaignId: z.uuid().optional(),
  taskId: z.uuid().optional(),
  /** Only the caller's own articles (the editor's inbox). */
  mine: flag.optional(),
});
export type ArticleListQuery = z.infer<typeof ZArticleListQuery>;

export const ZPublicArticleListQuery = ZListQuery.pick({ page: true, q: true }).extend({
  perPage: z.coerce.number().int().min(1).max(50).default(10),
  lang: ZLanguage.default('vi'),
  category: ZArticleCategory.optional(),
  /** A campaign's articles, by the campaign's slug. */
  campaign: ZSlug.optional(),
  /** Leaves one article out (the related articles under a story). */
  exclude: z.uuid().optional(),
});
export type PublicArticleListQuery = z.infer<typeof ZPublicArticleListQuery>;

/** The portal's change stamp: it moves whenever public content changes, so portals drop their caches. */
export const ZPublicStamp = z.object({ stamp: z.number().int() });
export type PublicStamp = z.infer<typeof ZPublicStamp>;
