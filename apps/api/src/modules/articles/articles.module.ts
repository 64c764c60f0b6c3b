import { Module } from '@nestjs/common';
import { ArticleSchedulerService } from './article-scheduler.service.js';
import {
  ArticlesController,
  PublicArticlesController,
  PublicStampController,
} from './articles.controller.js';
import { ArticlesService } from './articles.service.js';

@Module({
  controllers: [ArticlesController, PublicArticlesController, PublicStampController],
  providers: [ArticlesService, ArticleSchedulerService],
  exports: [ArticlesService],
})
export class ArticlesModule {}
