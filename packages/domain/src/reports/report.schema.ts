import { z } from 'zod';
import { ZIdList, ZListQueryOf } from '../common/primitives.js';
import { INDICATOR_CATALOGUE } from '../indicators/indicator.schema.js';
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

const INDICATOR_CODES = new Set(INDICATOR_CATALOGUE.map((i) => i.code));

/** A figure as typed in a report: an indicator of the catalogue and a whole number in its unit. */
export const ZIndicatorValue = z.object({
  indicator: z
    .string()
    .min(1)
    .max(60)
    .refine((code) => INDICATOR_CODES.has(code), 'Chỉ tiêu không có trong danh mục'),
  value: z.number({ error: 'Nhập một số' }).int('Nhập số nguyên').min(0, 'Không được âm').max(1_000_000_000),
  note: z.string().max(1000).nullable().optional(),
});
export type IndicatorValue = z.infer<typeof ZIndicatorValue>;

/** What the agency did on one of its tasks during the period. */
export const ZReportTaskEntry = z.object({
  taskId: z.uuid(),
  /** The task's text when the report was written, so a returned or old report reads without the plan open. */
  taskText: z.string().max(20000).optional(),
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
  /** First submission: lateness and the on-time rate are judged by it. */
  submittedAt: z.iso.datetime({ offset: true }).nullable(),
  /** Latest submission or resubmission: the review queue's order. */
  lastSubmittedAt: z.iso.datetime({ offset: true }).nullable(),
  reviewComment: z.string().max(5000).nullable(),
  sectionComments: z.array(z.lazy(() => ZSectionComment)),
  /** Lồng ghép: this report is folded into that report of the same agency (its figures are counted there). */
  foldedIntoId: z.uuid().nullable(),
  /** A correction of an accepted report is a new version linked to the one it corrects. */
  correctsId: z.uuid().nullable(),
  agencyName: z.string(),
  planTitle: z.string(),
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
export const REPORT_SORT_KEYS = [
  'id',
  'dueOn',
  'status',
  'period',
  'lastSubmittedAt',
  'periodStart',
] as const;

/** The parts of a report a reviewer can comment on. */
export const REPORT_SECTIONS = [
  'taskEntries',
  'figures',
  'situation',
  'shortcomings',
  'causes',
  'proposals',
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];
export const REPORT_SECTION_LABELS: ReadonlyMap<ReportSection, { vi: string; en: string }> = new Map([
  ['taskEntries', { vi: 'Kết quả thực hiện nhiệm vụ', en: 'Work on tasks' }],
  ['figures', { vi: 'Số liệu', en: 'Figures' }],
  ['situation', { vi: 'Tình hình chung', en: 'General situation' }],
  ['shortcomings', { vi: 'Tồn tại, hạn chế', en: 'Shortcomings' }],
  ['causes', { vi: 'Nguyên nhân', en: 'Causes' }],
  ['proposals', { vi: 'Đề xuất, kiến nghị', en: 'Proposals' }],
]);

export const ZSectionComment = z.object({
  section: z.enum(REPORT_SECTIONS),
  comment: z.string().trim().min(1).max(5000),
});
export type SectionComment = z.infer<typeof ZSectionComment>;

export const ZReportListFilter = z.object({
  planId: z.uuid().optional(),
  agencyId: z.uuid().optional(),
  status: ZReportStatus.optional(),
  period: ZReportPeriod.optional(),
  late: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  /** The standing office's review queue: submitted and resubmitted reports, oldest submission first. */
  review: z
    .enum(['true'])
    .transform(() => true)
    .optional(),
  /** Only what is still to be written (expected, draft, returned; not folded). */
  open: z
    .enum(['true'])
    .transform(() => true)
    .optional(),
});

/** The report list's query: sort, page, filters, and `id=` lists (react-admin's getMany). */
export const ZReportListQuery = ZListQueryOf(REPORT_SORT_KEYS)
  .extend(ZReportListFilter.shape)
  .extend({ id: ZIdList });
export type ReportListQuery = z.infer<typeof ZReportListQuery>;
