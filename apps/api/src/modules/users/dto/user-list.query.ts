import { z } from 'zod';
import { ZIdList, ZListQuery } from '@bcdnq/domain/common';
import { ZRole } from '@bcdnq/domain/users';

export const ZUserListQuery = ZListQuery.extend({
  id: ZIdList,
  role: ZRole.optional(),
  agencyId: z.uuid().optional(),
  active: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});
export type UserListQuery = z.infer<typeof ZUserListQuery>;
