import { Module } from '@nestjs/common';
import { ArticlesController, PublicArticlesController } from './articles.controller.js';
import { ArticlesService } from './articles.service.js';

@Module({ controllers: [ArticlesController, PublicArticlesController], providers: [ArticlesService], exports: [ArticlesService] })
export class ArticlesModule {}
