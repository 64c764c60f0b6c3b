import {
  type Article,
  type ArticleStatusChange,
  type ArticleVersion,
  ZArticle,
  ZArticleVersion,
} from '@bcdnq/domain/articles';
import { type Media, ZMedia } from '@bcdnq/domain/media';
import { z } from 'zod';
import type { ApiClient } from './http';

const ZVersionPage = z.object({ data: z.array(ZArticleVersion), total: z.number().int() });

function read<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    console.error('Unexpected API response', parsed.error.issues);
    throw new Error('app.error.unexpected_response');
  }
  return parsed.data;
}

/** The newsroom's verbs beyond react-admin's CRUD: workflow events, version history, image uploads. */
export type NewsroomMethods = {
  changeArticleStatus(articleId: string, body: ArticleStatusChange): Promise<Article>;
  articleVersions(articleId: string): Promise<ArticleVersion[]>;
  uploadMedia(file: File): Promise<Media>;
};

export function createNewsroomMethods(api: ApiClient): NewsroomMethods {
  const id = (value: string) => encodeURIComponent(value);
  return {
    async changeArticleStatus(articleId, body) {
      return read(
        ZArticle,
        (await api.request<unknown>('POST', `/articles/${id(articleId)}/status`, { body })).body,
      );
    },
    async articleVersions(articleId) {
      return read(
        ZVersionPage,
        (await api.request<unknown>('GET', `/articles/${id(articleId)}/versions`)).body,
      ).data;
    },
    async uploadMedia(file) {
      const form = new FormData();
      form.append('file', file);
      return read(ZMedia, (await api.request<unknown>('POST', '/media', { form })).body);
    },
  };
}
