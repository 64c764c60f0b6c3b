import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '@bcdnq/domain/common';
import { isReportEditable } from '@bcdnq/domain/reports';
import type { Attachment } from '@bcdnq/domain/tasks';
import { checkAttachments, type UploadedFile } from '../../common/uploaded-files.js';
import type { Page } from '../../common/list.js';
import type { Actor, CallContext } from '../../common/request-context.js';
import { AuditService } from '../audit/audit.service.js';
import { FILE_STORAGE, type FileStorage, storeThenSave } from '../storage/file-storage.js';
import { ReportAttachmentEntity } from './report-attachment.entity.js';
import { ReportsService } from './reports.service.js';

/** A report holds at most this many files in all. */
export const MAX_REPORT_FILES = 20;

const toAttachment = (a: ReportAttachmentEntity): Attachment => ({
  id: a.id,
  fileName: a.fileName,
  contentType: a.contentType,
  size: a.size,
});

/** A report's attachments: the same checks as progress-note files (content, size, count), scoped like the report. */
@Injectable()
export class ReportFilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly reports: ReportsService,
    private readonly audit: AuditService,
  ) {}

  async list(reportId: string, actor: Actor): Promise<Page<Attachment>> {
    await this.reports.loadVisible(reportId, actor);
    const rows = await this.dataSource
      .getRepository(ReportAttachmentEntity)
      .find({ where: { reportId }, order: { createdAt: 'ASC' }, take: MAX_REPORT_FILES });
    return { data: rows.map(toAttachment), total: rows.length };
  }

  /** Adds files to a report the agency is still writing, in the file storage that holds progress-note files. */
  async add(reportId: string, files: UploadedFile[], context: CallContext): Promise<Page<Attachment>> {
    const report = await this.reports.loadVisible(reportId, context.actor);
    if (!isReportEditable(report.status) || report.foldedIntoId) {
      throw new DomainError(
        'INVALID_TRANSITION',
        'Chỉ đính kèm tệp khi báo cáo đang soạn hoặc bị trả lại.',
        'Files are attached while the report is being written',
      );
    }
    if (files.length === 0)
      throw new DomainError('VALIDATION', 'Chọn ít nhất một tệp', 'No file', { field: 'files' });
    const existing = await this.dataSource.getRepository(ReportAttachmentEntity).countBy({ reportId });
    if (existing + files.length > MAX_REPORT_FILES) {
      throw new DomainError(
        'VALIDATION',
        `Một báo cáo có tối đa ${MAX_REPORT_FILES} tệp đính kèm`,
        'Too many files on the report',
        { field: 'files' },
      );
    }
    const checked = await checkAttachments(files);
    await storeThenSave(this.storage, checked, () =>
      this.dataSource.transaction(async (manager) => {
        await manager.save(
          ReportAttachmentEntity,
          checked.map((c) => ({
            reportId,
            fileName: c.name,
            contentType: c.kind.contentType,
            size: c.file.size,
            storageKey: c.key,
            uploadedById: context.actor.id,
          })),
        );
        await this.audit.record(manager, context, {
          action: 'report.attach',
          entity: 'report',
          entityId: reportId,
          after: { files: checked.map((c) => c.name) },
        });
      }),
    );
    return this.list(reportId, context.actor);
  }

  /** A report attachment's file, for whoever may see the report (404 otherwise). */
  async open(
    attachmentId: string,
    actor: Actor,
  ): Promise<{ attachment: ReportAttachmentEntity; stream: Readable }> {
    const attachment = await this.dataSource
      .getRepository(ReportAttachmentEntity)
      .findOneBy({ id: attachmentId });
    if (!attachment)
      throw new DomainError('NOT_FOUND', 'Không tìm thấy tệp đính kèm', 'Attachment not found');
    await this.reports.loadVisible(attachment.reportId, actor).catch(() => {
      throw new DomainError('NOT_FOUND', 'Không tìm thấy tệp đính kèm', 'Attachment not found');
    });
    return { attachment, stream: this.storage.open(attachment.storageKey) };
  }
}
