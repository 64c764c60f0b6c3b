import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { INDICATOR_CATALOGUE } from '@bcdnq/domain/indicators';
import type { Plan } from '@bcdnq/domain/plans';
import {
  type Consolidation,
  type ConsolidationNarrative,
  type ConsolidationParts,
  type ConsolidationPartsQuery,
  type ConsolidationGetQuery,
  type ConsolidationQuery,
  type ConsolidationSummary,
  consolidationParts,
  type RollupReport,
  rollUp,
  summarizeConsolidation,
} from '@bcdnq/domain/reports';
import { todayInVietnam } from '@bcdnq/domain/tasks';
import type { Actor } from '../../common/request-context.js';
import { seesAllPlans } from '../plans/plan-access.js';
import { PlansService } from '../plans/plans.service.js';
import { inPeriodSql, mayCountSql } from '../reports/report-sql.js';
import { LIVE_PLAN } from '../reports/reports.service.js';
import { COUNTED_FIGURE_SOURCES, type CountedFigureSource } from './counted-figures.js';

type Figure = { indicator: string; value: number };

type Row = {
  id: string;
  obligation_id: string;
  agency_id: string;
  status: RollupReport['status'];
  submitted_on: string | null;
  folded_into_id: string | null;
  version_no: number;
  /** Null for a report that may not count: the roll-up never reads its figures. */
  figures: Figure[] | null;
  /** Null for a report that may not count, and when only figures are read (`figures` then holds them all). */
  task_entries: { taskId: string; taskText?: string; done: string; figures?: Figure[] }[] | null;
  situation: string | null;
  shortcomings: string | null;
  causes: string | null;
  proposals: string | null;
  period: RollupReport['period'];
  period_start: string;
  period_end: string;
  due_on: string;
};

/** What the roll-up is asked for: the whole consolidation, or its figures and rates only (the Excel export). */
type Reading = { narrative: boolean };

/**
 * The reports of a range as the roll-up reads them. Figures and narrative come only for the reports that may
 * count (`mayCount`): the roll-up reads nothing else of the others, whose texts need not cross the wire. Without
 * the narrative, the figures under the tasks are picked out of `task_entries` in the database.
 */
const select = ({ narrative }: Reading) => {
  const counts = mayCountSql('r');
  const when = (column: string) => (narrative ? `CASE WHEN ${counts} THEN r.${column} END` : 'NULL');
  const figures = narrative
    ? 'r.figures'
    : // The objects under every task's figures: what `toRollup` collects from the entries below.
      `r.figures || jsonb_path_query_array(r.task_entries, '$[*].figures[*] ? (@.type() == "object")')`;
  return `SELECT r.id, r.obligation_id, r.agency_id, r.status, r.folded_into_id, r.version_no,
         CASE WHEN ${counts} THEN ${figures} END AS figures,
         ${when('task_entries')} AS task_entries, ${when('situation')} AS situation,
         ${when('shortcomings')} AS shortcomings, ${when('causes')} AS causes, ${when('proposals')} AS proposals,
         to_char((r.submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, 'YYYY-MM-DD') AS submitted_on,
         o.period, to_char(o.period_start, 'YYYY-MM-DD') AS period_start, to_char(o.period_end, 'YYYY-MM-DD') AS period_end,
         to_char(o.due_on, 'YYYY-MM-DD') AS due_on
    FROM reports r JOIN report_obligations o ON o.id = r.obligation_id JOIN plans p ON p.id = o.plan_id`;
};

const toRollup = (r: Row): RollupReport => {
  const entries = r.task_entries ?? [];
  // Every figure of the report: its own, then those under its tasks.
  const figures = r.figures ?? [];
  for (const entry of entries) if (entry.figures) for (const f of entry.figures) figures.push(f);
  return {
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
    figures,
    tasks: entries.map((t) => ({ taskId: t.taskId, taskText: t.taskText, done: t.done })),
    situation: r.situation,
    shortcomings: r.shortcomings,
    causes: r.causes,
    proposals: r.proposals,
  };
};

