import { Controller, Get, Query } from '@nestjs/common';
import { z } from 'zod';
import { type Dashboard, ZDashboard } from '@bcdnq/domain/tasks';
import { Contract, Roles } from '../../common/contract.js';
import { DashboardService } from './dashboard.service.js';

const ZDashboardQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

@Controller('dashboard')
@Roles('committee_leader', 'standing_office')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  @Contract({
    summary: 'Bảng điều hành / Dashboard',
    tag: 'dashboard',
    query: ZDashboardQuery,
    response: ZDashboard,
  })
  get(@Query() query: z.infer<typeof ZDashboardQuery>): Promise<Dashboard> {
    return this.dashboard.build(query.year);
  }
}
