import { z } from 'zod';
import { ZDocumentReference, ZReportingRule, ZSigner } from '../plans/plan.schema.js';
import { ZSchedule } from '../tasks/schedule.js';
import { ZTopic } from '../tasks/topics.js';

export const IMPORT_KINDS = ['plan', 'article', 'report', 'unknown'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** A lead agency as the importer read it: canonical catalogue name, or the name as written when unknown. */
export const ZImportedLead = z.strictObject({
  agency: z.string().min(1).max(300),
  requested: z.boolean(),
});
export type ImportedLead = z.infer<typeof ZImportedLead>;

/** One assigned duty of section III, before a person reviews it and agencies are mapped to ids. */
export const ZImportedTask = z.strictObject({
  ref: z.string().max(40).nullable(),
  text: z.string().min(1).max(20000),
  subDuties: z.array(z.string().min(1).max(5000)),
  leads: z.array(ZImportedLead),
  coordinators: z.array(z.string().min(1).max(300)),
  schedule: ZSchedule,
  topics: z.array(ZTopic),
});
export type ImportedTask = z.infer<typeof ZImportedTask>;

export const ZImportedPlan = z.strictObject({
  number: z.string().max(60).nullable(),
  typeCode: z.string().max(20).nullable(),
  issuerCode: z.string().max(40).nullable(),
  issuedOn: z.iso.date().nullable(),
  place: z.string().max(100).nullable(),
  issuer: z.string().max(300).nullable(),
  title: z.string().max(1000).nullable(),
  year: z.number().int().min(1900).max(2200).nullable(),
  signer: ZSigner.nullable(),
  references: z.array(ZDocumentReference).max(200),
  purposes: z.array(z.string().max(10000)).max(200),
  keyTasks: z.array(z.string().max(10000)).max(200),
  tasks: z.array(ZImportedTask),
  /** Section IV ("Tổ chức thực hiện"): every item as written, reporting rule or not. */
  implementation: z.array(z.string().max(10000)).max(200),
  reportingRules: z.array(ZReportingRule).max(50),
  recipients: z.array(z.string().max(500)).max(100),
});
export type ImportedPlan = z.infer<typeof ZImportedPlan>;

export const ZImportedFigure = z.strictObject({
  indicator: z
    .string()
    .min(2)
    .max(60)
    .regex(/^[a-z0-9-]+$/),
  value: z.number().finite().nonnegative(),
  text: z.string().max(1000),
});
export type ImportedFigure = z.infer<typeof ZImportedFigure>;

export const ZImportedArticle = z.strictObject({
  title: z.string().min(1).max(1000),
  publishedAt: z.iso.datetime({ offset: true }).nullable(),
  byline: z.string().max(200).nullable(),
  category: z.string().max(200).nullable(),
  lead: z.string().max(5000).nullable(),
  body: z.string().max(2_000_000),
  figures: z.array(ZImportedFigure),
});
export type ImportedArticle = z.infer<typeof ZImportedArticle>;

/** The periods an agency's report covers (the import contract's "Reports" section). */
export const REPORT_PERIOD_KINDS = ['month', 'quarter', 'half-year', 'nine-months', 'year', 'other'] as const;
export type ReportPeriodKind = (typeof REPORT_PERIOD_KINDS)[number];

export const ZImportedReportPeriod = z.strictObject({
  kind: z.enum(REPORT_PERIOD_KINDS),
  start: z.iso.date().nullable(),
  end: z.iso.date().nullable(),
});
export type ImportedReportPeriod = z.infer<typeof ZImportedReportPeriod>;

/** A number the report states that matches no indicator of the catalogue, kept with its sentence. */
export const ZUnrecognisedFigure = z.strictObject({
  value: z.number().finite().nonnegative(),
  text: z.string().max(1000),
});
export type UnrecognisedFigure = z.infer<typeof ZUnrecognisedFigure>;

export const REPORT_SECTIONS = [
  'situation',
  'results',
  'shortcomings',
  'causes',
  'directions',
  'proposals',
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

/** An agency's report read from its document: header, period, what it answers, sections and every figure. */
export const ZImportedReport = z.strictObject({
  number: z.string().max(60).nullable(),
  issuedOn: z.iso.date().nullable(),
  place: z.string().max(100).nullable(),
  agency: z.string().max(300).nullable(),
  title: z.string().max(1000).nullable(),
  period: ZImportedReportPeriod.nullable(),
  answers: z.array(z.strictObject({ number: z.string().max(60), date: z.iso.date().nullable() })).max(50),
  figures: z.array(ZImportedFigure).max(2000),
  unrecognisedFigures: z.array(ZUnrecognisedFigure).max(2000),
  sections: z.strictObject({
    situation: z.string().max(500_000).nullable(),
    results: z.string().max(500_000).nullable(),
    shortcomings: z.string().max(500_000).nullable(),
    causes: z.string().max(500_000).nullable(),
    directions: z.string().max(500_000).nullable(),
    proposals: z.string().max(500_000).nullable(),
  }),
  signer: ZSigner.nullable(),
  recipients: z.array(z.string().max(500)).max(100),
});
export type ImportedReport = z.infer<typeof ZImportedReport>;

/** The fixed output of `import-document` (docs/import-contract.md): exactly the part named by kind is set. */
export const ZImportResult = z
  .strictObject({
    kind: z.enum(IMPORT_KINDS),
    warnings: z.array(z.string()),
    plan: ZImportedPlan.nullable(),
    article: ZImportedArticle.nullable(),
    report: ZImportedReport.nullable(),
  })
  .refine(
    (r) =>
      (r.kind === 'plan') === (r.plan !== null) &&
      (r.kind === 'article') === (r.article !== null) &&
      (r.kind === 'report') === (r.report !== null),
    { message: 'plan, article and report are each set exactly when kind names them' },
  );
export type ImportResult = z.infer<typeof ZImportResult>;
