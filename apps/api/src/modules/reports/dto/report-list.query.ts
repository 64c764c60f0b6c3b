import type { z } from 'zod';
import { ZIdList, ZListQuery } from '@bcdnq/domain/common';
import { ZReportListFilter } from '@bcdnq/domain/reports';

export const ZReportListQuery = ZListQuery.extend(ZReportListFilter.shape).extend({ id: ZIdList });
export type ReportListQuery = z.infer<typeof ZReportListQuery>;
