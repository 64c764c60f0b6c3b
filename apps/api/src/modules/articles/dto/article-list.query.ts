import { z } from 'zod';
import { ZArticleCategory, ZArticleStatus, ZLanguage } from '@bcdnq/domain/articles';
import { ARTICLE_SORT_KEYS } from '@bcdnq/domain/articles';
import { ZIdList, ZListQuery, ZListQueryOf } from '@bcdnq/domain/common';

export const ZArticleListQuery = ZListQueryOf(ARTICLE_SORT_KEYS).extend({
  id: ZIdList,
  status: ZArticleStatus.optional(),
  language: ZLanguage.optional(),
  category: ZArticleCategory.optional(),
  campaignId: z.uuid().optional(),
});
export type ArticleListQuery = z.infer<typeof ZArticleListQuery>;

export const ZPublicArticleListQuery = ZListQuery.pick({ page: true, q: true }).extend({
  perPage: z.coerce.number().int().min(1).max(50).default(10),
  lang: ZLanguage.default('vi'),
  category: ZArticleCategory.optional(),
});
export type PublicArticleListQuery = z.infer<typeof ZPublicArticleListQuery>;
