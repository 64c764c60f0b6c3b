import { z } from 'zod';
import { ZReportPeriod } from '../plans/plan.schema.js';
import { TASK_STATUSES } from '../tasks/task-state.js';
import { REPORT_STATUSES } from './report-state.js';

export const ZReportStatus = z.enum(REPORT_STATUSES);

/** What an agency owes: one report per period of a plan's reporting rule. */
export const ZReportObligation = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  agencyId: z.uuid(),
  period: ZReportPeriod,
  periodStart: z.iso.date(),
  periodEnd: z.iso.date(),
  dueOn: z.iso.date(),
});
export type ReportObligation = z.infer<typeof ZReportObligation>;

export const ZIndicatorValue = z.object({
  indicator: z.string().min(1).max(60),
  value: z.number().finite().min(0),
  note: z.string().max(1000).nullable().optional(),
});
export type IndicatorValue = z.infer<typeof ZIndicatorValue>;

/** What the agency did on one of its tasks during the period. */
export const ZReportTaskEntry = z.object({
  taskId: z.uuid(),
  done: z.string().max(20000),
  status: z.enum(TASK_STATUSES),
  figures: z.array(ZIndicatorValue).max(50),
});

const reportContent = {
  taskEntries: z.array(ZReportTaskEntry).max(500),
  situation: z.string().max(50000).nullable(),
  shortcomings: z.string().max(50000).nullable(),
  causes: z.string().max(50000).nullable(),
  proposals: z.string().max(50000).nullable(),
  figures: z.array(ZIndicatorValue).max(100),
};

export const ZReport = z.object({
  id: z.uuid(),
  obligationId: z.uuid(),
  agencyId: z.uuid(),
  /** The obligation this report answers: which plan, which period, due when. */
  planId: z.uuid(),
  period: ZReportPeriod,
  periodStart: z.iso.date(),
  periodEnd: z.iso.date(),
  dueOn: z.iso.date(),
  /** Not submitted by its due date (Việt Nam days). */
  late: z.boolean(),
  status: ZReportStatus,
  ...reportContent,
  submittedAt: z.iso.datetime({ offset: true }).nullable(),
  reviewComment: z.string().max(5000).nullable(),
  versionNo: z.number().int().min(1),
  version: z.number().int(),
});
export type Report = z.infer<typeof ZReport>;

export const ZReportUpdate = z.object({
  taskEntries: reportContent.taskEntries.optional(),
  situation: reportContent.situation.optional(),
  shortcomings: reportContent.shortcomings.optional(),
  causes: reportContent.causes.optional(),
  proposals: reportContent.proposals.optional(),
  figures: reportContent.figures.optional(),
  version: z.number().int().min(1),
});
export type ReportUpdate = z.infer<typeof ZReportUpdate>;

/** Columns a report list may be sorted by. */
export const REPORT_SORT_KEYS = ['id', 'dueOn', 'status', 'period'] as const;

export const ZReportListFilter = z.object({
  planId: z.uuid().optional(),
  agencyId: z.uuid().optional(),
  status: ZReportStatus.optional(),
  period: ZReportPeriod.optional(),
  late: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});