/** The consolidated report: loads the reports of a range (scoped to the caller) and rolls them up in the domain. */
@Injectable()
export class ConsolidationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly plans: PlansService,
    @Inject(COUNTED_FIGURE_SOURCES) private readonly sources: CountedFigureSource[],
  ) {}

  /** The totals with their summaries (and parts, unless left out), rates and pending reports. */
  async summary(query: ConsolidationGetQuery, actor: Actor): Promise<ConsolidationSummary> {
    const [, consolidation] = await this.read(query, actor, { narrative: false });
    return summarizeConsolidation(consolidation, { parts: query.parts });
  }

  /** A page of the parts behind one indicator's total. */
  async parts(query: ConsolidationPartsQuery, actor: Actor): Promise<ConsolidationParts> {
    const [, consolidation] = await this.read(query, actor, { narrative: false });
    return consolidationParts(consolidation, query);
  }

  /** The narrative of the counted reports and the draft of the consolidated text. */
  async narrative(query: ConsolidationQuery, actor: Actor): Promise<ConsolidationNarrative> {
    const [, c] = await this.read(query, actor, { narrative: true });
    return { planId: c.planId, from: c.from, to: c.to, narrative: c.narrative, draftText: c.draftText };
  }

  /** The plan (for an export's header, signature and recipients) and its consolidation, read together. */
  withPlan(query: ConsolidationQuery, actor: Actor): Promise<[Plan | null, Consolidation]> {
    return this.read(query, actor, { narrative: true });
  }

  /** The plan and the consolidation's figures and rates, without the narrative (an export of figures). */
  figuresWithPlan(query: ConsolidationQuery, actor: Actor): Promise<[Plan | null, Consolidation]> {
    return this.read(query, actor, { narrative: false });
  }

  private async read(
    query: Pick<ConsolidationQuery, 'planId' | 'from' | 'to'>,
    actor: Actor,
    reading: Reading,
  ): Promise<[Plan | null, Consolidation]> {
    const scopeAgency = seesAllPlans(actor)
      ? null
      : (actor.agencyId ?? '00000000-0000-0000-0000-000000000000');
    const params: unknown[] = [query.from, query.to];
    let where = inPeriodSql('o', '$1', '$2');
    if (query.planId) {
      params.push(query.planId);
      where += ` AND o.plan_id = $${params.length}`;
    } else {
      where += ` AND ${LIVE_PLAN}`;
    }
    if (scopeAgency) {
      params.push(scopeAgency);
      where += ` AND r.agency_id = $${params.length}`;
    }
    const SELECT = select(reading);
    // Independent reads, together. A plan asked for by id must be visible to the caller (404 otherwise),
    // whatever its status.
    const [plan, rows, agencies, counted] = await Promise.all([
      query.planId ? this.plans.get(query.planId, actor) : null,
      this.dataSource.query<Row[]>(`${SELECT} WHERE ${where}`, params),
      this.dataSource.query<{ id: string; name: string; successor_ids: string[] | null }[]>(
        `SELECT id, name, successor_ids FROM agencies`,
      ),
      Promise.all(
        this.sources.map((s) =>
          s.figures({ from: query.from, to: query.to, agencyId: scopeAgency, planId: query.planId ?? null }),
        ),
      ),
    ]);
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
    const countedFigures = counted.flat();
    return [
      plan,
      rollUp({
        from: query.from,
        to: query.to,
        planId: query.planId ?? null,
        today: todayInVietnam(),
        reports: [...rows, ...hosts].map(toRollup),
        agencies: agencies.map((a) => ({ id: a.id, name: a.name, successorIds: a.successor_ids ?? [] })),
        indicators: INDICATOR_CATALOGUE,
        counted: scopeAgency ? countedFigures.filter((c) => c.agencyId === scopeAgency) : countedFigures,
      }),
    ];
  }
}
