import { Module } from '@nestjs/common';
import { TasksModule } from '../tasks/tasks.module.js';
import { MailerService } from './mailer.service.js';
import { ReportFilesService } from './report-files.service.js';
import { ReportRemindersService } from './report-reminders.service.js';
import { ReportWorkService } from './report-work.service.js';
import { OutboxController, ReportAttachmentsController, ReportsController } from './reports.controller.js';
import { ReportsService } from './reports.service.js';

@Module({
  imports: [TasksModule],
  controllers: [ReportsController, ReportAttachmentsController, OutboxController],
  providers: [ReportsService, ReportWorkService, ReportRemindersService, ReportFilesService, MailerService],
  exports: [ReportsService, ReportRemindersService],
})
export class ReportsModule {}
