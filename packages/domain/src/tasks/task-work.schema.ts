import { z } from 'zod';
import { TASK_EVENTS, TASK_STATUSES } from './task-state.js';
import { ZTaskLead } from './task.schema.js';
import { ZTopic } from './topics.js';

export const ZTaskEvent = z.enum(TASK_EVENTS);

/** A status change with an optional note, sent with the version the user saw. */
export const ZTaskStatusChange = z.object({
  event: ZTaskEvent,
  note: z.string().trim().max(5000).optional(),
  version: z.number().int().min(1),
});
export type TaskStatusChange = z.infer<typeof ZTaskStatusChange>;

/** One edit applied to many selected tasks, all or nothing. */
export const ZTaskBatch = z
  .object({
    /** Each task with the version the user saw: a task changed meanwhile refuses the whole batch (409). */
    tasks: z
      .array(z.object({ id: z.uuid(), version: z.number().int().min(1) }))
      .min(1, 'Chọn ít nhất một nhiệm vụ')
      .max(500),
    status: ZTaskEvent.optional(),
    leads: z.array(ZTaskLead).min(1).max(5).optional(),
    topics: z.array(ZTopic).max(9).optional(),
  })
  .refine((b) => b.status !== undefined || b.leads !== undefined || b.topics !== undefined, {
    message: 'Chọn ít nhất một thay đổi',
    path: ['root'],
  });
export type TaskBatch = z.infer<typeof ZTaskBatch>;

export const ZAttachment = z.object({
  id: z.uuid(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
});
export type Attachment = z.infer<typeof ZAttachment>;

/** A progress note an agency or the standing office adds to a task, with its files. */
export const ZProgressNote = z.object({
  id: z.uuid(),
  taskId: z.uuid(),
  text: z.string(),
  authorId: z.uuid().nullable(),
  authorName: z.string().nullable(),
  agencyId: z.uuid().nullable(),
  statusEvent: z.string().nullable(),
  attachments: z.array(ZAttachment),
  createdAt: z.iso.datetime({ offset: true }),
});
export type ProgressNote = z.infer<typeof ZProgressNote>;

export const ZProgressNoteCreate = z.object({
  text: z.string().trim().min(1, 'Nhập nội dung tiến độ').max(10000),
});

const ZStatusCounts = z.object(
  Object.fromEntries(TASK_STATUSES.map((s) => [s, z.number().int()])) as Record<
    (typeof TASK_STATUSES)[number],
    z.ZodNumber
  >,
);

export const ZDashboardTask = z.object({
  id: z.uuid(),
  text: z.string(),
  ref: z.string().nullable(),
  dueOn: z.iso.date().nullable(),
  status: z.enum(TASK_STATUSES),
  planId: z.uuid(),
  planTitle: z.string(),
  leadNames: z.array(z.string()),
});

/** What the leadership reads: where things stand, per agency, topic and plan. */
export const ZDashboard = z.object({
  year: z.number().int().nullable(),
  today: z.iso.date(),
  totals: ZStatusCounts,
  byAgency: z.array(z.object({ agencyId: z.uuid(), agencyName: z.string(), counts: ZStatusCounts })),
  byTopic: z.array(z.object({ topic: ZTopic, counts: ZStatusCounts })),
  overdue: z.array(ZDashboardTask),
  upcoming: z.array(ZDashboardTask),
  plans: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      year: z.number().int(),
      status: z.string(),
      total: z.number().int(),
      done: z.number().int(),
    }),
  ),
});
export type Dashboard = z.infer<typeof ZDashboard>;

/** The dashboard's query: one year, or every year when absent. */
export const ZDashboardQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
export type DashboardQuery = z.infer<typeof ZDashboardQuery>;

export const ZTaskBatchResult = z.object({ updated: z.number().int().min(0) });
export type TaskBatchResult = z.infer<typeof ZTaskBatchResult>;
