import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Article, PublicArticle } from '@bcdnq/domain/articles';
import { DomainError } from '@bcdnq/domain/common';
import { iso, type Page, pageOf, sortColumns, vietnameseOrder } from '../../common/list.js';
import { ArticleEntity } from './article.entity.js';
import type { ArticleListQuery, PublicArticleListQuery } from './dto/article-list.query.js';
import { ARTICLE_SORT_KEYS } from '@bcdnq/domain/articles';

const ARTICLE_SORT = sortColumns<(typeof ARTICLE_SORT_KEYS)[number]>({ id: 'a.id', title: vietnameseOrder('a.title'), status: 'a.status', publishedAt: 'a.publishedAt', updatedAt: 'a.updatedAt' });

export function toArticle(entity: ArticleEntity): Article {
  return {
    ...toPublicArticle(entity),
    sourceAgencyId: entity.sourceAgencyId,
    status: entity.status,
    publishAt: iso(entity.publishAt),
    reviewComment: entity.reviewComment,
    campaignId: entity.campaignId,
    taskId: entity.taskId,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
    version: entity.version,
  };
}

export function toPublicArticle(entity: ArticleEntity): PublicArticle {
  return {
    id: entity.id,
    title: entity.title,
    slug: entity.slug,
    lead: entity.lead,
    body: entity.body,
    coverImageUrl: entity.coverImageUrl,
    coverCaption: entity.coverCaption,
    byline: entity.byline,
    category: entity.category as PublicArticle['category'],
    tags: entity.tags,
    language: entity.language,
    publishedAt: iso(entity.publishedAt),
  };
}

const notFound = () => new DomainError('NOT_FOUND', 'Không tìm thấy tin bài', 'Article not found');

@Injectable()
export class ArticlesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** What citizens see: published articles only, newest first. */
  async listPublished(query: PublicArticleListQuery): Promise<Page<PublicArticle>> {
    const qb = this.dataSource
      .getRepository(ArticleEntity)
      .createQueryBuilder('a')
      .where(`a.status = 'published'`)
      .andWhere('a.language = :lang', { lang: query.lang });
    if (query.category) qb.andWhere('a.category = :category', { category: query.category });
    const { rows, total } = await pageOf(qb, { ...query, order: 'DESC' }, new Map(), ['a.publishedAt', 'DESC']);
    return { data: rows.map(toPublicArticle), total };
  }

  async getPublished(slug: string): Promise<PublicArticle> {
    const entity = await this.dataSource.getRepository(ArticleEntity).findOneBy({ slug, status: 'published' });
    if (!entity) throw notFound();
    return toPublicArticle(entity);
  }

  async list(query: ArticleListQuery): Promise<Page<Article>> {
    const qb = this.dataSource.getRepository(ArticleEntity).createQueryBuilder('a');
    if (query.id) qb.andWhere('a.id IN (:...ids)', { ids: query.id });
    if (query.status) qb.andWhere('a.status = :status', { status: query.status });
    if (query.language) qb.andWhere('a.language = :language', { language: query.language });
    if (query.category) qb.andWhere('a.category = :category', { category: query.category });
    if (query.campaignId) qb.andWhere('a.campaignId = :campaignId', { campaignId: query.campaignId });
    const { rows, total } = await pageOf(
      qb,
      query,
      ARTICLE_SORT,
      ['a.updatedAt', 'DESC'],
    );
    return { data: rows.map(toArticle), total };
  }

  async get(id: string): Promise<Article> {
    const entity = await this.dataSource.getRepository(ArticleEntity).findOneBy({ id });
    if (!entity) throw notFound();
    return toArticle(entity);
  }
}
