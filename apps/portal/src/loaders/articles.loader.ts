import type { Language, PublicArticle } from '@bcdnq/domain/articles';
import type { RequestContext } from '../api/api-http.js';
import type { ArticlesApi } from '../api/articles.client.js';
import type { CampaignsApi } from '../api/campaigns.client.js';
import type { PublicCampaign } from '@bcdnq/domain/campaigns';
import { PATHS, type ArticleCategory } from '../i18n/paths.js';
import { ZArticleCategory } from '@bcdnq/domain/articles';
import { PER_PAGE, totalPagesOf, type LoadResult } from './load-result.js';

export type ArticleListPage = {
  articles: PublicArticle[];
  page: number;
  totalPages: number;
  total: number;
};

export type HomeData = { lang: Language; list: ArticleListPage; featured?: PublicCampaign | null };
export type CategoryData = { lang: Language; category: ArticleCategory; list: ArticleListPage };
export type ArticleData = {
  lang: Language;
  article: PublicArticle;
  related?: PublicArticle[];
  preview?: boolean;
};
export type FeedData = { lang: Language; articles: PublicArticle[]; category?: ArticleCategory };

/** One page of the published articles in a language, newest first (the API's order). */
export async function loadHome(
  api: ArticlesApi,
  params: { lang: Language; page: number },
  context: RequestContext,
  campaigns?: CampaignsApi,
): Promise<LoadResult<HomeData>> {
  const [{ data, total }, running] = await Promise.all([
    api.list({ lang: params.lang, page: params.page, perPage: PER_PAGE }, context),
    // The running campaign is featured on the first page (the API lists running campaigns first).
    campaigns && params.page === 1 ? campaigns.list({ page: 1, perPage: 1 }, context) : Promise.resolve(null),
  ]);
  const totalPages = totalPagesOf(total);
  // Past the last page there is nothing to show; page 1 of an empty list is the empty state, not a 404.
  if (params.page > totalPages) return { status: 'not-found' };
  // On the English home only a campaign the newsroom named in English: a Vietnamese headline would lead the page.
  const first = running?.data[0];
  const featured = first?.running && (params.lang === 'vi' || first.nameEn) ? first : null;
  return {
    status: 'ok',
    data: { lang: params.lang, list: { articles: data, page: params.page, totalPages, total }, featured },
  };
}

/** One page of a category's published articles; an unknown category is a 404 without asking the API. */
export async function loadCategory(
  api: ArticlesApi,
  params: { lang: Language; category: string; page: number },
  context: RequestContext,
): Promise<LoadResult<CategoryData>> {
  const category = ZArticleCategory.safeParse(params.category);
  if (!category.success) return { status: 'not-found' };
  const { data, total } = await api.list(
    { lang: params.lang, category: category.data, page: params.page, perPage: PER_PAGE },
    context,
  );
  const totalPages = totalPagesOf(total);
  if (params.page > totalPages) return { status: 'not-found' };
  return {
    status: 'ok',
    data: {
      lang: params.lang,
      category: category.data,
      list: { articles: data, page: params.page, totalPages, total },
    },
  };
}

/** One article by slug; an article in the other language is sent to its own address. */
export async function loadArticle(
  api: ArticlesApi,
  params: { lang: Language; slug: string },
  context: RequestContext,
): Promise<LoadResult<ArticleData>> {
  const article = await api.get(params.slug, context);
  if (!article) return { status: 'not-found' };
  if (article.language !== params.lang) {
    return { status: 'redirect', location: PATHS[article.language].article(article.slug) };
  }
  const { data: related } = await api.list(
    { lang: params.lang, category: article.category, exclude: article.id, page: 1, perPage: RELATED_SIZE },
    context,
  );
  return { status: 'ok', data: { lang: params.lang, article, related } };
}

/** How many related articles follow a story. */
export const RELATED_SIZE = 3;

/** How many of the newest articles the RSS feed carries. */
export const FEED_SIZE = 20;

/** The newest articles of a language, for the RSS feed. */
export async function loadFeed(
  api: ArticlesApi,
  params: { lang: Language; category?: string },
  context: RequestContext,
): Promise<FeedData | null> {
  let category: ArticleCategory | undefined;
  if (params.category !== undefined) {
    const parsed = ZArticleCategory.safeParse(params.category);
    if (!parsed.success) return null;
    category = parsed.data;
  }
  const { data } = await api.list(
    { lang: params.lang, page: 1, perPage: FEED_SIZE, ...(category ? { category } : {}) },
    context,
  );
  return { lang: params.lang, articles: data, ...(category ? { category } : {}) };
}
