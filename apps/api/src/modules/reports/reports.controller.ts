import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ZPage } from '@bcdnq/domain/common';
import { type Report, ZReport } from '@bcdnq/domain/reports';
import { Contract, Roles } from '../../common/contract.js';
import type { Page } from '../../common/list.js';
import { type CallContext, Ctx } from '../../common/request-context.js';
import { type ReportListQuery, ZReportListQuery } from './dto/report-list.query.js';
import { ReportsService } from './reports.service.js';

@Controller('reports')
@Roles('committee_leader', 'standing_office', 'agency_officer')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get()
  @Contract({ summary: 'Báo cáo định kỳ / Periodic reports', tag: 'reports', query: ZReportListQuery, response: ZPage(ZReport) })
  list(@Query() query: ReportListQuery, @Ctx() context: CallContext): Promise<Page<Report>> {
    return this.reports.list(query, context.actor);
  }

  @Get(':id')
  @Contract({ summary: 'Một báo cáo / One report', tag: 'reports', response: ZReport })
  get(@Param('id', ParseUUIDPipe) id: string, @Ctx() context: CallContext): Promise<Report> {
    return this.reports.get(id, context.actor);
  }
}
