import { z } from 'zod';
import { ZIdList, ZListQueryOf } from '../common/primitives.js';
import { PLAN_STATUSES } from '../plans/plan-state.js';
import { ZSchedule } from './schedule.js';
import { TASK_STATUSES } from './task-state.js';
import { ZTopic } from './topics.js';

export const ZTaskStatus = z.enum(TASK_STATUSES);

/** A lead agency; `requested` when the issuer can only ask it ("Đề nghị Ban Tuyên giáo Tỉnh ủy chủ trì"). */
export const ZTaskLead = z.object({ agencyId: z.uuid(), requested: z.boolean().default(false) });
export type TaskLead = z.infer<typeof ZTaskLead>;

const taskFields = {
  ref: z.string().trim().max(40).nullable(),
  text: z.string().trim().min(1, 'Nhập nội dung nhiệm vụ').max(20000),
  subDuties: z.array(z.string().trim().min(1).max(5000)).max(100),
  leads: z.array(ZTaskLead).max(5, 'Tối đa 5 đơn vị chủ trì'),
  coordinatorIds: z.array(z.uuid()).max(100),
  schedule: ZSchedule,
  topics: z.array(ZTopic).max(9),
};

export const ZTask = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  position: z.number().int().min(0),
  ...taskFields,
  status: ZTaskStatus,
  dueOn: z.iso.date().nullable(),
  /** When it is next due: the end of the current period for a recurring duty, else `dueOn`. */
  nextDueOn: z.iso.date().nullable().optional(),
  /** The plan the task belongs to, for lists across plans. */
  plan: z
    .object({ id: z.uuid(), title: z.string(), year: z.number().int(), status: z.enum(PLAN_STATUSES) })
    .optional(),
  /** Names of the lead and coordinating agencies, as they stood when the plan was issued. */
  agencyNames: z.record(z.string(), z.string()).optional(),
  version: z.number().int(),
});
export type Task = z.infer<typeof ZTask>;

export const ZTaskCreate = z.object({
  planId: z.uuid(),
  ...taskFields,
  ref: taskFields.ref.optional(),
  subDuties: taskFields.subDuties.default([]),
  leads: taskFields.leads.min(1, 'Chọn ít nhất một đơn vị chủ trì'),
  coordinatorIds: taskFields.coordinatorIds.default([]),
  schedule: ZSchedule.default({ kind: 'continuous' }),
  topics: taskFields.topics.default([]),
});
export type TaskCreate = z.infer<typeof ZTaskCreate>;

export const ZTaskUpdate = z.object({
  ref: taskFields.ref.optional(),
  text: taskFields.text.optional(),
  subDuties: taskFields.subDuties.optional(),
  leads: taskFields.leads.min(1, 'Chọn ít nhất một đơn vị chủ trì').optional(),
  coordinatorIds: taskFields.coordinatorIds.optional(),
  schedule: ZSchedule.optional(),
  topics: taskFields.topics.optional(),
  version: z.number().int().min(1),
});
export type TaskUpdate = z.infer<typeof ZTaskUpdate>;

/** Columns a task list may be sorted by. */
export const TASK_SORT_KEYS = ['id', 'position', 'dueOn', 'status', 'ref', 'year'] as const;

/** `GET /api/tasks` (and its Excel export): the list query with its filters. */
export const ZTaskListQuery = ZListQueryOf(TASK_SORT_KEYS).extend({
  id: ZIdList,
  planId: z.uuid().optional(),
  agencyId: z.uuid().optional(),
  /** Lead agency only (agencyId matches leads and coordinators). */
  leadAgencyId: z.uuid().optional(),
  status: ZTaskStatus.optional(),
  topic: ZTopic.optional(),
  year: z.coerce.number().int().optional(),
  /** `mine`: the caller's agency as lead or coordinator. */
  scope: z.enum(['all', 'mine']).default('all'),
  /** Due within this many days from today (Việt Nam time), not yet done. */
  dueWithin: z.coerce.number().int().min(0).max(366).optional(),
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type TaskListQuery = z.infer<typeof ZTaskListQuery>;

const bare = (line: string) =>
  line
    .replace(/^[\s\-–•+*]+/u, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLocaleLowerCase('vi');

/**
 * The sub-duties a task's text does not already state: an imported duty's text often carries its own bullets, which
 * are also read into `subDuties`; printing both would state every bullet twice.
 */
export function subDutiesBeyondText(text: string, subDuties: readonly string[]): string[] {
  const stated = new Set(text.split(/\r?\n/u).map(bare).filter(Boolean));
  return subDuties.filter((duty) => !stated.has(bare(duty.split(/\r?\n/u)[0] ?? '')));
}
