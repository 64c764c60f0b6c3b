import { Module } from '@nestjs/common';
import { PlansModule } from '../plans/plans.module.js';
import { TasksModule } from '../tasks/tasks.module.js';
import { ImportsController } from './imports.controller.js';
import { ImportJobsService } from './import-jobs.service.js';
import { ImportsService } from './imports.service.js';

@Module({
  imports: [PlansModule, TasksModule],
  controllers: [ImportsController],
  providers: [ImportsService, ImportJobsService],
})
export class ImportsModule {}
