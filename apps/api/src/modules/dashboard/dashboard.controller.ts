import { Controller, Get, Query } from '@nestjs/common';
import { type Dashboard, ZDashboard, type DashboardQuery, ZDashboardQuery } from '@bcdnq/domain/tasks';
import { Contract, Roles } from '../../common/contract.js';
import { DashboardService } from './dashboard.service.js';

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
  get(@Query() query: DashboardQuery): Promise<Dashboard> {
    return this.dashboard.build(query.year);
  }
}
