import { AGENCY_KIND_LABELS } from '@bcdnq/domain/agencies';
import type { AuditEntry } from '@bcdnq/domain/common';
import { PLAN_KIND_LABELS, PLAN_STATUS_LABELS } from '@bcdnq/domain/plans';
import { TASK_STATUS_LABELS } from '@bcdnq/domain/tasks';
import { ROLE_LABELS } from '@bcdnq/domain/users';
import { describeValue, isRecord } from './describe-value';
import { type Label, pickLabel } from './labels';

/** What each recorded action means, in the UI language. Unknown codes are shown as they are. */
export const AUDIT_ACTION_LABELS: Record<string, Label> = {
  'plan.create': { vi: 'Tạo kế hoạch', en: 'Plan created' },
  'plan.update': { vi: 'Sửa kế hoạch', en: 'Plan edited' },
  'plan.issue': { vi: 'Ban hành', en: 'Issued' },
  'plan.supersede': { vi: 'Bị thay thế bởi phiên bản mới', en: 'Superseded by a new version' },
  'plan.clone': { vi: 'Sao chép sang năm mới', en: 'Copied into a new year' },
  'plan.amend': { vi: 'Lập phiên bản sửa đổi', en: 'Amendment drafted' },
  'plan.close': { vi: 'Kết thúc kế hoạch', en: 'Plan closed' },
  'plan.publish': { vi: 'Công khai trên Cổng thông tin', en: 'Published on the portal' },
  'plan.unpublish': { vi: 'Thôi công khai trên Cổng thông tin', en: 'Withdrawn from the portal' },
  'plan.import': { vi: 'Nhập từ văn bản', en: 'Imported from a document' },
  'task.create': { vi: 'Tạo nhiệm vụ', en: 'Task created' },
  'task.update': { vi: 'Sửa nhiệm vụ', en: 'Task edited' },
  'task.note': { vi: 'Báo cáo tiến độ', en: 'Progress note added' },
  'task.batchUpdate': { vi: 'Sửa hàng loạt', en: 'Batch edit' },
  'task.start': { vi: 'Bắt đầu thực hiện', en: 'Started' },
  'task.complete': { vi: 'Hoàn thành', en: 'Completed' },
  'task.markOverdue': { vi: 'Đánh dấu quá hạn', en: 'Marked overdue' },
  'task.resume': { vi: 'Tiếp tục thực hiện', en: 'Resumed' },
  'task.carryOver': { vi: 'Chuyển sang năm sau', en: 'Carried over' },
  'task.handOver': { vi: 'Chuyển giao cho đơn vị kế thừa', en: 'Handed over to the successor' },
  'report.handOver': { vi: 'Chuyển báo cáo cho đơn vị kế thừa', en: 'Report handed over to the successor' },
  'report.dropOnSuccession': {
    vi: 'Bỏ báo cáo trùng kỳ (đơn vị kế thừa đã có)',
    en: 'Report dropped (the successor owes it already)',
  },
  'report.update': { vi: 'Soạn, sửa báo cáo', en: 'Report edited' },
  'report.attach': { vi: 'Đính kèm tệp vào báo cáo', en: 'File attached to the report' },
  'report.fold': { vi: 'Lồng ghép vào báo cáo khác', en: 'Folded into another report' },
  'report.correct': { vi: 'Lập bản đính chính', en: 'Correction drafted' },
  'report.submit': { vi: 'Gửi báo cáo', en: 'Report submitted' },
  'report.resubmit': { vi: 'Gửi lại báo cáo', en: 'Report resubmitted' },
  'report.return': { vi: 'Trả lại báo cáo', en: 'Report returned' },
  'report.accept': { vi: 'Tiếp nhận báo cáo', en: 'Report accepted' },
  'article.create': { vi: 'Tạo tin bài', en: 'Article created' },
  'article.update': { vi: 'Sửa tin bài', en: 'Article edited' },
  'article.publish': { vi: 'Đăng tin bài', en: 'Article published' },
  'article.submit': { vi: 'Gửi duyệt tin bài', en: 'Article sent for review' },
  'article.approve': { vi: 'Duyệt tin bài', en: 'Article approved' },
  'article.return': { vi: 'Trả lại tin bài', en: 'Article returned' },
  'article.schedule': { vi: 'Hẹn giờ đăng', en: 'Publication scheduled' },
  'article.unschedule': { vi: 'Hủy hẹn giờ đăng', en: 'Schedule cancelled' },
  'article.unpublish': { vi: 'Gỡ tin bài', en: 'Article unpublished' },
  'article.revise': { vi: 'Biên tập lại tin bài', en: 'Article reopened for editing' },
  'article.archive': { vi: 'Lưu trữ tin bài', en: 'Article archived' },
  'campaign.create': { vi: 'Tạo đợt tuyên truyền', en: 'Campaign created' },
  'campaign.update': { vi: 'Sửa đợt tuyên truyền', en: 'Campaign edited' },
  'document.update': { vi: 'Sửa thông tin văn bản công bố', en: 'Public document edited' },
  'media.upload': { vi: 'Tải ảnh lên', en: 'Image uploaded' },
  'agency.create': { vi: 'Tạo đơn vị', en: 'Agency created' },
  'agency.update': { vi: 'Sửa đơn vị', en: 'Agency edited' },
  'agency.succession': { vi: 'Sáp nhập / đổi tên', en: 'Merged / renamed' },
  'user.create': { vi: 'Tạo tài khoản', en: 'Account created' },
  'user.update': { vi: 'Sửa tài khoản', en: 'Account edited' },
  'user.revokeSessions': { vi: 'Thu hồi phiên đăng nhập', en: 'Sessions revoked' },
  'auth.logoutEverywhere': { vi: 'Đăng xuất khỏi mọi phiên', en: 'Logged out of all sessions' },
  'auth.changePassword': { vi: 'Đổi mật khẩu', en: 'Password changed' },
  'plan.reportObligations': { vi: 'Lập danh sách báo cáo phải nộp', en: 'Reports owed set up' },
  'auth.login': { vi: 'Đăng nhập', en: 'Signed in' },
  'auth.logout': { vi: 'Đăng xuất', en: 'Signed out' },
};

