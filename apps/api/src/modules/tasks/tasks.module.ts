import { Module } from '@nestjs/common';
import { TaskNotesService } from './task-notes.service.js';
import { AttachmentsController, TasksController } from './tasks.controller.js';
import { TasksService } from './tasks.service.js';

@Module({ controllers: [TasksController, AttachmentsController], providers: [TasksService, TaskNotesService], exports: [TasksService] })
export class TasksModule {}
