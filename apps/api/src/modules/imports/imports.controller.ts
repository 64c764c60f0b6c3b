import {
  Body,
  Controller,
  Delete,
  Get,
  Param,
  ParseIntPipe,
  ParseUUIDPipe,
  Post,
  Req,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import {
  type ImportCommit,
  type ImportJob,
  type ImportPreview,
  type ReportImportPreview,
  ZImportCommit,
  ZImportJob,
  ZImportJobCreate,
  ZImportJobText,
  ZImportPreview,
  ZImportText,
  ZReportImportPreview,
} from '@bcdnq/domain/import';
import { DomainError } from '@bcdnq/domain/common';
import { type Plan, ZPlan } from '@bcdnq/domain/plans';
import { MAX_DOCUMENT_BYTES } from '@bcdnq/documents';
import { Contract, Roles } from '../../common/contract.js';
import { sendInlineImage } from '../../common/send-file.js';
import { abortedWithClient, type AppRequest, type CallContext, Ctx } from '../../common/request-context.js';
import { ImportJobsService } from './import-jobs.service.js';
import { type ImportSource, ImportsService } from './imports.service.js';

type UploadedDocument = { buffer: Buffer; originalname: string; size: number };

/** What a preview reads: the uploaded file (its name decoded from multer's latin1), or pasted text. */
function sourceOf(file: UploadedDocument | undefined, request: AppRequest): ImportSource {
  if (file) {
    return {
      kind: 'file',
      bytes: new Uint8Array(file.buffer),
      fileName: Buffer.from(file.originalname, 'latin1').toString('utf8'),
    };
  }
  if (request.is('multipart/form-data'))
    throw new DomainError('VALIDATION', 'Chưa chọn tệp văn bản', 'No file uploaded', { field: 'file' });
  return { kind: 'text', text: ZImportText.parse(request.body ?? {}).text };
}

@Controller('imports')
@Roles('standing_office')
export class ImportsController {
  constructor(
    private readonly imports: ImportsService,
    private readonly jobs: ImportJobsService,
  ) {}

  @Post('preview')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1 } }))
  @Contract({
    summary: 'Đọc thử văn bản (tệp hoặc văn bản dán) / Preview a document import',
    tag: 'imports',
    response: ZImportPreview,
    status: 200,
    documentUpload: true,
  })
  preview(
    @UploadedFile() file: UploadedDocument | undefined,
    @Req() request: AppRequest,
  ): Promise<ImportPreview> {
    return this.imports.preview(sourceOf(file, request), { signal: abortedWithClient(request) });
  }

  @Post('report-preview')
  @Roles('standing_office', 'agency_officer')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1 } }))
  @Contract({
    summary: 'Đọc báo cáo của đơn vị từ văn bản / Read an agency report from its document',
    tag: 'imports',
    response: ZReportImportPreview,
    status: 200,
    documentUpload: true,
  })
  reportPreview(
    @UploadedFile() file: UploadedDocument | undefined,
    @Req() request: AppRequest,
  ): Promise<ReportImportPreview> {
    return this.imports.reportPreview(sourceOf(file, request), { signal: abortedWithClient(request) });
  }

  @Post('commit')
  @Contract({
    summary: 'Lưu dự thảo kế hoạch đã rà soát / Save the reviewed draft',
    tag: 'imports',
    body: ZImportCommit,
    response: ZPlan,
    status: 201,
  })
  commit(@Body() body: ImportCommit, @Ctx() context: CallContext): Promise<Plan> {
    return this.imports.commit(body, context);
  }

  @Post('jobs')
  @Roles('standing_office', 'agency_officer')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1 } }))
  @Contract({
    summary: 'Đọc văn bản trong nền, theo dõi tiến độ / Read a document in the background, with progress',
    tag: 'imports',
    response: ZImportJob,
    status: 202,
    produces: 'multipart/form-data with `file` and `kind` (plan | report), or JSON { text, kind }',
  })
  startJob(
    @UploadedFile() file: UploadedDocument | undefined,
    @Req() request: AppRequest,
    @Ctx() context: CallContext,
  ): Promise<ImportJob> {
    const source = sourceOf(file, request);
    const { kind } = (source.kind === 'file' ? ZImportJobCreate : ZImportJobText).parse(request.body ?? {});
    return this.jobs.start(source, kind, context.actor);
  }

  @Get('jobs/:id')
  @Roles('standing_office', 'agency_officer')
  @Contract({ summary: 'Tiến độ đọc văn bản / An import job', tag: 'imports', response: ZImportJob })
  job(@Param('id', ParseUUIDPipe) id: string, @Ctx() context: CallContext): Promise<ImportJob> {
    return this.jobs.get(id, context.actor);
  }

  @Get('jobs/:id/pages/:page')
  @Roles('standing_office', 'agency_officer')
  @Contract({
    summary: 'Ảnh một trang của bản quét / A picture of a scanned page',
    tag: 'imports',
    produces: 'image/png or image/jpeg',
  })
  async pageImage(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('page', ParseIntPipe) page: number,
    @Ctx() context: CallContext,
    @Res() response: Response,
  ): Promise<void> {
    const image = await this.jobs.pageImage(id, page, context.actor);
    sendInlineImage(response, image.bytes, image.contentType);
  }

  @Delete('jobs/:id')
  @Roles('standing_office', 'agency_officer')
  @Contract({ summary: 'Hủy việc đọc văn bản / Cancel an import job', tag: 'imports', status: 204 })
  async cancelJob(@Param('id', ParseUUIDPipe) id: string, @Ctx() context: CallContext): Promise<void> {
    await this.jobs.cancel(id, context.actor);
  }
}
