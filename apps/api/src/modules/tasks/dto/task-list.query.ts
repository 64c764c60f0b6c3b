import { z } from 'zod';
import { ZIdList, ZListQuery } from '@bcdnq/domain/common';
import { ZTaskStatus, ZTopic } from '@bcdnq/domain/tasks';

export const ZTaskListQuery = ZListQuery.extend({
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
  overdue: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});
export type TaskListQuery = z.infer<typeof ZTaskListQuery>;
