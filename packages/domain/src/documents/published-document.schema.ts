import { z } from 'zod';
import { ZListQuery } from '../common/primitives.js';
import { ZSlug } from '../articles/article.schema.js';

/** An issued document made public on the portal, with the metadata a legal database shows. */
export const ZPublishedDocument = z.object({
  id: z.uuid(),
  planId: z.uuid().nullable(),
  slug: ZSlug,
  number: z.string().max(60),
  title: z.string().max(1000),
  documentType: z.string().max(100),
  issuer: z.string().max(300),
  signer: z.string().max(200).nullable(),
  issuedOn: z.iso.date(),
  effectiveOn: z.iso.date().nullable(),
  field: z.string().max(200).nullable(),
  abstract: z.string().max(5000).nullable(),
  /** Where a citizen downloads the document (the plan in the Decree 30 layout). */
  fileUrl: z.string().max(500).nullable(),
  publishedAt: z.iso.datetime({ offset: true }),
});
export type PublishedDocument = z.infer<typeof ZPublishedDocument>;

/** One published document with the plan's text, for its own page. */
export const ZPublishedDocumentDetail = ZPublishedDocument.extend({
  purposes: z.array(z.string()),
  keyTasks: z.array(z.string()),
  tasks: z.array(z.object({ ref: z.string().nullable(), text: z.string(), leads: z.array(z.string()) })),
  /** Section IV, "Tổ chức thực hiện": who coordinates, reports and checks, item by item. */
  implementation: z.array(z.string()),
});
export type PublishedDocumentDetail = z.infer<typeof ZPublishedDocumentDetail>;

/** The metadata staff edit: number, type, issuer, signer, dates, field and abstract. */
export const ZDocumentMetadataUpdate = z.object({
  number: z.string().trim().max(60).optional(),
  documentType: z.string().trim().min(2, 'Nhập loại văn bản').max(100).optional(),
  issuer: z.string().trim().max(300).optional(),
  signer: z.string().trim().max(200).nullable().optional(),
  issuedOn: z.iso.date().optional(),
  effectiveOn: z.iso.date().nullable().optional(),
  field: z.string().trim().max(200).nullable().optional(),
  abstract: z.string().trim().max(5000).nullable().optional(),
  version: z.number().int().min(1),
});
export type DocumentMetadataUpdate = z.infer<typeof ZDocumentMetadataUpdate>;

/** The fields of public documents (lĩnh vực) offered in the editor; free text stays possible. */
export const DOCUMENT_FIELDS = [
  'Quyền con người',
  'Quyền dân sự, chính trị',
  'Quyền kinh tế, xã hội, văn hóa',
  'Thông tin đối ngoại',
  'Tuyên truyền, phổ biến pháp luật',
] as const;

/** A published document as the newsroom edits it: the public shape with its version (optimistic locking). */
export const ZStaffDocument = ZPublishedDocument.extend({ version: z.number().int() });
export type StaffDocument = z.infer<typeof ZStaffDocument>;

/** The documents list (staff and portal): a page, searched by `q`. */
export const ZDocumentListQuery = ZListQuery.pick({ page: true, q: true }).extend({
  perPage: z.coerce.number().int().min(1).max(50).default(20),
});
export type DocumentListQuery = z.infer<typeof ZDocumentListQuery>;
