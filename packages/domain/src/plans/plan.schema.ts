import { z } from 'zod';
import { ZIdList, ZListQueryOf } from '../common/primitives.js';
import { PLAN_STATUSES } from './plan-state.js';

export const PLAN_KINDS = ['yearly', 'thematic', 'agency'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];
export const ZPlanKind = z.enum(PLAN_KINDS);
export const PLAN_KIND_LABELS: Record<PlanKind, { vi: string; en: string }> = {
  yearly: { vi: 'Kế hoạch năm', en: 'Yearly plan' },
  thematic: { vi: 'Kế hoạch chuyên đề', en: 'Thematic or campaign plan' },
  agency: { vi: 'Kế hoạch thực hiện của đơn vị', en: "Agency's implementing plan" },
};
export const ZPlanStatus = z.enum(PLAN_STATUSES);

/** Who signed: `TM. Ủy ban nhân dân / KT. Chủ tịch / Phó Chủ tịch / Nguyễn Hương Giang`. */
export const ZSigner = z.object({
  name: z.string().trim().min(1).max(200),
  title: z.string().trim().max(200).nullable(),
  capacity: z.string().trim().max(200).nullable(),
});
export type Signer = z.infer<typeof ZSigner>;

/** A higher document cited: `Chỉ thị số 44-CT/TW ngày 20/7/2010 của Ban Bí thư`. */
export const ZDocumentReference = z.object({
  type: z.string().max(100).nullable(),
  number: z.string().max(100).nullable(),
  date: z.iso.date().nullable(),
  issuer: z.string().max(300).nullable(),
  text: z.string().max(2000),
});
export type DocumentReference = z.infer<typeof ZDocumentReference>;

export const REPORT_PERIODS = ['month', 'quarter', 'half-year', 'year', 'once'] as const;
export const ZReportPeriod = z.enum(REPORT_PERIODS);
export type ReportPeriod = z.infer<typeof ZReportPeriod>;

/** A reporting duty a plan sets: monthly before the 15th, or once by a date, to whom. */
export const ZReportingRule = z.object({
  period: ZReportPeriod,
  dueDay: z.number().int().min(1).max(31).nullable(),
  due: z.iso.date().nullable(),
  to: z.string().max(300).nullable(),
  text: z.string().max(5000),
});
export type ReportingRule = z.infer<typeof ZReportingRule>;

const planFields = {
  kind: ZPlanKind,
  title: z.string().trim().min(3, 'Nhập trích yếu kế hoạch').max(1000),
  year: z.number().int().min(2000, 'Năm không hợp lệ').max(2100, 'Năm không hợp lệ'),
  number: z.string().trim().max(60).nullable(),
  issuedOn: z.iso.date().nullable(),
  place: z.string().trim().max(100).nullable(),
  issuer: z.string().trim().max(300).nullable(),
  signer: ZSigner.nullable(),
  summary: z.string().max(20000).nullable(),
  references: z.array(ZDocumentReference).max(200),
  purposes: z.array(z.string().max(10000)).max(200),
  keyTasks: z.array(z.string().max(10000)).max(200),
  /** Section IV ("Tổ chức thực hiện") item by item; the reporting rules are read from it too. */
  implementation: z.array(z.string().max(10000)).max(200),
  reportingRules: z.array(ZReportingRule).max(50),
  recipients: z.array(z.string().max(500)).max(100),
  agencyId: z.uuid().nullable(),
  publishPublicly: z.boolean(),
};

export const ZPlan = z.object({
  id: z.uuid(),
  ...planFields,
  status: ZPlanStatus,
  versionNo: z.number().int().min(1),
  previousVersionId: z.uuid().nullable(),
  sourcePlanId: z.uuid().nullable(),
  taskCount: z.number().int().min(0).optional(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  version: z.number().int(),
});
export type Plan = z.infer<typeof ZPlan>;

export const ZPlanCreate = z.object({
  kind: planFields.kind.default('yearly'),
  title: planFields.title,
  year: planFields.year,
  number: planFields.number.optional(),
  issuedOn: planFields.issuedOn.optional(),
  place: planFields.place.optional(),
  issuer: planFields.issuer.optional(),
  signer: planFields.signer.optional(),
  summary: planFields.summary.optional(),
  references: planFields.references.default([]),
  purposes: planFields.purposes.default([]),
  keyTasks: planFields.keyTasks.default([]),
  implementation: planFields.implementation.default([]),
  reportingRules: planFields.reportingRules.default([]),
  recipients: planFields.recipients.default([]),
  agencyId: planFields.agencyId.optional(),
  publishPublicly: planFields.publishPublicly.default(false),
});
export type PlanCreate = z.infer<typeof ZPlanCreate>;

/** Every field of a plan's content: all of them take part in a comparison of versions. */
export const PLAN_CONTENT_FIELDS = Object.keys(ZPlanCreate.shape) as (keyof PlanCreate)[];

export const ZPlanUpdate = ZPlanCreate.partial().extend({ version: z.number().int().min(1) });
export type PlanUpdate = z.infer<typeof ZPlanUpdate>;

/** What issuing fixes for good: number, date and signer. */
export const ZPlanIssue = z.object({
  number: z.string().trim().min(3, 'Nhập số, ký hiệu văn bản').max(60),
  issuedOn: z.iso.date('Nhập ngày ban hành'),
  signer: ZSigner,
  version: z.number().int().min(1),
});
export type PlanIssue = z.infer<typeof ZPlanIssue>;

/** Columns a plan list may be sorted by. */
export const PLAN_SORT_KEYS = ['id', 'year', 'title', 'status', 'issuedOn', 'updatedAt', 'number'] as const;

export const ZPlanListFilter = z.object({
  year: z.coerce.number().int().optional(),
  kind: ZPlanKind.optional(),
  status: ZPlanStatus.optional(),
  issuer: z.string().max(300).optional(),
});

/** Splits `25/KH-UBND` into number, type code and issuer code. */
export function parseDocumentNumber(
  value: string,
): { number: string | null; typeCode: string | null; issuerCode: string | null } | null {
  const compact = value.replace(/\s+/g, '');
  const match = /^(\d*)\/([\p{L}]+)-([\p{L}\d]+)$/u.exec(compact);
  if (!match) return null;
  return { number: match[1] ? compact : null, typeCode: match[2] ?? null, issuerCode: match[3] ?? null };
}

/** `GET /api/plans`: the list query with its filters. */
export const ZPlanListQuery = ZListQueryOf(PLAN_SORT_KEYS)
  .extend(ZPlanListFilter.shape)
  .extend({ id: ZIdList });
export type PlanListQuery = z.infer<typeof ZPlanListQuery>;

const titleKey = (title: string) =>
  title
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^kế hoạch\s+/u, '')
    .replace(/[.;:,]+$/u, '');

/** Two plan titles name the same plan: case, spacing, a leading "Kế hoạch" and final punctuation aside. */
export function isSamePlanTitle(a: string, b: string): boolean {
  return titleKey(a) === titleKey(b);
}
