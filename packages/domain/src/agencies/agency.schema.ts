import { z } from 'zod';
import { ZIdList, ZListQueryOf } from '../common/primitives.js';

export const AGENCY_KINDS = [
  'standing_office',
  'people_committee_office',
  'department',
  'board',
  'party_body',
  'mass_organisation',
  'judicial',
  'local_government',
  'other',
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];
export const ZAgencyKind = z.enum(AGENCY_KINDS);

export const AGENCY_KIND_LABELS: Record<AgencyKind, { vi: string; en: string }> = {
  standing_office: { vi: 'Cơ quan thường trực', en: 'Standing office' },
  people_committee_office: { vi: 'Văn phòng UBND', en: "People's Committee office" },
  department: { vi: 'Sở, ngành', en: 'Department' },
  board: { vi: 'Ban thuộc UBND', en: 'Board' },
  party_body: { vi: 'Cơ quan Đảng', en: 'Party body' },
  mass_organisation: { vi: 'Mặt trận, đoàn thể', en: 'Mass organisation' },
  judicial: { vi: 'Cơ quan tư pháp', en: 'Judicial body' },
  local_government: { vi: 'Chính quyền địa phương', en: 'Local government' },
  other: { vi: 'Khác', en: 'Other' },
};

const agencyFields = {
  code: z
    .string()
    .trim()
    .min(2, 'Mã đơn vị cần ít nhất 2 ký tự')
    .max(40)
    .regex(/^[a-z0-9-]+$/, 'Mã đơn vị chỉ gồm chữ thường không dấu, số và gạch ngang'),
  name: z.string().trim().min(2, 'Nhập tên đơn vị').max(300),
  shortName: z.string().trim().max(100).nullable(),
  aliases: z.array(z.string().trim().min(1).max(300)).max(50),
  kind: ZAgencyKind,
  validFrom: z.iso.date().nullable(),
  validTo: z.iso.date().nullable(),
};

export const ZAgency = z.object({
  id: z.uuid(),
  ...agencyFields,
  successorIds: z.array(z.uuid()),
  version: z.number().int(),
});
export type Agency = z.infer<typeof ZAgency>;

const validity = (v: { validFrom?: string | null; validTo?: string | null }) =>
  !v.validFrom || !v.validTo || v.validFrom <= v.validTo;
const validityError = { message: 'Ngày hết hiệu lực phải sau ngày bắt đầu', path: ['validTo'] };

export const ZAgencyCreate = z
  .object({
    ...agencyFields,
    shortName: agencyFields.shortName.optional(),
    aliases: agencyFields.aliases.default([]),
    validFrom: agencyFields.validFrom.optional(),
    validTo: agencyFields.validTo.optional(),
  })
  .refine(validity, validityError);
export type AgencyCreate = z.infer<typeof ZAgencyCreate>;

export const ZAgencyUpdate = z
  .object({
    name: agencyFields.name.optional(),
    shortName: agencyFields.shortName.optional(),
    aliases: agencyFields.aliases.optional(),
    kind: ZAgencyKind.optional(),
    validFrom: agencyFields.validFrom.optional(),
    validTo: agencyFields.validTo.optional(),
    version: z.number().int().min(1),
  })
  .refine(validity, validityError);
export type AgencyUpdate = z.infer<typeof ZAgencyUpdate>;

/** An entry of the catalogue shipped as data: agencies are identified by their stable code. */
export type AgencySeed = {
  code: string;
  name: string;
  shortName?: string;
  aliases: string[];
  kind: AgencyKind;
  validFrom?: string;
  validTo?: string;
  successors?: string[];
};

/** An agency ends (merged, renamed, abolished) and hands over to its successor. */
export const ZAgencySuccession = z.object({
  successorId: z.uuid('Chọn đơn vị kế thừa'),
  validTo: z.iso.date('Nhập ngày kết thúc'),
  handOverOpenTasks: z.boolean().default(true),
  version: z.number().int().min(1),
});
export type AgencySuccession = z.infer<typeof ZAgencySuccession>;

/** What a succession did: the ended agency and how many open tasks passed to its successor. */
export const ZAgencySuccessionResult = z.object({ agency: ZAgency, handedOver: z.number().int().min(0) });
export type AgencySuccessionResult = z.infer<typeof ZAgencySuccessionResult>;

/** Columns an agency list may be sorted by. */
export const AGENCY_SORT_KEYS = ['id', 'name', 'kind', 'code', 'validTo'] as const;

/** `GET /api/agencies`: the list query with its filters. */
export const ZAgencyListQuery = ZListQueryOf(AGENCY_SORT_KEYS).extend({
  id: ZIdList,
  kind: ZAgencyKind.optional(),
  activeOn: z.iso.date().optional(),
});
export type AgencyListQuery = z.infer<typeof ZAgencyListQuery>;
