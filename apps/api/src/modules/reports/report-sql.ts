import { COUNTED_PLAN_STATUSES } from '@bcdnq/domain/plans';
import {
  AWAITING_REVIEW_REPORT_STATUSES,
  EDITABLE_REPORT_STATUSES,
  UNSUBMITTED_REPORT_STATUSES,
} from '@bcdnq/domain/reports';

// The domain's report rules as SQL, for queries that filter in the database (as tasks/task-sql.ts does for tasks).
const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** `isReportEditable` over a reports alias: still to be written by the agency. */
export const editableReportSql = (alias: string) =>
  `${alias}.status IN (${quoted(EDITABLE_REPORT_STATUSES)})`;

/** `isReportUnsubmitted` over a reports alias: never sent to the standing office. */
export const unsubmittedReportSql = (alias: string) =>
  `${alias}.status IN (${quoted(UNSUBMITTED_REPORT_STATUSES)})`;

/** Sent at least once (submitted, resubmitted, returned or accepted): the negation of `unsubmittedReportSql`. */
export const everSubmittedReportSql = (alias: string) =>
  `${alias}.status NOT IN (${quoted(UNSUBMITTED_REPORT_STATUSES)})`;

/** In the standing office's review queue. */
export const awaitingReviewReportSql = (alias: string) =>
  `${alias}.status IN (${quoted(AWAITING_REVIEW_REPORT_STATUSES)})`;

/** `countsInTotals` over a plans alias: the plan's duties (and the reports they ask) are live. */
export const countedPlanSql = (alias: string) => `${alias}.status IN (${quoted(COUNTED_PLAN_STATUSES)})`;
