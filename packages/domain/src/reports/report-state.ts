import { defineStateMachine } from '../common/state-machine.js';

export const REPORT_STATUSES = [
  'expected',
  'draft',
  'submitted',
  'accepted',
  'returned',
  'resubmitted',
] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_STATUS_LABELS: Record<ReportStatus, { vi: string; en: string }> = {
  expected: { vi: 'Chưa lập', en: 'Expected' },
  draft: { vi: 'Đang soạn', en: 'Draft' },
  submitted: { vi: 'Đã gửi', en: 'Submitted' },
  accepted: { vi: 'Đã tiếp nhận', en: 'Accepted' },
  returned: { vi: 'Trả lại', en: 'Returned' },
  resubmitted: { vi: 'Đã gửi lại', en: 'Resubmitted' },
};

/** expected → draft → submitted → accepted | returned → resubmitted → accepted | returned. */
export const reportMachine = defineStateMachine(
  'báo cáo',
  REPORT_STATUSES,
  {
    startDraft: { from: ['expected'], to: 'draft' },
    submit: { from: ['draft'], to: 'submitted' },
    accept: { from: ['submitted', 'resubmitted'], to: 'accepted' },
    return: { from: ['submitted', 'resubmitted'], to: 'returned' },
    resubmit: { from: ['returned'], to: 'resubmitted' },
  },
  {
    state: Object.fromEntries(Object.entries(REPORT_STATUS_LABELS).map(([k, v]) => [k, v.vi])),
    event: {
      startDraft: 'lập báo cáo',
      submit: 'gửi',
      accept: 'tiếp nhận',
      return: 'trả lại',
      resubmit: 'gửi lại',
    },
  },
);
export type ReportEvent = (typeof reportMachine.events)[number];

/** A report is late when it was not submitted by its due date (dates compared as Asia/Ho_Chi_Minh days). */
export function isReportLate(
  report: { status: ReportStatus; dueOn: string; submittedOn: string | null },
  today: string,
): boolean {
  if (report.submittedOn) return report.submittedOn > report.dueOn;
  return today > report.dueOn;
}

/** Statuses in which the agency still writes its report: not yet written, being written, or returned to it. */
export const EDITABLE_REPORT_STATUSES = [
  'expected',
  'draft',
  'returned',
] as const satisfies readonly ReportStatus[];

/** Statuses of a report waiting for the standing office's review (its queue). */
export const AWAITING_REVIEW_REPORT_STATUSES = [
  'submitted',
  'resubmitted',
] as const satisfies readonly ReportStatus[];

/** Statuses of a report never submitted: nothing of it has reached the standing office. */
export const UNSUBMITTED_REPORT_STATUSES = ['expected', 'draft'] as const satisfies readonly ReportStatus[];

/** Accepted reports are immutable: corrections come as a new version. */
export function isReportEditable(status: ReportStatus): boolean {
  return (EDITABLE_REPORT_STATUSES as readonly ReportStatus[]).includes(status);
}

/** True for a report never submitted. */
export function isReportUnsubmitted(status: ReportStatus): boolean {
  return (UNSUBMITTED_REPORT_STATUSES as readonly ReportStatus[]).includes(status);
}
