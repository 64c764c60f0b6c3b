import { Module } from '@nestjs/common';
import { ExportsModule } from '../exports/exports.module.js';
import { TaskNotesService } from './task-notes.service.js';
import { AttachmentsController, TasksController } from './tasks.controller.js';
import { TasksService } from './tasks.service.js';

@Module({
  imports: [ExportsModule],
  controllers: [TasksController, AttachmentsController],
  providers: [TasksService, TaskNotesService],
  exports: [TasksService],
})
export class TasksModule {}
