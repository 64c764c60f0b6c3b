import { z } from 'zod';
import { ZListQuery } from '../common/primitives.js';
import type { Role } from '../users/roles.js';
import { ZReportPeriod } from '../plans/plan.schema.js';
import type { ReportEvent } from './report-state.js';
import { ZReportStatus, ZReportTaskEntry, ZSectionComment } from './report.schema.js';

/** The events a person fires on a report (startDraft happens by itself at the first save). */
export const REPORT_EVENTS = [
  'startDraft',
  'submit',
  'accept',
  'return',
  'resubmit',
] as const satisfies readonly ReportEvent[];
export const REPORT_USER_EVENTS = [
  'submit',
  'resubmit',
  'return',
  'accept',
] as const satisfies readonly ReportEvent[];
export type ReportUserEvent = (typeof REPORT_USER_EVENTS)[number];

export const ZReportStatusChange = z
  .object({
    event: z.enum(REPORT_USER_EVENTS),
    comment: z.string().trim().max(5000).optional(),
    sectionComments: z.array(ZSectionComment).max(20).optional(),
    version: z.number().int().min(1),
  })
  .refine((v) => v.event !== 'return' || Boolean(v.comment) || (v.sectionComments?.length ?? 0) > 0, {
    message: 'Nêu lý do trả lại báo cáo',
    path: ['comment'],
  });
export type ReportStatusChange = z.infer<typeof ZReportStatusChange>;

/**
 * Who may fire a report event: the agency's own officer submits and resubmits; the standing office returns and
 * accepts (administrators stand in for either). Whether the report is the officer's own is checked by scoping.
 */
export function mayFireReportEvent(role: Role, event: ReportUserEvent): boolean {
  if (role === 'admin') return true;
  if (event === 'submit' || event === 'resubmit') return role === 'agency_officer';
  return role === 'standing_office';
}

/** Lồng ghép: fold this report into another of the same agency, or undo it (null). */
export const ZReportFold = z.object({ intoReportId: z.uuid().nullable(), version: z.number().int().min(1) });
export type ReportFold = z.infer<typeof ZReportFold>;

/** One round of the review history: who did what, when, with which comments. */
export const ZReportReview = z.object({
  id: z.uuid(),
  reportId: z.uuid(),
  event: z.enum(REPORT_EVENTS),
  fromStatus: ZReportStatus,
  toStatus: ZReportStatus,
  comment: z.string().nullable(),
  sectionComments: z.array(ZSectionComment),
  actorName: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type ReportReview = z.infer<typeof ZReportReview>;

/** What the form starts from: the agency's tasks in the plan, its progress notes of the period, its previous report. */
export const ZReportPrefill = z.object({
  taskEntries: z.array(
    ZReportTaskEntry.extend({
      /** Progress notes the agency wrote on the task during the period. */
      notes: z.array(z.string()),
      /** What the previous report said on the task. */
      previous: z.string().nullable(),
    }),
  ),
  situation: z.string().nullable(),
  shortcomings: z.string().nullable(),
  causes: z.string().nullable(),
  proposals: z.string().nullable(),
  previousReportId: z.uuid().nullable(),
});
export type ReportPrefill = z.infer<typeof ZReportPrefill>;

export const INBOX_KINDS = [
  'report-due',
  'report-late',
  'report-returned',
  'review',
  'task-overdue',
] as const;
export type InboxKind = (typeof INBOX_KINDS)[number];

/** One line of "Việc cần làm". */
export const ZInboxItem = z.object({
  kind: z.enum(INBOX_KINDS),
  /** The report or task to open. */
  id: z.uuid(),
  title: z.string(),
  dueOn: z.iso.date().nullable(),
  period: ZReportPeriod.nullable(),
  comment: z.string().nullable(),
});
export type InboxItem = z.infer<typeof ZInboxItem>;
export const ZInbox = z.object({ data: z.array(ZInboxItem), total: z.number().int().min(0) });
export type Inbox = z.infer<typeof ZInbox>;

/** A reminder e-mail, sent or — with no SMTP server configured — kept in the outbox. */
export const OUTBOX_STATUSES = ['sent', 'unsent', 'failed', 'no-address'] as const;
export const ZOutboxMessage = z.object({
  id: z.uuid(),
  kind: z.string(),
  toAddress: z.string().nullable(),
  toName: z.string().nullable(),
  subject: z.string(),
  body: z.string(),
  reportId: z.uuid().nullable(),
  status: z.enum(OUTBOX_STATUSES),
  error: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type OutboxMessage = z.infer<typeof ZOutboxMessage>;

/** The reminder outbox's query: a page, optionally one report's messages. */
export const ZOutboxQuery = ZListQuery.pick({ page: true, perPage: true }).extend({
  reportId: z.uuid().optional(),
});
export type OutboxQuery = z.infer<typeof ZOutboxQuery>;
