import {
  Body,
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  Res,
  UploadedFiles,
  UseInterceptors,
} from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { type Attachment, ZAttachment } from '@bcdnq/domain/tasks';
import { ZPage } from '@bcdnq/domain/common';
import {
  type Inbox,
  type OutboxMessage,
  type Report,
  type ReportFold,
  type ReportPrefill,
  type ReportReview,
  type ReportStatusChange,
  type ReportUpdate,
  ZInbox,
  ZOutboxMessage,
  ZReport,
  ZReportFold,
  ZReportPrefill,
  ZReportReview,
  ZReportStatusChange,
  ZReportUpdate,
} from '@bcdnq/domain/reports';
import { Contract, Roles } from '../../common/contract.js';
import { sendAttachment } from '../../common/send-file.js';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS, type UploadedFile } from '../tasks/task-notes.service.js';
import { ReportFilesService } from './report-files.service.js';
import type { Page } from '../../common/list.js';
import { type CallContext, Ctx } from '../../common/request-context.js';
import {
  type OutboxQuery,
  type ReportListQuery,
  ZOutboxQuery,
  ZReportListQuery,
} from '@bcdnq/domain/reports';
import { ReportRemindersService } from './report-reminders.service.js';
import { ReportWorkService } from './report-work.service.js';
import { ReportsService } from './reports.service.js';

@Controller('reports')
@Roles('committee_leader', 'standing_office', 'agency_officer')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly work: ReportWorkService,
    private readonly files: ReportFilesService,
  ) {}

  @Get()
  @Contract({
    summary: 'Báo cáo định kỳ / Periodic reports',
    tag: 'reports',
    query: ZReportListQuery,
    response: ZPage(ZReport),
  })
  list(@Query() query: ReportListQuery, @Ctx() context: CallContext): Promise<Page<Report>> {
    return this.reports.list(query, context.actor);
  }

  @Get('inbox')
  @Roles('standing_office', 'agency_officer')
  @Contract({ summary: 'Việc cần làm / Inbox', tag: 'reports', response: ZInbox })
  inbox(@Ctx() context: CallContext): Promise<Inbox> {
    return this.work.inbox(context.actor);
  }

  @Get(':id')
  @Contract({ summary: 'Một báo cáo / One report', tag: 'reports', response: ZReport })
  get(@Param('id', ParseUUIDPipe) id: string, @Ctx() context: CallContext): Promise<Report> {
    return this.reports.get(id, context.actor);
  }

  @Put(':id')
  @Roles('agency_officer')
  @Contract({
    summary: 'Soạn báo cáo / Write the report',
    tag: 'reports',
    body: ZReportUpdate,
    response: ZReport,
  })
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ReportUpdate,
    @Ctx() context: CallContext,
  ): Promise<Report> {
    return this.reports.update(id, body, context);
  }

  @Post(':id/status')
  @Roles('standing_office', 'agency_officer')
  @Contract({
    summary: 'Gửi, trả lại, tiếp nhận / Submit, return, accept',
    tag: 'reports',
    body: ZReportStatusChange,
    response: ZReport,
    status: 200,
  })
  status(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ReportStatusChange,
    @Ctx() context: CallContext,
  ): Promise<Report> {
    return this.reports.changeStatus(id, body, context);
  }

  @Post(':id/fold')
  @Roles('agency_officer')
  @Contract({
    summary: 'Lồng ghép vào báo cáo khác / Fold into another report',
    tag: 'reports',
    body: ZReportFold,
    response: ZReport,
    status: 200,
  })
  fold(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ReportFold,
    @Ctx() context: CallContext,
  ): Promise<Report> {
    return this.reports.fold(id, body, context);
  }

  @Post(':id/correct')
  @Roles('agency_officer')
  @Contract({
    summary: 'Lập bản đính chính / Correct an accepted report',
    tag: 'reports',
    response: ZReport,
    status: 201,
  })
  correct(@Param('id', ParseUUIDPipe) id: string, @Ctx() context: CallContext): Promise<Report> {
    return this.reports.correct(id, context);
  }

  @Get(':id/history')
  @Contract({ summary: 'Lịch sử xem xét / Review history', tag: 'reports', response: ZPage(ZReportReview) })
  history(@Param('id', ParseUUIDPipe) id: string, @Ctx() context: CallContext): Promise<Page<ReportReview>> {
    return this.reports.history(id, context.actor);
  }

  @Get(':id/attachments')
  @Contract({
    summary: 'Tệp đính kèm báo cáo / Report attachments',
    tag: 'reports',
    response: ZPage(ZAttachment),
  })
  attachments(
    @Param('id', ParseUUIDPipe) id: string,
    @Ctx() context: CallContext,
  ): Promise<Page<Attachment>> {
    return this.files.list(id, context.actor);
  }

  @Post(':id/attachments')
  @Roles('agency_officer')
  @UseInterceptors(
    FilesInterceptor('files', MAX_ATTACHMENTS, {
      limits: { fileSize: MAX_ATTACHMENT_BYTES, files: MAX_ATTACHMENTS },
    }),
  )
  @Contract({
    summary: 'Đính kèm tệp vào báo cáo / Attach files to a report',
    tag: 'reports',
    response: ZPage(ZAttachment),
    status: 201,
    multipart: true,
  })
  attach(
    @Param('id', ParseUUIDPipe) id: string,
    @UploadedFiles() files: UploadedFile[] | undefined,
    @Ctx() context: CallContext,
  ): Promise<Page<Attachment>> {
    return this.files.add(id, files ?? [], context);
  }

  @Get(':id/prefill')
  @Contract({
    summary: 'Gợi ý nội dung từ tiến độ / Pre-filled content',
    tag: 'reports',
    response: ZReportPrefill,
  })
  prefill(@Param('id', ParseUUIDPipe) id: string, @Ctx() context: CallContext): Promise<ReportPrefill> {
    return this.work.prefill(id, context.actor);
  }
}

@Controller('report-attachments')
@Roles('committee_leader', 'standing_office', 'agency_officer')
export class ReportAttachmentsController {
  constructor(private readonly files: ReportFilesService) {}

  @Get(':id')
  @Contract({
    summary: 'Tải tệp đính kèm báo cáo / Download a report attachment',
    tag: 'reports',
    produces: 'application/octet-stream',
  })
  async download(
    @Param('id', ParseUUIDPipe) id: string,
    @Ctx() context: CallContext,
    @Res() response: Response,
  ): Promise<void> {
    const { attachment, stream } = await this.files.open(id, context.actor);
    sendAttachment(response, attachment, stream);
  }
}

@Controller('outbox')
@Roles('standing_office')
export class OutboxController {
  constructor(private readonly reminders: ReportRemindersService) {}

  @Get()
  @Contract({
    summary: 'Thư nhắc việc / Reminder outbox',
    tag: 'reports',
    query: ZOutboxQuery,
    response: ZPage(ZOutboxMessage),
  })
  list(@Query() query: OutboxQuery): Promise<Page<OutboxMessage>> {
    return this.reminders.outbox(query.page, query.perPage, query.reportId);
  }
}
