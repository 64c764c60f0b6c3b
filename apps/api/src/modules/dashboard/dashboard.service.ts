import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { COUNTED_PLAN_STATUSES } from '@bcdnq/domain/plans';
import { effectiveStatusSql, openTaskSql, overdueTaskSql } from '../tasks/task-sql.js';
import {
  addDays,
  type Dashboard,
  TASK_STATUSES,
  type TaskStatus,
  todayInVietnam,
  type Topic,
} from '@bcdnq/domain/tasks';

type Counts = Record<TaskStatus, number>;
const zero = (): Counts => Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])) as Counts;

@Injectable()
export class DashboardService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Where things stand, for the plans of a year (or the plans in force when no year is given). */
  async build(year: number | undefined, today = todayInVietnam()): Promise<Dashboard> {
    // $1: year or null (every year), $2: the plan statuses that count — one definition for every total, so the
    // years add up to "all years".
    const planFilter = `p.status = ANY($2::text[]) AND ($1::int IS NULL OR p.year = $1::int)`;
    const params = [year ?? null, [...COUNTED_PLAN_STATUSES]];
    // A task past its due date counts as overdue even before the daily job has marked it, as in the list below.
    const status = effectiveStatusSql('t', '$3');
    const counted = [...params, today];
    const [byStatus, byAgency, byTopic, plans] = await Promise.all([
      this.dataSource.query(
        `SELECT ${status} AS status, count(*)::int AS n FROM tasks t JOIN plans p ON p.id = t.plan_id WHERE ${planFilter} GROUP BY 1`,
        counted,
      ),
      this.dataSource.query(
        `SELECT ta.agency_id, min(ta.agency_name) AS agency_name, ${status} AS status, count(*)::int AS n
           FROM tasks t JOIN plans p ON p.id = t.plan_id JOIN task_agencies ta ON ta.task_id = t.id AND ta.role = 'lead'
          WHERE ${planFilter} GROUP BY ta.agency_id, 3`,
        counted,
      ),
      this.dataSource.query(
        `SELECT topic, ${status} AS status, count(*)::int AS n FROM tasks t JOIN plans p ON p.id = t.plan_id, unnest(t.topics) AS topic
          WHERE ${planFilter} GROUP BY 1, 2`,
        counted,
      ),
      this.dataSource.query(
        `SELECT p.id, p.title, p.year, p.status, count(t.id)::int AS total, count(t.id) FILTER (WHERE t.status = 'done')::int AS done
           FROM plans p LEFT JOIN tasks t ON t.plan_id = p.id WHERE ${planFilter}
          GROUP BY p.id ORDER BY p.year DESC, p.title LIMIT 50`,
        params,
      ),
    ]);
    const totals = zero();
    for (const row of byStatus as { status: TaskStatus; n: number }[]) totals[row.status] = row.n;
    const agencies = new Map<string, { agencyId: string; agencyName: string; counts: Counts }>();
    for (const row of byAgency as {
      agency_id: string;
      agency_name: string;
      status: TaskStatus;
      n: number;
    }[]) {
      const entry = agencies.get(row.agency_id) ?? {
        agencyId: row.agency_id,
        agencyName: row.agency_name,
        counts: zero(),
      };
      entry.counts[row.status] = row.n;
      agencies.set(row.agency_id, entry);
    }
    const topics = new Map<Topic, { topic: Topic; counts: Counts }>();
    for (const row of byTopic as { topic: Topic; status: TaskStatus; n: number }[]) {
      const entry = topics.get(row.topic) ?? { topic: row.topic, counts: zero() };
      entry.counts[row.status] = row.n;
      topics.set(row.topic, entry);
    }
    const list = (condition: string, extra: unknown[]) =>
      this.dataSource.query(
        `SELECT t.id, t.text, t.ref, to_char(t.due_on, 'YYYY-MM-DD') AS "dueOn", t.status, p.id AS "planId", p.title AS "planTitle",
                coalesce(array_agg(ta.agency_name ORDER BY ta.position) FILTER (WHERE ta.role = 'lead'), '{}') AS "leadNames"
           FROM tasks t JOIN plans p ON p.id = t.plan_id LEFT JOIN task_agencies ta ON ta.task_id = t.id
          WHERE ${planFilter} AND ${condition}
          GROUP BY t.id, p.id ORDER BY t.due_on, t.position LIMIT 20`,
        [...params, ...extra],
      );
    const [overdue, upcoming] = await Promise.all([
      list(overdueTaskSql('t', '$3'), [today]),
      list(`${openTaskSql('t')} AND t.due_on BETWEEN $3 AND $4`, [today, addDays(today, 30)]),
    ]);
    const byCount = (a: { counts: Counts }, b: { counts: Counts }) =>
      Object.values(b.counts).reduce((x, y) => x + y, 0) - Object.values(a.counts).reduce((x, y) => x + y, 0);
    return {
      year: year ?? null,
      today,
      totals,
      byAgency: [...agencies.values()].sort(byCount),
      byTopic: [...topics.values()].sort(byCount),
      overdue,
      upcoming,
      plans,
    };
  }
}
