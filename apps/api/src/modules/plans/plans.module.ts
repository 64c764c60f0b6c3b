import { Module } from '@nestjs/common';
import { ExportsModule } from '../exports/exports.module.js';
import { ReportsModule } from '../reports/reports.module.js';
import { TasksModule } from '../tasks/tasks.module.js';
import { PlansController } from './plans.controller.js';
import { PlansService } from './plans.service.js';

@Module({
  imports: [TasksModule, ExportsModule, ReportsModule],
  controllers: [PlansController],
  providers: [PlansService],
  exports: [PlansService],
})
export class PlansModule {}
