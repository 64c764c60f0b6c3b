import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ZPage } from '@bcdnq/domain/common';
import {
  type Plan,
  type PlanClone,
  type PlanClose,
  type PlanCreate,
  type PlanDiff,
  type PlanIssue,
  type PlanPublication,
  type PlanUpdate,
  ZPlan,
  ZPlanClone,
  ZPlanClose,
  ZPlanCreate,
  ZPlanDiff,
  ZPlanIssue,
  ZPlanPublication,
  ZPlanUpdate,
  type PlanListQuery,
  ZPlanListQuery,
  type PlanDiffQuery,
  ZPlanDiffQuery,
} from '@bcdnq/domain/plans';
import { Contract, Roles } from '../../common/contract.js';
import type { Page } from '../../common/list.js';
import { type CallContext, Ctx } from '../../common/request-context.js';
import { sendFile } from '../../common/send-file.js';
import { ExportsService } from '../exports/exports.service.js';
import { PlansService } from './plans.service.js';

@Controller('plans')
export class PlansController {
  constructor(
    private readonly plans: PlansService,
    private readonly exports: ExportsService,
  ) {}

  @Get()
  @Contract({
    summary: 'Danh sách kế hoạch / Plans',
    tag: 'plans',
    query: ZPlanListQuery,
    response: ZPage(ZPlan),
  })
  list(@Query() query: PlanListQuery, @Ctx() context: CallContext): Promise<Page<Plan>> {
    return this.plans.list(query, context.actor);
  }

  @Get(':id')
  @Contract({ summary: 'Một kế hoạch / One plan', tag: 'plans', response: ZPlan })
  get(@Param('id', ParseUUIDPipe) id: string, @Ctx() context: CallContext): Promise<Plan> {
    return this.plans.get(id, context.actor);
  }

  @Get(':id/diff')
  @Contract({
    summary: 'So sánh phiên bản / Compare versions',
    tag: 'plans',
    query: ZPlanDiffQuery,
    response: ZPlanDiff,
  })
  diff(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: PlanDiffQuery,
    @Ctx() context: CallContext,
  ): Promise<PlanDiff> {
    return this.plans.diff(id, query.against, context.actor);
  }

  @Get(':id/export.docx')
  @Contract({
    summary: 'Tải kế hoạch dạng Word / Download the plan as .docx',
    tag: 'plans',
    produces: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  })
  async exportDocx(
    @Param('id', ParseUUIDPipe) id: string,
    @Ctx() context: CallContext,
    @Res() response: Response,
  ): Promise<void> {
    const { plan, tasks } = await this.plans.withTasks(id, context.actor);
    const names = new Map(tasks.flatMap((t) => Object.entries(t.agencyNames ?? {})));
    const file = await this.exports.planDocx(plan, tasks, (agencyId) => names.get(agencyId) ?? '');
    const name = `Ke-hoach-${(plan.number ?? 'du-thao').replace(/[^\w-]+/g, '-')}-${plan.year}.docx`;
    sendFile(response, file, name, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  }

  @Post()
  @Roles('standing_office')
  @Contract({
    summary: 'Tạo dự thảo kế hoạch / Create a draft plan',
    tag: 'plans',
    body: ZPlanCreate,
    response: ZPlan,
    status: 201,
  })
  create(@Body() body: PlanCreate, @Ctx() context: CallContext): Promise<Plan> {
    return this.plans.create(body, context);
  }

  @Put(':id')
  @Roles('standing_office')
  @Contract({
    summary: 'Sửa dự thảo kế hoạch / Update a draft plan',
    tag: 'plans',
    body: ZPlanUpdate,
    response: ZPlan,
  })
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: PlanUpdate,
    @Ctx() context: CallContext,
  ): Promise<Plan> {
    return this.plans.update(id, body, context);
  }

  @Post(':id/issue')
  @Roles('standing_office', 'committee_leader')
  @Contract({
    summary: 'Ban hành kế hoạch / Issue a plan',
    tag: 'plans',
    body: ZPlanIssue,
    response: ZPlan,
    status: 200,
  })
  issue(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: PlanIssue,
    @Ctx() context: CallContext,
  ): Promise<Plan> {
    return this.plans.issue(id, body, context);
  }

  @Post(':id/clone')
  @Roles('standing_office')
  @Contract({
    summary: 'Tạo kế hoạch năm mới từ kế hoạch này / Clone into a new year',
    tag: 'plans',
    body: ZPlanClone,
    response: ZPlan,
    status: 201,
  })
  clone(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: PlanClone,
    @Ctx() context: CallContext,
  ): Promise<Plan> {
    return this.plans.clone(id, body, context);
  }

  @Post(':id/amend')
  @Roles('standing_office')
  @Contract({ summary: 'Tạo bản sửa đổi / Amend (new version)', tag: 'plans', response: ZPlan, status: 201 })
  amend(@Param('id', ParseUUIDPipe) id: string, @Ctx() context: CallContext): Promise<Plan> {
    return this.plans.amend(id, context);
  }

  @Post(':id/close')
  @Roles('standing_office')
  @Contract({
    summary: 'Kết thúc kế hoạch / Close a plan',
    tag: 'plans',
    body: ZPlanClose,
    response: ZPlan,
    status: 200,
  })
  close(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: PlanClose,
    @Ctx() context: CallContext,
  ): Promise<Plan> {
    return this.plans.close(id, body, context);
  }

  @Put(':id/publication')
  @Roles('standing_office')
  @Contract({
    summary: 'Công bố trên cổng thông tin / Publish on the portal',
    tag: 'plans',
    body: ZPlanPublication,
    response: ZPlan,
  })
  publication(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: PlanPublication,
    @Ctx() context: CallContext,
  ): Promise<Plan> {
    return this.plans.setPublication(id, body, context);
  }
}
