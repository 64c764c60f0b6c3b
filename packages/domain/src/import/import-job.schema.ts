import { z } from 'zod';
import { ZImportPreview, ZImportText, ZReportImportPreview } from './import-review.schema.js';

/** What a job reads a document into: a plan to review, or an agency's report for the report form. */
export const IMPORT_JOB_KINDS = ['plan', 'report'] as const;
export type ImportJobKind = (typeof IMPORT_JOB_KINDS)[number];

/** A job reads until it is done or fails; cancelling it deletes it (and stops the reader). */
export const IMPORT_JOB_STATES = ['running', 'done', 'failed'] as const;
export type ImportJobState = (typeof IMPORT_JOB_STATES)[number];

/** Pages read so far: a text PDF's pages ("pages"), or a scan's pages recognised one by one ("ocr"). */
export const ZImportJobProgress = z.object({
  stage: z.enum(['pages', 'ocr']),
  done: z.number().int().min(0),
  total: z.number().int().min(0),
});
export type ImportJobProgress = z.infer<typeof ZImportJobProgress>;

/** `POST /api/imports/jobs`: what to read the document as (a multipart field, or beside `text` in JSON). */
export const ZImportJobCreate = z.object({ kind: z.enum(IMPORT_JOB_KINDS).default('plan') });
export const ZImportJobText = ZImportJobCreate.extend(ZImportText.shape);

/** A document being read in the background: progress while it runs, the preview when done, a line if it failed. */
export const ZImportJob = z.object({
  id: z.uuid(),
  kind: z.enum(IMPORT_JOB_KINDS),
  state: z.enum(IMPORT_JOB_STATES),
  fileName: z.string().nullable(),
  progress: ZImportJobProgress.nullable(),
  /** The plan preview, when a plan job is done. */
  planPreview: ZImportPreview.nullable(),
  /** The report preview, when a report job is done. */
  reportPreview: ZReportImportPreview.nullable(),
  /** Pages of a scan with a picture to show beside the reading (`GET …/jobs/{id}/pages/{n}`). */
  pageImages: z.array(z.number().int().min(1)),
  /** Why it failed, in Vietnamese and English. */
  error: z.object({ message: z.string(), messageEn: z.string() }).nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  /** After this the job and its answer are gone (404). */
  expiresAt: z.iso.datetime({ offset: true }),
});
export type ImportJob = z.infer<typeof ZImportJob>;
