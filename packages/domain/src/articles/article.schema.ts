import { z } from 'zod';
import { ARTICLE_STATUSES } from './article-state.js';

export const LANGUAGES = ['vi', 'en'] as const;
export const ZLanguage = z.enum(LANGUAGES);
export type Language = z.infer<typeof ZLanguage>;

/** Columns an article list may be sorted by. */
export const ARTICLE_SORT_KEYS = ['id', 'title', 'status', 'publishedAt', 'updatedAt'] as const;

export const ZArticleStatus = z.enum(ARTICLE_STATUSES);

export const ARTICLE_CATEGORIES = ['tin-tuc', 'chi-dao-dieu-hanh', 'thanh-tuu-nhan-quyen', 'phan-bac', 'hoi-dap'] as const;
export const ZArticleCategory = z.enum(ARTICLE_CATEGORIES);
export const ARTICLE_CATEGORY_LABELS: Record<(typeof ARTICLE_CATEGORIES)[number], { vi: string; en: string }> = {
  'tin-tuc': { vi: 'Tin tức', en: 'News' },
  'chi-dao-dieu-hanh': { vi: 'Chỉ đạo điều hành', en: 'Direction and management' },
  'thanh-tuu-nhan-quyen': { vi: 'Thành tựu nhân quyền', en: 'Human rights achievements' },
  'phan-bac': { vi: 'Phản bác luận điệu sai trái', en: 'Refuting false claims' },
  'hoi-dap': { vi: 'Hỏi đáp', en: 'Questions and answers' },
};

export const ZSlug = z
  .string()
  .min(3)
  .max(200)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Đường dẫn chỉ gồm chữ thường không dấu, số và gạch ngang');

const articleFields = {
  title: z.string().trim().min(5, 'Tiêu đề cần ít nhất 5 ký tự').max(300),
  slug: ZSlug,
  lead: z.string().trim().max(1000).nullable(),
  body: z.string().max(200000),
  coverImageUrl: z.string().max(1000).nullable(),
  coverCaption: z.string().max(500).nullable(),
  byline: z.string().trim().max(200).nullable(),
  sourceAgencyId: z.uuid().nullable(),
  category: ZArticleCategory,
  tags: z.array(z.string().trim().min(1).max(60)).max(20),
  language: ZLanguage,
  campaignId: z.uuid().nullable(),
  taskId: z.uuid().nullable(),
};

export const ZArticle = z.object({
  id: z.uuid(),
  ...articleFields,
  status: ZArticleStatus,
  publishAt: z.iso.datetime({ offset: true }).nullable(),
  publishedAt: z.iso.datetime({ offset: true }).nullable(),
  reviewComment: z.string().max(5000).nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  version: z.number().int(),
});
export type Article = z.infer<typeof ZArticle>;

/** What the public portal shows: published content only, no workflow fields. */
export const ZPublicArticle = ZArticle.pick({
  id: true,
  title: true,
  slug: true,
  lead: true,
  body: true,
  coverImageUrl: true,
  coverCaption: true,
  byline: true,
  category: true,
  tags: true,
  language: true,
  publishedAt: true,
});
export type PublicArticle = z.infer<typeof ZPublicArticle>;

export const ZArticleCreate = z.object({
  title: articleFields.title,
  slug: articleFields.slug.optional(),
  lead: articleFields.lead.optional(),
  body: articleFields.body.default(''),
  coverImageUrl: articleFields.coverImageUrl.optional(),
  coverCaption: articleFields.coverCaption.optional(),
  byline: articleFields.byline.optional(),
  sourceAgencyId: articleFields.sourceAgencyId.optional(),
  category: articleFields.category.default('tin-tuc'),
  tags: articleFields.tags.default([]),
  language: articleFields.language.default('vi'),
  campaignId: articleFields.campaignId.optional(),
  taskId: articleFields.taskId.optional(),
});
export type ArticleCreate = z.infer<typeof ZArticleCreate>;

export const ZArticleUpdate = ZArticleCreate.partial().extend({ version: z.number().int().min(1) });
export type ArticleUpdate = z.infer<typeof ZArticleUpdate>;
