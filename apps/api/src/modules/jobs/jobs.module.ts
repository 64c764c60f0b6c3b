import { Module } from '@nestjs/common';
import { TasksModule } from '../tasks/tasks.module.js';
import { JobsService } from './jobs.service.js';

@Module({ imports: [TasksModule], providers: [JobsService], exports: [JobsService] })
export class JobsModule {}
