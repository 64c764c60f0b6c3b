import type { z } from 'zod';
import { ZIdList, ZListQuery } from '@bcdnq/domain/common';
import { ZPlanListFilter } from '@bcdnq/domain/plans';

export const ZPlanListQuery = ZListQuery.extend(ZPlanListFilter.shape).extend({ id: ZIdList });
export type PlanListQuery = z.infer<typeof ZPlanListQuery>;
