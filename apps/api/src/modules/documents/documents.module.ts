import { Module } from '@nestjs/common';
import { ExportsModule } from '../exports/exports.module.js';
import { TasksModule } from '../tasks/tasks.module.js';
import { DocumentsController, PublicDocumentsController } from './documents.controller.js';
import { DocumentsService } from './documents.service.js';

@Module({
  imports: [TasksModule, ExportsModule],
  controllers: [DocumentsController, PublicDocumentsController],
  providers: [DocumentsService],
})
export class DocumentsModule {}
