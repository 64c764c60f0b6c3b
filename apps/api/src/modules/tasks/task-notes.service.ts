import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { DomainError } from '@bcdnq/domain/common';
import { isPlanInForce } from '@bcdnq/domain/plans';
import { mayAddNoteToTask, mayReadProgressNotes, type ProgressNote } from '@bcdnq/domain/tasks';
import { checkAttachments, type UploadedFile } from '../../common/uploaded-files.js';
import type { Page } from '../../common/list.js';
import type { Actor, CallContext } from '../../common/request-context.js';
import { AuditService } from '../audit/audit.service.js';
import { FILE_STORAGE, type FileStorage, storeThenSave } from '../storage/file-storage.js';
import { AttachmentEntity, ProgressNoteEntity } from './progress-note.entity.js';
import { TasksService } from './tasks.service.js';

export { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS, type UploadedFile } from '../../common/uploaded-files.js';

function assertMayReadNotes(actor: Actor): void {
  if (!mayReadProgressNotes(actor.role)) {
    throw new DomainError(
      'FORBIDDEN',
      'Tiến độ và tệp của đơn vị chỉ dành cho Ban Chỉ đạo và các đơn vị được giao.',
      'Progress notes are for the committee and the assigned agencies',
    );
  }
}

@Injectable()
export class TaskNotesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly tasks: TasksService,
    private readonly audit: AuditService,
  ) {}

  async list(taskId: string, actor: Actor): Promise<Page<ProgressNote>> {
    assertMayReadNotes(actor);
    await this.tasks.get(taskId, actor);
    const notes = await this.dataSource
      .getRepository(ProgressNoteEntity)
      .find({ where: { taskId }, order: { createdAt: 'DESC' }, take: 200 });
    const files = notes.length
      ? await this.dataSource.getRepository(AttachmentEntity).findBy({ noteId: In(notes.map((n) => n.id)) })
      : [];
    return {
      data: notes.map((n) => ({
        id: n.id,
        taskId: n.taskId,
        text: n.text,
        authorId: n.authorId,
        authorName: n.authorName,
        agencyId: n.agencyId,
        statusEvent: n.statusEvent,
        attachments: files
          .filter((f) => f.noteId === n.id)
          .map((f) => ({ id: f.id, fileName: f.fileName, contentType: f.contentType, size: f.size })),
        createdAt: n.createdAt.toISOString(),
      })),
      total: notes.length,
    };
  }

  /**
   * Adds a progress note with its files. Files are checked by content (not by name), stored outside any web
   * root under an opaque key, and removed again if the note cannot be saved.
   */
  async add(
    taskId: string,
    text: string,
    files: UploadedFile[],
    context: CallContext,
  ): Promise<ProgressNote> {
    const task = await this.tasks.get(taskId, context.actor);
    const actor = context.actor;
    if (!mayAddNoteToTask(actor, task)) {
      throw new DomainError(
        'FORBIDDEN',
        'Chỉ đơn vị được giao và Cơ quan Thường trực cập nhật tiến độ.',
        'Only assigned agencies and the standing office report progress',
      );
    }
    if (task.plan && !isPlanInForce(task.plan.status)) {
      throw new DomainError(
        'INVALID_TRANSITION',
        'Chỉ cập nhật tiến độ cho kế hoạch đang thực hiện.',
        'Progress is reported on plans in force',
      );
    }
    const checked = await checkAttachments(files);
    return storeThenSave(this.storage, checked, () =>
      this.dataSource.transaction(async (manager) => {
        const note = await this.tasks.addNoteRow(manager, taskId, text, context);
        const attachments = checked.length
          ? await manager.save(
              AttachmentEntity,
              checked.map((c) => ({
                noteId: note.id,
                taskId,
                fileName: c.name,
                contentType: c.kind.contentType,
                size: c.file.size,
                storageKey: c.key,
              })),
            )
          : [];
        const result: ProgressNote = {
          id: note.id,
          taskId,
          text: note.text,
          authorId: note.authorId,
          authorName: note.authorName,
          agencyId: note.agencyId,
          statusEvent: note.statusEvent,
          attachments: attachments.map((a) => ({
            id: a.id,
            fileName: a.fileName,
            contentType: a.contentType,
            size: a.size,
          })),
          createdAt: note.createdAt.toISOString(),
        };
        await this.audit.record(manager, context, {
          action: 'task.note',
          entity: 'task',
          entityId: taskId,
          after: { noteId: note.id, files: result.attachments.map((a) => a.fileName) },
        });
        return result;
      }),
    );
  }

  /** An attachment's file, for whoever may see its task. */
  async open(
    attachmentId: string,
    actor: Actor,
  ): Promise<{ attachment: AttachmentEntity; stream: Readable }> {
    assertMayReadNotes(actor);
    const attachment = await this.dataSource.getRepository(AttachmentEntity).findOneBy({ id: attachmentId });
    if (!attachment)
      throw new DomainError('NOT_FOUND', 'Không tìm thấy tệp đính kèm', 'Attachment not found');
    await this.tasks.get(attachment.taskId, actor);
    return { attachment, stream: this.storage.open(attachment.storageKey) };
  }
}
