import { Body, Controller, Get, Header, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import {
  type Article,
  type ArticleCreate,
  type ArticleStatusChange,
  type ArticleUpdate,
  type ArticleVersion,
  NEWSROOM_READERS,
  NEWSROOM_WRITERS,
  type PublicArticle,
  ZArticle,
  ZArticleCreate,
  ZArticleStatusChange,
  ZArticleUpdate,
  ZArticleVersion,
  ZPublicArticle,
  type ArticleListQuery,
  type PublicArticleListQuery,
  ZArticleListQuery,
  ZPublicArticleListQuery,
  ZPublicStamp,
} from '@bcdnq/domain/articles';
import { ZPage } from '@bcdnq/domain/common';
import { Contract, Public, Roles } from '../../common/contract.js';
import type { Page } from '../../common/list.js';
import { type CallContext, Ctx } from '../../common/request-context.js';
import { ArticlesService } from './articles.service.js';

const writers = NEWSROOM_WRITERS.filter((r) => r !== 'admin');
const readers = NEWSROOM_READERS.filter((r) => r !== 'admin');

@Controller('articles')
@Roles(...readers)
export class ArticlesController {
  constructor(private readonly articles: ArticlesService) {}

  @Get()
  @Contract({
    summary: 'Tin bài (biên tập) / Articles (editorial)',
    tag: 'articles',
    query: ZArticleListQuery,
    response: ZPage(ZArticle),
  })
  list(@Query() query: ArticleListQuery, @Ctx() context: CallContext): Promise<Page<Article>> {
    return this.articles.list(query, context);
  }

  @Post()
  @Roles(...writers)
  @Contract({
    summary: 'Viết tin bài mới (bản nháp) / New article (draft)',
    tag: 'articles',
    body: ZArticleCreate,
    response: ZArticle,
    status: 201,
  })
  create(@Body() body: ArticleCreate, @Ctx() context: CallContext): Promise<Article> {
    return this.articles.create(body, context);
  }

  @Get(':id')
  @Contract({ summary: 'Một tin bài / One article', tag: 'articles', response: ZArticle })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<Article> {
    return this.articles.get(id);
  }

  @Put(':id')
  @Roles(...writers)
  @Contract({
    summary: 'Sửa tin bài / Update an article',
    tag: 'articles',
    body: ZArticleUpdate,
    response: ZArticle,
  })
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ArticleUpdate,
    @Ctx() context: CallContext,
  ): Promise<Article> {
    return this.articles.update(id, body, context);
  }

  @Post(':id/status')
  @Roles(...writers)
  @Contract({
    summary: 'Gửi duyệt, duyệt, trả lại, đăng, hẹn giờ… / Workflow event',
    tag: 'articles',
    body: ZArticleStatusChange,
    response: ZArticle,
    status: 200,
  })
  status(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ArticleStatusChange,
    @Ctx() context: CallContext,
  ): Promise<Article> {
    return this.articles.changeStatus(id, body, context);
  }

  @Get(':id/versions')
  @Contract({
    summary: 'Lịch sử phiên bản / Version history with diffs',
    tag: 'articles',
    response: ZPage(ZArticleVersion),
  })
  versions(@Param('id', ParseUUIDPipe) id: string): Promise<Page<ArticleVersion>> {
    return this.articles.versions(id);
  }

  @Get(':id/preview')
  @Contract({
    summary: 'Xem trước như trên cổng / Preview as the portal shows it',
    tag: 'articles',
    response: ZPublicArticle,
  })
  preview(@Param('id', ParseUUIDPipe) id: string): Promise<PublicArticle> {
    return this.articles.preview(id);
  }
}

// Public answers may be reused briefly by browsers and proxies; the portal drops its own copies on publish.
const PUBLIC_CACHE = 'public, max-age=30, stale-while-revalidate=30, stale-if-error=600';

@Controller('public/articles')
@Public()
export class PublicArticlesController {
  constructor(private readonly articles: ArticlesService) {}

  @Get()
  @Header('Cache-Control', PUBLIC_CACHE)
  @Contract({
    summary: 'Tin bài đã đăng / Published articles',
    tag: 'public',
    query: ZPublicArticleListQuery,
    response: ZPage(ZPublicArticle),
  })
  list(@Query() query: PublicArticleListQuery): Promise<Page<PublicArticle>> {
    return this.articles.listPublished(query);
  }

  @Get(':slug')
  @Header('Cache-Control', PUBLIC_CACHE)
  @Contract({
    summary: 'Một tin bài đã đăng / One published article',
    tag: 'public',
    response: ZPublicArticle,
  })
  get(@Param('slug') slug: string): Promise<PublicArticle> {
    return this.articles.getPublished(slug);
  }
}

@Controller('public/stamp')
@Public()
export class PublicStampController {
  constructor(private readonly articles: ArticlesService) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @Contract({
    summary: 'Mốc thay đổi nội dung công khai / When public content last changed',
    tag: 'public',
    response: ZPublicStamp,
  })
  async stamp(): Promise<{ stamp: number }> {
    return { stamp: await this.articles.publicStamp() };
  }
}
