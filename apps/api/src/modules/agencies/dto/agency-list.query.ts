import { z } from 'zod';
import { ZAgencyKind } from '@bcdnq/domain/agencies';
import { ZIdList, ZListQuery } from '@bcdnq/domain/common';

export const ZAgencyListQuery = ZListQuery.extend({
  id: ZIdList,
  kind: ZAgencyKind.optional(),
  activeOn: z.iso.date().optional(),
});
export type AgencyListQuery = z.infer<typeof ZAgencyListQuery>;
