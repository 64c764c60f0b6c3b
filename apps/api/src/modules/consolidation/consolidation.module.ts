import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PortalArticleFigures } from '../articles/article-figures.js';
import { ExportsModule } from '../exports/exports.module.js';
import { PlansModule } from '../plans/plans.module.js';
import { ConsolidationController } from './consolidation.controller.js';
import { ConsolidationService } from './consolidation.service.js';
import { COUNTED_FIGURE_SOURCES, type CountedFigureSource } from './counted-figures.js';

// Figures the system counts itself: portal articles linked to a duty, in its lead agency's `articles-published`.
const sources = (dataSource: DataSource): CountedFigureSource[] => [new PortalArticleFigures(dataSource)];

@Module({
  imports: [PlansModule, ExportsModule],
  controllers: [ConsolidationController],
  providers: [
    ConsolidationService,
    { provide: COUNTED_FIGURE_SOURCES, useFactory: sources, inject: [DataSource] },
  ],
  exports: [ConsolidationService],
})
export class ConsolidationModule {}
