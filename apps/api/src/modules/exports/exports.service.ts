import { Injectable } from '@nestjs/common';
import type { Plan } from '@bcdnq/domain/plans';
import type { Consolidation } from '@bcdnq/domain/reports';
import type { Task } from '@bcdnq/domain/tasks';
import { renderConsolidationDocx } from './consolidation-docx.js';
import { renderConsolidationXlsx } from './consolidation-xlsx.js';
import { renderPlanDocx } from './plan-docx.js';
import { renderTasksXlsx } from './tasks-xlsx.js';

/** Agency names as the caller resolves them (catalogue, or the names a plan was issued with). */
export type AgencyNames = (agencyId: string) => string;

/** Office documents built from plans and tasks; loading and access checks stay with the caller. */
@Injectable()
export class ExportsService {
  /** The plan as a Decree 30 Word document. */
  planDocx(plan: Plan, tasks: Task[], names: AgencyNames): Promise<Buffer> {
    return renderPlanDocx(plan, tasks, names);
  }

  /** The tasks as an Excel sheet; `title` heads the sheet (e.g. the plan's or the filter's name). */
  tasksXlsx(tasks: Task[], names: AgencyNames, title?: string): Promise<Buffer> {
    return renderTasksXlsx(tasks, names, title === undefined ? {} : { title });
  }

  /** The consolidated report as a Decree 30 Word document, with the narrative text as edited (or as gathered). */
  consolidationDocx(plan: Plan | null, consolidation: Consolidation, text: string): Promise<Buffer> {
    return renderConsolidationDocx(plan, consolidation, text);
  }

  /** The consolidated figures as Excel: totals, and the parts behind them. */
  consolidationXlsx(consolidation: Consolidation, title: string): Promise<Buffer> {
    return renderConsolidationXlsx(consolidation, title);
  }
}
