import { z } from 'zod';
import { ZIdList, ZListQuery } from '@bcdnq/domain/common';
import { ZTaskStatus, ZTopic } from '@bcdnq/domain/tasks';

export const ZTaskListQuery = ZListQuery.extend({
  id: ZIdList,
  planId: z.uuid().optional(),
  agencyId: z.uuid().optional(),
  status: ZTaskStatus.optional(),
  topic: ZTopic.optional(),
});
export type TaskListQuery = z.infer<typeof ZTaskListQuery>;
