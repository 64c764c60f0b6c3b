import { OPEN_TASK_STATUSES } from '@bcdnq/domain/tasks';

// The domain's task rules as SQL, for queries that count or filter in the database. Built once, here, beside the
// repository of the table: every module that needs them (lists, the dashboard, the overdue job) uses these.
const openList = OPEN_TASK_STATUSES.map((s) => `'${s}'`).join(', ');

/** `isTaskOpen` over a tasks alias. */
export const openTaskSql = (alias: string) => `${alias}.status IN (${openList})`;

/** `isOverdueOn` over a tasks alias (`dueColumn` is `due_on` in raw SQL, `dueOn` in TypeORM's builder). */
export const overdueTaskSql = (alias: string, today: string, dueColumn = 'due_on') =>
  `(${alias}.status = 'overdue' OR (${openTaskSql(alias)} AND ${alias}.${dueColumn} < ${today}))`;

/** The status a task is counted under on a day: overdue once past its due date, even before the daily job. */
export const effectiveStatusSql = (alias: string, today: string) =>
  `CASE WHEN ${openTaskSql(alias)} AND ${alias}.due_on < ${today} THEN 'overdue' ELSE ${alias}.status END`;
