import { z } from 'zod';
import { ZPlanCreate, ZPlanStatus } from '../plans/plan.schema.js';
import { ZTaskCreate } from '../tasks/task.schema.js';
import { ZImportedFigure, ZImportResult } from './import-result.schema.js';

/** A word OCR read with low confidence: its page, where it stands in the source text, and how sure OCR was. */
export const ZLowConfidenceWord = z.object({
  page: z.number().int().min(1),
  /** Offset and length in the source text, in UTF-16 code units (JavaScript string indices). */
  offset: z.number().int().min(0),
  length: z.number().int().min(1),
  word: z.string(),
  /** 0–100 */
  confidence: z.number().min(0).max(100),
});
export type LowConfidenceWord = z.infer<typeof ZLowConfidenceWord>;

/** How a scanned document was read: the pages recognised by OCR and the words the reviewer should check. */
export const ZScanReading = z.object({
  pages: z.array(z.number().int().min(1)),
  lowConfidence: z.array(ZLowConfidenceWord).max(5000),
});
export type ScanReading = z.infer<typeof ZScanReading>;

/** What the reviewer sees after an upload: the reading, the source text, agency matches and duplicates. */
export const ZImportPreview = z.object({
  result: ZImportResult,
  sourceText: z.string(),
  fileName: z.string().nullable(),
  /** Set when the document was a scan. */
  scan: ZScanReading.nullable(),
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
  scan: ZScanReading.nullable(),
  agencyId: z.uuid().nullable(),
  indicators: z.array(ZReportIndicatorReading),
});
export type ReportImportPreview = z.infer<typeof ZReportImportPreview>;
