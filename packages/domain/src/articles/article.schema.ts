import { z } from 'zod';
import { ARTICLE_STATUSES } from './article-state.js';

export const LANGUAGES = ['vi', 'en'] as const;
export const ZLanguage = z.enum(LANGUAGES);
export type Language = z.infer<typeof ZLanguage>;

/** Columns an article list may be sorted by. */
export const ARTICLE_SORT_KEYS = ['id', 'title', 'status', 'publishedAt', 'publishAt', 'updatedAt'] as const;

export const ZArticleStatus = z.enum(ARTICLE_STATUSES);

export const ARTICLE_CATEGORIES = [
  'tin-tuc',
  'chi-dao-dieu-hanh',
  'thanh-tuu-nhan-quyen',
  'phan-bac',
  'hoi-dap',
] as const;
export const ZArticleCategory = z.enum(ARTICLE_CATEGORIES);
export type ArticleCategory = z.infer<typeof ZArticleCategory>;
export const ARTICLE_CATEGORY_LABELS: Record<
  (typeof ARTICLE_CATEGORIES)[number],
  { vi: string; en: string }
> = {
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
  /** Text alternative of the cover image: required whenever there is a cover (WCAG 1.1.1). */
  coverAlt: z.string().trim().max(500).nullable(),
  byline: z.string().trim().max(200).nullable(),
  sourceAgencyId: z.uuid().nullable(),
  category: ZArticleCategory,
  tags: z.array(z.string().trim().min(1).max(60)).max(20),
  language: ZLanguage,
  campaignId: z.uuid().nullable(),
  /** The related task of a plan: published articles linked to a task count in its figures. */
  taskId: z.uuid().nullable(),
  /** The same story in the other language. */
  translationId: z.uuid().nullable(),
};

export const ZArticle = z.object({
  id: z.uuid(),
  ...articleFields,
  status: ZArticleStatus,
  publishAt: z.iso.datetime({ offset: true }).nullable(),
  publishedAt: z.iso.datetime({ offset: true }).nullable(),
  reviewComment: z.string().max(5000).nullable(),
  createdById: z.uuid().nullable(),
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
  coverAlt: true,
  category: true,
  tags: true,
  language: true,
  publishedAt: true,
}).extend({
  /** When the published text last changed (JSON-LD dateModified, sitemap lastmod). */
  updatedAt: z.iso.datetime({ offset: true }),
  /** The published translation, for hreflang and the language switch. */
  translation: z.object({ language: ZLanguage, slug: ZSlug }).nullable(),
  campaign: z.object({ slug: ZSlug, name: z.string() }).nullable(),
  sourceAgency: z.string().nullable(),
});
export type PublicArticle = z.infer<typeof ZPublicArticle>;

const articleInput = {
  title: articleFields.title,
  slug: articleFields.slug.optional(),
  lead: articleFields.lead.optional(),
  body: articleFields.body.optional(),
  coverImageUrl: articleFields.coverImageUrl.optional(),
  coverCaption: articleFields.coverCaption.optional(),
  coverAlt: articleFields.coverAlt.optional(),
  byline: articleFields.byline.optional(),
  sourceAgencyId: articleFields.sourceAgencyId.optional(),
  category: articleFields.category.optional(),
  tags: articleFields.tags.optional(),
  language: articleFields.language.optional(),
  campaignId: articleFields.campaignId.optional(),
  taskId: articleFields.taskId.optional(),
  translationId: articleFields.translationId.optional(),
};

/** A cover image needs its text alternative; checked on create and on the merged record at update. */
export function coverAltMissing(article: {
  coverImageUrl?: string | null;
  coverAlt?: string | null;
}): boolean {
  return Boolean(article.coverImageUrl) && !article.coverAlt?.trim();
}
export const COVER_ALT_MESSAGE = 'Ảnh đại diện cần có mô tả thay thế (alt) cho người khiếm thị';

export const ZArticleCreate = z
  .object({
    ...articleInput,
    body: articleFields.body.default(''),
    category: articleFields.category.default('tin-tuc'),
    tags: articleFields.tags.default([]),
    language: articleFields.language.default('vi'),
  })
  .refine((a) => !coverAltMissing(a), { message: COVER_ALT_MESSAGE, path: ['coverAlt'] });
export type ArticleCreate = z.infer<typeof ZArticleCreate>;

/** A partial update: a field left out stays as it is; the cover/alt rule is checked on the merged record. */
export const ZArticleUpdate = z
  .object(articleInput)
  .partial()
  .extend({ version: z.number().int().min(1) });
export type ArticleUpdate = z.infer<typeof ZArticleUpdate>;

export const ZArticleEvent = z.enum([
  'submit',
  'approve',
  'return',
  'publish',
  'schedule',
  'unschedule',
  'unpublish',
  'revise',
  'archive',
]);

/** `POST /api/articles/:id/status`: a workflow event; returning needs a comment, scheduling a time. */
export const ZArticleStatusChange = z
  .object({
    event: ZArticleEvent,
    comment: z.string().trim().max(5000).optional(),
    publishAt: z.iso.datetime({ offset: true }).optional(),
    version: z.number().int().min(1),
  })
  .refine((c) => c.event !== 'return' || Boolean(c.comment), {
    message: 'Cần ghi lý do trả lại để biên tập viên sửa',
    path: ['comment'],
  })
  .refine((c) => c.event !== 'schedule' || Boolean(c.publishAt), {
    message: 'Chọn thời điểm đăng',
    path: ['publishAt'],
  });
export type ArticleStatusChange = z.infer<typeof ZArticleStatusChange>;

/** One saved state of an article, with what changed from the previous one. */
export const ZArticleVersion = z.object({
  id: z.uuid(),
  articleId: z.uuid(),
  version: z.number().int(),
  action: z.string(),
  actorName: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  snapshot: z.object({
    title: z.string(),
    lead: z.string().nullable(),
    body: z.string(),
    coverCaption: z.string().nullable(),
  }),
  /** Per field, the word-level changes from the previous version. */
  changes: z.array(
    z.object({
      field: z.enum(['title', 'lead', 'body', 'coverCaption']),
      parts: z.array(z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() })),
    }),
  ),
});
export type ArticleVersion = z.infer<typeof ZArticleVersion>;
