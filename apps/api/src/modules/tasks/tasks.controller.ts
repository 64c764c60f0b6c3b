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
import { z } from 'zod';
import { ZPage } from '@bcdnq/domain/common';
import {
  type ProgressNote,
  type Task,
  type TaskBatch,
  type TaskBatchResult,
  type TaskCreate,
  type TaskStatusChange,
  type TaskUpdate,
  ZProgressNote,
  ZProgressNoteCreate,
  ZTask,
  ZTaskBatch,
  ZTaskBatchResult,
  ZTaskCreate,
  ZTaskStatusChange,
  ZTaskUpdate,
  type TaskListQuery,
  ZTaskListQuery,
} from '@bcdnq/domain/tasks';
import { Contract, MultipartFields, Roles } from '../../common/contract.js';
import type { Page } from '../../common/list.js';
import { type CallContext, Ctx } from '../../common/request-context.js';
import { sendAttachment, sendFile } from '../../common/send-file.js';
import { ExportsService } from '../exports/exports.service.js';
import {
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS,
  TaskNotesService,
  type UploadedFile,
} from './task-notes.service.js';
import { TasksService } from './tasks.service.js';

@Controller('tasks')
export class TasksController {
  constructor(
    private readonly tasks: TasksService,
    private readonly notes: TaskNotesService,
    private readonly exports: ExportsService,
  ) {}

  @Get()
  @Contract({
    summary: 'Danh sách nhiệm vụ / Tasks',
    tag: 'tasks',
    query: ZTaskListQuery,
    response: ZPage(ZTask),
  })
  list(@Query() query: TaskListQuery, @Ctx() context: CallContext): Promise<Page<Task>> {
    return this.tasks.list(query, context.actor);
  }

  @Get('export.xlsx')
  @Contract({
    summary: 'Tải danh sách nhiệm vụ dạng Excel / Download the task list as .xlsx',
    tag: 'tasks',
    query: ZTaskListQuery,
    produces: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  })
  async exportXlsx(
    @Query() query: TaskListQuery,
    @Ctx() context: CallContext,
    @Res() response: Response,
  ): Promise<void> {
    const tasks = await this.tasks.all(query, context.actor);
    const names = new Map(tasks.flatMap((t) => Object.entries(t.agencyNames ?? {})));
    const file = await this.exports.tasksXlsx(
      tasks,
      (agencyId) => names.get(agencyId) ?? '',
      'Danh sách nhiệm vụ',
    );
    sendFile(
      response,
      file,
      'Danh-sach-nhiem-vu.xlsx',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
  }

  @Post('batch')
  @Roles('standing_office')
  @Contract({
    summary: 'Sửa hàng loạt / Batch edit',
    tag: 'tasks',
    body: ZTaskBatch,
    response: ZTaskBatchResult,
    status: 200,
  })
  batch(@Body() body: TaskBatch, @Ctx() context: CallContext): Promise<TaskBatchResult> {
    return this.tasks.batch(body, context);
  }

  @Get(':id')
  @Contract({ summary: 'Một nhiệm vụ / One task', tag: 'tasks', response: ZTask })
  get(@Param('id', ParseUUIDPipe) id: string, @Ctx() context: CallContext): Promise<Task> {
    return this.tasks.get(id, context.actor);
  }

  @Post()
  @Roles('standing_office')
  @Contract({
    summary: 'Thêm nhiệm vụ vào dự thảo / Add a task to a draft plan',
    tag: 'tasks',
    body: ZTaskCreate,
    response: ZTask,
    status: 201,
  })
  create(@Body() body: TaskCreate, @Ctx() context: CallContext): Promise<Task> {
    return this.tasks.create(body, context);
  }

  @Put(':id')
  @Roles('standing_office')
  @Contract({
    summary: 'Sửa nhiệm vụ của dự thảo / Update a task of a draft plan',
    tag: 'tasks',
    body: ZTaskUpdate,
    response: ZTask,
  })
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: TaskUpdate,
    @Ctx() context: CallContext,
  ): Promise<Task> {
    return this.tasks.update(id, body, context);
  }

  @Post(':id/status')
  @Roles('standing_office', 'agency_officer')
  @Contract({
    summary: 'Cập nhật trạng thái / Change status',
    tag: 'tasks',
    body: ZTaskStatusChange,
    response: ZTask,
    status: 200,
  })
  status(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: TaskStatusChange,
    @Ctx() context: CallContext,
  ): Promise<Task> {
    return this.tasks.changeStatus(id, body, context);
  }

  @Get(':id/notes')
  @Contract({ summary: 'Tiến độ / Progress notes', tag: 'tasks', response: ZPage(ZProgressNote) })
  listNotes(
    @Param('id', ParseUUIDPipe) id: string,
    @Ctx() context: CallContext,
  ): Promise<Page<ProgressNote>> {
    return this.notes.list(id, context.actor);
  }

  @Post(':id/notes')
  @Roles('standing_office', 'agency_officer')
  @UseInterceptors(
    FilesInterceptor('files', MAX_ATTACHMENTS, {
      limits: { fileSize: MAX_ATTACHMENT_BYTES, files: MAX_ATTACHMENTS },
    }),
  )
  @Contract({
    summary: 'Thêm tiến độ kèm tệp / Add a progress note with files',
    tag: 'tasks',
    body: ZProgressNoteCreate,
    response: ZProgressNote,
    status: 201,
    multipart: true,
  })
  addNote(
    @Param('id', ParseUUIDPipe) id: string,
    @MultipartFields(ZProgressNoteCreate) body: z.infer<typeof ZProgressNoteCreate>,
    @UploadedFiles() files: UploadedFile[] | undefined,
    @Ctx() context: CallContext,
  ): Promise<ProgressNote> {
    return this.notes.add(id, body.text, files ?? [], context);
  }
}

@Controller('attachments')
export class AttachmentsController {
  constructor(private readonly notes: TaskNotesService) {}

  @Get(':id')
  @Contract({
    summary: 'Tải tệp đính kèm / Download an attachment',
    tag: 'tasks',
    produces: 'application/octet-stream',
  })
  async download(
    @Param('id', ParseUUIDPipe) id: string,
    @Ctx() context: CallContext,
    @Res() response: Response,
  ): Promise<void> {
    const { attachment, stream } = await this.notes.open(id, context.actor);
    sendAttachment(response, attachment, stream);
  }
}
