import { Module } from '@nestjs/common';
import { ReportsModule } from '../reports/reports.module.js';
import { TasksModule } from '../tasks/tasks.module.js';
import { JobsService } from './jobs.service.js';

@Module({ imports: [TasksModule, ReportsModule], providers: [JobsService], exports: [JobsService] })
export class JobsModule {}
