import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import {
  type ConsolidationExport,
  type ConsolidationGetQuery,
  type ConsolidationNarrative,
  type ConsolidationParts,
  type ConsolidationPartsQuery,
  type ConsolidationQuery,
  type ConsolidationSummary,
  ZConsolidationExport,
  ZConsolidationGetQuery,
  ZConsolidationNarrative,
  ZConsolidationParts,
  ZConsolidationPartsQuery,
  ZConsolidationQuery,
  ZConsolidationSummary,
} from '@bcdnq/domain/reports';
import { Contract, Roles } from '../../common/contract.js';
import { type CallContext, Ctx } from '../../common/request-context.js';
import { sendFile } from '../../common/send-file.js';
import { ExportsService } from '../exports/exports.service.js';
import { ConsolidationService } from './consolidation.service.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const fileName = (q: ConsolidationQuery, ext: string) => `Bao-cao-tong-hop-${q.from}-${q.to}.${ext}`;

@Controller('consolidation')
@Roles('committee_leader', 'standing_office', 'agency_officer')
export class ConsolidationController {
  constructor(
    private readonly consolidation: ConsolidationService,
    private readonly exports: ExportsService,
  ) {}

  @Get()
  @Contract({
    summary: 'Báo cáo tổng hợp / Consolidated report',
    tag: 'reports',
    query: ZConsolidationGetQuery,
    response: ZConsolidationSummary,
  })
  get(@Query() query: ConsolidationGetQuery, @Ctx() context: CallContext): Promise<ConsolidationSummary> {
    return this.consolidation.summary(query, context.actor);
  }

  @Get('parts')
  @Contract({
    summary: 'Chi tiết một chỉ số tổng hợp / The parts behind one consolidated total',
    tag: 'reports',
    query: ZConsolidationPartsQuery,
    response: ZConsolidationParts,
  })
  parts(@Query() query: ConsolidationPartsQuery, @Ctx() context: CallContext): Promise<ConsolidationParts> {
    return this.consolidation.parts(query, context.actor);
  }

  @Get('narrative')
  @Contract({
    summary: 'Phần lời và dự thảo báo cáo tổng hợp / Narrative and draft of the consolidated report',
    tag: 'reports',
    query: ZConsolidationQuery,
    response: ZConsolidationNarrative,
  })
  narrative(
    @Query() query: ConsolidationQuery,
    @Ctx() context: CallContext,
  ): Promise<ConsolidationNarrative> {
    return this.consolidation.narrative(query, context.actor);
  }

  @Get('export.docx')
  @Contract({
    summary: 'Báo cáo tổng hợp dạng Word / Consolidated report as .docx',
    tag: 'reports',
    query: ZConsolidationQuery,
    produces: DOCX,
  })
  async docx(
    @Query() query: ConsolidationQuery,
    @Ctx() context: CallContext,
    @Res() response: Response,
  ): Promise<void> {
    const [plan, result] = await this.consolidation.withPlan(query, context.actor);
    sendFile(
      response,
      await this.exports.consolidationDocx(plan, result, result.draftText),
      fileName(query, 'docx'),
      DOCX,
    );
  }

  @Post('export.docx')
  @Roles('committee_leader', 'standing_office')
  @Contract({
    summary: 'Báo cáo tổng hợp đã biên tập, dạng Word / The edited consolidated report as .docx',
    tag: 'reports',
    body: ZConsolidationExport,
    produces: DOCX,
    status: 200,
  })
  async editedDocx(
    @Body() body: ConsolidationExport,
    @Ctx() context: CallContext,
    @Res() response: Response,
  ): Promise<void> {
    const query = ZConsolidationQuery.parse({ planId: body.planId, from: body.from, to: body.to });
    const [plan, result] = await this.consolidation.withPlan(query, context.actor);
    sendFile(
      response,
      await this.exports.consolidationDocx(plan, result, body.text),
      fileName(query, 'docx'),
      DOCX,
    );
  }

  @Get('export.xlsx')
  @Contract({
    summary: 'Số liệu tổng hợp dạng Excel / Consolidated figures as .xlsx',
    tag: 'reports',
    query: ZConsolidationQuery,
    produces: XLSX,
  })
  async xlsx(
    @Query() query: ConsolidationQuery,
    @Ctx() context: CallContext,
    @Res() response: Response,
  ): Promise<void> {
    const [plan, result] = await this.consolidation.figuresWithPlan(query, context.actor);
    sendFile(
      response,
      await this.exports.consolidationXlsx(
        result,
        plan ? `Số liệu tổng hợp — ${plan.title}` : 'Số liệu tổng hợp',
      ),
      fileName(query, 'xlsx'),
      XLSX,
    );
  }
}
