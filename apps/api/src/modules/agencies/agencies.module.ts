import { Module } from '@nestjs/common';
import { AgenciesController } from './agencies.controller.js';
import { ReportsModule } from '../reports/reports.module.js';
import { TasksModule } from '../tasks/tasks.module.js';
import { AgenciesService } from './agencies.service.js';

@Module({
  imports: [TasksModule, ReportsModule],
  controllers: [AgenciesController],
  providers: [AgenciesService],
  exports: [AgenciesService],
})
export class AgenciesModule {}
