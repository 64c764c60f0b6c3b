/** Roles of the system; an agency officer is bound to one agency. */
export const ROLES = [
  'admin',
  'committee_leader',
  'standing_office',
  'agency_officer',
  'editor',
  'reviewer',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  admin: { vi: 'Quản trị hệ thống', en: 'Administrator' },
  committee_leader: { vi: 'Lãnh đạo Ban Chỉ đạo', en: 'Committee leader' },
  standing_office: { vi: 'Cơ quan Thường trực', en: 'Standing office' },
  agency_officer: { vi: 'Cán bộ đầu mối đơn vị', en: 'Agency officer' },
  editor: { vi: 'Biên tập viên', en: 'Editor' },
  reviewer: { vi: 'Người duyệt tin', en: 'Reviewer' },
};

/** Roles that must be bound to an agency. */
export function roleNeedsAgency(role: Role): boolean {
  return role === 'agency_officer';
}
