import { Module } from '@nestjs/common';
import { ExportsModule } from '../exports/exports.module.js';
import { PlansModule } from '../plans/plans.module.js';
import { ConsolidationController } from './consolidation.controller.js';
import { ConsolidationService } from './consolidation.service.js';
import { COUNTED_FIGURE_SOURCES, type CountedFigureSource } from './counted-figures.js';

// Sources of figures counted by the system (portal articles in `articles-published`) are added here.
const sources: CountedFigureSource[] = [];

@Module({
  imports: [PlansModule, ExportsModule],
  controllers: [ConsolidationController],
  providers: [ConsolidationService, { provide: COUNTED_FIGURE_SOURCES, useValue: sources }],
  exports: [ConsolidationService],
})
export class ConsolidationModule {}
