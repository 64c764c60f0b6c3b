import { z } from 'zod';
import { ZPlanCreate, ZPlanStatus } from '../plans/plan.schema.js';
import { ZTaskCreate } from '../tasks/task.schema.js';
import { ZImportedFigure, ZImportResult } from './import-result.schema.js';

/** What the reviewer sees after an upload: the reading, the source text, agency matches and duplicates. */
export const ZImportPreview = z.object({
  result: ZImportResult,
  sourceText: z.string(),
  fileName: z.string().nullable(),
  /** Every agency name the reading contains → the catalogue agency it resolves to, or null when unknown. */
  agencies: z.record(z.string(), z.uuid().nullable()),
  /** Existing plans that are probably the same document: the same number, or the same title and year. */
  duplicates: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      number: z.string().nullable(),
      year: z.number().int(),
      status: ZPlanStatus,
    }),
  ),
});
export type ImportPreview = z.infer<typeof ZImportPreview>;

export const ZImportText = z.object({
  text: z.string().min(1, 'Dán nội dung văn bản').max(5_000_000, 'Văn bản quá dài'),
});

/** The reviewed draft to save: the plan and its tasks, in one transaction. */
export const ZImportCommit = z.object({
  plan: ZPlanCreate,
  tasks: z.array(ZTaskCreate.omit({ planId: true })).max(500),
});
export type ImportCommit = z.infer<typeof ZImportCommit>;

/** One indicator's figures in a report read from a document: their total and each mention with its sentence. */
export const ZReportIndicatorReading = z.object({
  indicator: z.string(),
  total: z.number().nonnegative(),
  mentions: z.array(ZImportedFigure),
});
export type ReportIndicatorReading = z.infer<typeof ZReportIndicatorReading>;

/**
 * An agency's report read from its document, for the report form to pre-fill: the importer's reading (kind
 * "report" when it recognised one), the source text, the reporting agency resolved to the catalogue, and the
 * figures added up per indicator (catalogue order), each linked to the sentences it came from.
 */
export const ZReportImportPreview = z.object({
  result: ZImportResult,
  sourceText: z.string(),
  fileName: z.string().nullable(),
  agencyId: z.uuid().nullable(),
  indicators: z.array(ZReportIndicatorReading),
});
export type ReportImportPreview = z.infer<typeof ZReportImportPreview>;