// Bookkeeping that changes with every save and says nothing to a reader.
const NOISE = new Set([
  'id',
  'version',
  'createdAt',
  'updatedAt',
  'searchText',
  'passwordHash',
  'taskCount',
  'plan',
  'agencyNames',
]);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Bare identifiers (`planId`, `noteId`) mean nothing to a reader; the page they are on already says which record. */
const isIdentifier = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'string' && UUID.test(value));

export type AuditChange = { field: string; labelKey: string; before: string; after: string };
/** `created`: nothing stood before (a creation): only the values set are worth showing. */
export type AuditRow = {
  id: string;
  at: string;
  who: string | null;
  action: string;
  created: boolean;
  changes: AuditChange[];
};

const RESOURCES: Record<string, string> = { plan: 'plans', task: 'tasks', agency: 'agencies', user: 'users' };

// Enumerated fields read with the domain's own labels.
const VALUE_LABELS: Record<string, Record<string, Record<string, Label>>> = {
  plan: { status: PLAN_STATUS_LABELS, kind: PLAN_KIND_LABELS },
  task: { status: TASK_STATUS_LABELS },
  agency: { kind: AGENCY_KIND_LABELS },
  user: { role: ROLE_LABELS },
};

/** Agency names a task's snapshot carries (`agencyNames`), before and after, for reading its lead and coordinators. */
function agencyNamesOf(...snapshots: Record<string, unknown>[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const snapshot of snapshots) {
    if (!isRecord(snapshot.agencyNames)) continue;
    for (const [id, name] of Object.entries(snapshot.agencyNames))
      if (typeof name === 'string') names.set(id, name);
  }
  return names;
}

const UNKNOWN_AGENCY: Label = { vi: 'đơn vị không còn trong danh mục', en: 'an agency no longer listed' };

/** Lead and coordinating agencies by name, as a person reads them ("Đề nghị" before a requested lead). */
function describeAgencies(
  field: string,
  value: unknown,
  names: ReadonlyMap<string, string>,
  locale: string,
): string | null {
  const name = (id: unknown) =>
    typeof id === 'string' ? (names.get(id) ?? pickLabel(UNKNOWN_AGENCY, locale)) : '—';
  if (field === 'leads' && Array.isArray(value)) {
    const requested = locale.startsWith('en') ? 'Requested: ' : 'Đề nghị ';
    return (
      value
        .map((lead) =>
          isRecord(lead) ? `${lead.requested === true ? requested : ''}${name(lead.agencyId)}` : '—',
        )
        .join('\n') || '—'
    );
  }
  if (field === 'coordinatorIds' && Array.isArray(value)) return value.map(name).join('\n') || '—';
  return null;
}

function describe(
  entity: string,
  field: string,
  value: unknown,
  locale: string,
  names: ReadonlyMap<string, string> = new Map(),
): string {
  const agencies = describeAgencies(field, value, names, locale);
  if (agencies !== null) return agencies;
  const labels = VALUE_LABELS[entity]?.[field];
  if (labels && typeof value === 'string' && labels[value]) return pickLabel(labels[value], locale);
  return describeValue(field, value, locale);
}

export function auditActionLabel(action: string, locale: string): string {
  const label = AUDIT_ACTION_LABELS[action];
  return label ? pickLabel(label, locale) : action;
}

/** The fields an entry changed, before → after in words (a creation lists what it set). */
export function auditChanges(
  entry: Pick<AuditEntry, 'entity' | 'before' | 'after'>,
  locale: string,
): AuditChange[] {
  const before = isRecord(entry.before) ? entry.before : {};
  const after = isRecord(entry.after) ? entry.after : {};
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (k) => !NOISE.has(k) && !(isIdentifier(before[k]) && isIdentifier(after[k])),
  );
  const resource = RESOURCES[entry.entity] ?? entry.entity;
  const names = agencyNamesOf(before, after);
  return keys
    .map((field) => ({
      field,
      labelKey: `resources.${resource}.fields.${field}`,
      before: describe(entry.entity, field, before[field], locale, names),
      after: describe(entry.entity, field, after[field], locale, names),
    }))
    .filter((change) => change.before !== change.after);
}

export function auditRows(entries: readonly AuditEntry[], locale: string): AuditRow[] {
  return entries.map((entry) => ({
    id: entry.id,
    at: entry.at,
    who: entry.actorUsername,
    action: auditActionLabel(entry.action, locale),
    created: entry.before === null,
    changes: auditChanges(entry, locale),
  }));
}
