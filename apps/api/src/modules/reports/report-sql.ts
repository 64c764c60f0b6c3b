import { COUNTED_PLAN_STATUSES } from '@bcdnq/domain/plans';
import {
  AWAITING_REVIEW_REPORT_STATUSES,
  COUNTED_REPORT_STATUSES,
  EDITABLE_REPORT_STATUSES,
  UNSUBMITTED_REPORT_STATUSES,
} from '@bcdnq/domain/reports';

// The domain's report rules as SQL, for queries that filter or select in the database (as tasks/task-sql.ts does
// for tasks). Built once, here, beside the reports table's module: lists, reminders and the consolidation use them.
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

/** `isCountedStatus` over a reports alias. */
export const countedStatusSql = (alias: string) => `${alias}.status IN (${quoted(COUNTED_REPORT_STATUSES)})`;

/** `mayCount` over a reports alias: a counted status, and not folded into another report. */
export const mayCountSql = (alias: string) =>
  `(${countedStatusSql(alias)} AND ${alias}.folded_into_id IS NULL)`;

/**
 * `inPeriod` over an obligations alias and two date parameters. `period_start <= to` follows from the rule and
 * the table's check (a period starts before it ends); stated, it bounds the index range on `period_start`.
 */
export const inPeriodSql = (alias: string, from: string, to: string) =>
  `${alias}.period_start >= ${from} AND ${alias}.period_start <= ${to} AND ${alias}.period_end <= ${to}`;
