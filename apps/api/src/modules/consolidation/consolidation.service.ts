import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { INDICATOR_CATALOGUE } from '@bcdnq/domain/indicators';
import type { Plan } from '@bcdnq/domain/plans';
import {
  type Consolidation,
  type ConsolidationQuery,
  type RollupReport,
  rollUp,
} from '@bcdnq/domain/reports';
import { todayInVietnam } from '@bcdnq/domain/tasks';
import type { Actor } from '../../common/request-context.js';
import { seesAllPlans } from '../plans/plan-access.js';
import { PlansService } from '../plans/plans.service.js';
import { COUNTED_FIGURE_SOURCES, type CountedFigureSource } from './counted-figures.js';

type Row = {
  id: string;
  obligation_id: string;
  agency_id: string;
  status: RollupReport['status'];
  submitted_on: string | null;
  folded_into_id: string | null;
  version_no: number;
  figures: { indicator: string; value: number }[];
  task_entries: {
    taskId: string;
    taskText?: string;
    done: string;
    figures?: { indicator: string; value: number }[];
  }[];
  situation: string | null;
  shortcomings: string | null;
  causes: string | null;
  proposals: string | null;
  period: RollupReport['period'];
  period_start: string;
  period_end: string;
  due_on: string;
};

const SELECT = `SELECT r.id, r.obligation_id, r.agency_id, r.status, r.folded_into_id, r.version_no, r.figures, r.task_entries,
         r.situation, r.shortcomings, r.causes, r.proposals,
         to_char((r.submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, 'YYYY-MM-DD') AS submitted_on,
         o.period, to_char(o.period_start, 'YYYY-MM-DD') AS period_start, to_char(o.period_end, 'YYYY-MM-DD') AS period_end,
         to_char(o.due_on, 'YYYY-MM-DD') AS due_on
    FROM reports r JOIN report_obligations o ON o.id = r.obligation_id JOIN plans p ON p.id = o.plan_id`;

const toRollup = (r: Row): RollupReport => ({
  id: r.id,
  obligationId: r.obligation_id,
  agencyId: r.agency_id,
  status: r.status,
  period: r.period,
  periodStart: r.period_start,
  periodEnd: r.period_end,
  dueOn: r.due_on,
  submittedOn: r.submitted_on,
  foldedIntoId: r.folded_into_id,
  versionNo: r.version_no,
  figures: [...r.figures, ...r.task_entries.flatMap((t) => t.figures ?? [])],
  tasks: r.task_entries.map((t) => ({ taskId: t.taskId, taskText: t.taskText, done: t.done })),
  situation: r.situation,
  shortcomings: r.shortcomings,
  causes: r.causes,
  proposals: r.proposals,
});

/** The consolidated report: loads the reports of a range (scoped to the caller) and rolls them up in the domain. */
@Injectable()
export class ConsolidationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly plans: PlansService,
    @Inject(COUNTED_FIGURE_SOURCES) private readonly sources: CountedFigureSource[],
  ) {}

  async consolidate(query: ConsolidationQuery, actor: Actor): Promise<Consolidation> {
    // A plan asked for by id must be visible to the caller (404 otherwise), whatever its status.
    if (query.planId) await this.plans.get(query.planId, actor);
    const scopeAgency = seesAllPlans(actor)
      ? null
      : (actor.agencyId ?? '00000000-0000-0000-0000-000000000000');
    const params: unknown[] = [query.from, query.to];
    let where = `o.period_start >= $1 AND o.period_end <= $2`;
    if (query.planId) {
      params.push(query.planId);
      where += ` AND o.plan_id = $${params.length}`;
    } else {
      where += ` AND p.status NOT IN ('draft', 'superseded')`;
    }
    if (scopeAgency) {
      params.push(scopeAgency);
      where += ` AND r.agency_id = $${params.length}`;
    }
    const rows: Row[] = await this.dataSource.query(`${SELECT} WHERE ${where}`, params);
    // The reports folded ones are folded into may lie outside the range (the half-year report of a June one).
    const known = new Set(rows.map((r) => r.id));
    const hostIds = [
      ...new Set(
        rows.map((r) => r.folded_into_id).filter((id): id is string => id !== null && !known.has(id)),
      ),
    ];
    const hosts: Row[] = hostIds.length
      ? await this.dataSource.query(`${SELECT} WHERE r.id = ANY($1::uuid[])`, [hostIds])
      : [];
    const agencies: { id: string; name: string; successor_ids: string[] }[] = await this.dataSource.query(
      `SELECT id, name, successor_ids FROM agencies`,
    );
    const counted = (
      await Promise.all(
        this.sources.map((s) =>
          s.figures({ from: query.from, to: query.to, agencyId: scopeAgency, planId: query.planId ?? null }),
        ),
      )
    ).flat();
    return rollUp({
      from: query.from,
      to: query.to,
      planId: query.planId ?? null,
      today: todayInVietnam(),
      reports: [...rows, ...hosts].map(toRollup),
      agencies: agencies.map((a) => ({ id: a.id, name: a.name, successorIds: a.successor_ids ?? [] })),
      indicators: INDICATOR_CATALOGUE,
      counted: scopeAgency ? counted.filter((c) => c.agencyId === scopeAgency) : counted,
    });
  }

  /** The plan (for an export's header, signature and recipients) and its consolidation, read together. */
  withPlan(query: ConsolidationQuery, actor: Actor): Promise<[Plan | null, Consolidation]> {
    return Promise.all([this.planOf(query, actor), this.consolidate(query, actor)]);
  }

  /** The plan a consolidation is about, for the document's header, signature and recipients. */
  async planOf(query: ConsolidationQuery, actor: Actor): Promise<Plan | null> {
    return query.planId ? this.plans.get(query.planId, actor) : null;
  }
}
