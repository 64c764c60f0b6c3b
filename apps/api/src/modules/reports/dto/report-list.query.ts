import type { z } from 'zod';
import { ZIdList, ZListQueryOf } from '@bcdnq/domain/common';
import { REPORT_SORT_KEYS, ZReportListFilter } from '@bcdnq/domain/reports';

export const ZReportListQuery = ZListQueryOf(REPORT_SORT_KEYS)
  .extend(ZReportListFilter.shape)
  .extend({ id: ZIdList });
export type ReportListQuery = z.infer<typeof ZReportListQuery>;
