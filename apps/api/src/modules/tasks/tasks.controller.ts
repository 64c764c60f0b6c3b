import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ZPage } from '@bcdnq/domain/common';
import { type Task, type TaskCreate, type TaskUpdate, ZTask, ZTaskCreate, ZTaskUpdate } from '@bcdnq/domain/tasks';
import { Contract, Roles } from '../../common/contract.js';
import type { Page } from '../../common/list.js';
import { type CallContext, Ctx } from '../../common/request-context.js';
import { type TaskListQuery, ZTaskListQuery } from './dto/task-list.query.js';
import { TasksService } from './tasks.service.js';

@Controller('tasks')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Get()
  @Contract({ summary: 'Danh sách nhiệm vụ / Tasks', tag: 'tasks', query: ZTaskListQuery, response: ZPage(ZTask) })
  list(@Query() query: TaskListQuery, @Ctx() context: CallContext): Promise<Page<Task>> {
    return this.tasks.list(query, context.actor);
  }

  @Get(':id')
  @Contract({ summary: 'Một nhiệm vụ / One task', tag: 'tasks', response: ZTask })
  get(@Param('id', ParseUUIDPipe) id: string, @Ctx() context: CallContext): Promise<Task> {
    return this.tasks.get(id, context.actor);
  }

  @Post()
  @Roles('standing_office')
  @Contract({ summary: 'Thêm nhiệm vụ vào dự thảo / Add a task to a draft plan', tag: 'tasks', body: ZTaskCreate, response: ZTask, status: 201 })
  create(@Body() body: TaskCreate, @Ctx() context: CallContext): Promise<Task> {
    return this.tasks.create(body, context);
  }

  @Put(':id')
  @Roles('standing_office')
  @Contract({ summary: 'Sửa nhiệm vụ của dự thảo / Update a task of a draft plan', tag: 'tasks', body: ZTaskUpdate, response: ZTask })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: TaskUpdate, @Ctx() context: CallContext): Promise<Task> {
    return this.tasks.update(id, body, context);
  }
}
