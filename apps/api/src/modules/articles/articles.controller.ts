import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { type Article, type PublicArticle, ZArticle, ZPublicArticle } from '@bcdnq/domain/articles';
import { ZPage } from '@bcdnq/domain/common';
import { Contract, Public, Roles } from '../../common/contract.js';
import type { Page } from '../../common/list.js';
import { ArticlesService } from './articles.service.js';
import {
  type ArticleListQuery,
  type PublicArticleListQuery,
  ZArticleListQuery,
  ZPublicArticleListQuery,
} from './dto/article-list.query.js';

@Controller('articles')
@Roles('editor', 'reviewer', 'standing_office', 'committee_leader')
export class ArticlesController {
  constructor(private readonly articles: ArticlesService) {}

  @Get()
  @Contract({ summary: 'Tin bài (biên tập) / Articles (editorial)', tag: 'articles', query: ZArticleListQuery, response: ZPage(ZArticle) })
  list(@Query() query: ArticleListQuery): Promise<Page<Article>> {
    return this.articles.list(query);
  }

  @Get(':id')
  @Contract({ summary: 'Một tin bài / One article', tag: 'articles', response: ZArticle })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<Article> {
    return this.articles.get(id);
  }
}

@Controller('public/articles')
@Public()
export class PublicArticlesController {
  constructor(private readonly articles: ArticlesService) {}

  @Get()
  @Contract({ summary: 'Tin bài đã đăng / Published articles', tag: 'public', query: ZPublicArticleListQuery, response: ZPage(ZPublicArticle) })
  list(@Query() query: PublicArticleListQuery): Promise<Page<PublicArticle>> {
    return this.articles.listPublished(query);
  }

  @Get(':slug')
  @Contract({ summary: 'Một tin bài đã đăng / One published article', tag: 'public', response: ZPublicArticle })
  get(@Param('slug') slug: string): Promise<PublicArticle> {
    return this.articles.getPublished(slug);
  }
}
