import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ZPage } from '@bcdnq/domain/common';
import { type Plan, type PlanCreate, type PlanIssue, type PlanUpdate, ZPlan, ZPlanCreate, ZPlanIssue, ZPlanUpdate } from '@bcdnq/domain/plans';
import { Contract, Roles } from '../../common/contract.js';
import type { Page } from '../../common/list.js';
import { type CallContext, Ctx } from '../../common/request-context.js';
import { type PlanListQuery, ZPlanListQuery } from './dto/plan-list.query.js';
import { PlansService } from './plans.service.js';

@Controller('plans')
export class PlansController {
  constructor(private readonly plans: PlansService) {}

  @Get()
  @Contract({ summary: 'Danh sách kế hoạch / Plans', tag: 'plans', query: ZPlanListQuery, response: ZPage(ZPlan) })
  list(@Query() query: PlanListQuery, @Ctx() context: CallContext): Promise<Page<Plan>> {
    return this.plans.list(query, context.actor);
  }

  @Get(':id')
  @Contract({ summary: 'Một kế hoạch / One plan', tag: 'plans', response: ZPlan })
  get(@Param('id', ParseUUIDPipe) id: string, @Ctx() context: CallContext): Promise<Plan> {
    return this.plans.get(id, context.actor);
  }

  @Post()
  @Roles('standing_office')
  @Contract({ summary: 'Tạo dự thảo kế hoạch / Create a draft plan', tag: 'plans', body: ZPlanCreate, response: ZPlan, status: 201 })
  create(@Body() body: PlanCreate, @Ctx() context: CallContext): Promise<Plan> {
    return this.plans.create(body, context);
  }

  @Put(':id')
  @Roles('standing_office')
  @Contract({ summary: 'Sửa dự thảo kế hoạch / Update a draft plan', tag: 'plans', body: ZPlanUpdate, response: ZPlan })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: PlanUpdate, @Ctx() context: CallContext): Promise<Plan> {
    return this.plans.update(id, body, context);
  }

  @Post(':id/issue')
  @Roles('standing_office', 'committee_leader')
  @Contract({ summary: 'Ban hành kế hoạch / Issue a plan', tag: 'plans', body: ZPlanIssue, response: ZPlan, status: 200 })
  issue(@Param('id', ParseUUIDPipe) id: string, @Body() body: PlanIssue, @Ctx() context: CallContext): Promise<Plan> {
    return this.plans.issue(id, body, context);
  }
}
