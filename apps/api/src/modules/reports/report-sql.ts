import { COUNTED_REPORT_STATUSES } from '@bcdnq/domain/reports';

// The domain's counting rules as SQL, for queries that select in the database what the roll-up will read. Built
// once, here, beside the reports table's module: the consolidation uses them.
const countedList = COUNTED_REPORT_STATUSES.map((s) => `'${s}'`).join(', ');

/** `isCountedStatus` over a reports alias. */
export const countedStatusSql = (alias: string) => `${alias}.status IN (${countedList})`;

/** `mayCount` over a reports alias: a counted status, and not folded into another report. */
export const mayCountSql = (alias: string) =>
  `(${countedStatusSql(alias)} AND ${alias}.folded_into_id IS NULL)`;

/**
 * `inPeriod` over an obligations alias and two date parameters. `period_start <= to` follows from the rule and
 * the table's check (a period starts before it ends); stated, it bounds the index range on `period_start`.
 */
export const inPeriodSql = (alias: string, from: string, to: string) =>
  `${alias}.period_start >= ${from} AND ${alias}.period_start <= ${to} AND ${alias}.period_end <= ${to}`;
