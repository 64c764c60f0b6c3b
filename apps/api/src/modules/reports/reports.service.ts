import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { DomainError } from '@bcdnq/domain/common';
import { isReportLate, type Report, reportSlots } from '@bcdnq/domain/reports';
import { todayInVietnam } from '@bcdnq/domain/tasks';
import { iso, type Page, pageOf, sortColumns } from '../../common/list.js';
import type { Actor, CallContext } from '../../common/request-context.js';
import { AuditService } from '../audit/audit.service.js';
import { seesAllPlans } from '../plans/plan-access.js';
import type { PlanEntity } from '../plans/plan.entity.js';
import type { ReportListQuery } from './dto/report-list.query.js';
import { ReportEntity, ReportObligationEntity } from './report.entity.js';
import { REPORT_SORT_KEYS } from '@bcdnq/domain/reports';

const REPORT_SORT = sortColumns<(typeof REPORT_SORT_KEYS)[number]>({ id: 'r.id', dueOn: 'o.dueOn', status: 'r.status', period: 'o.period' });

function toReport(entity: ReportEntity, today: string): Report {
  const o = entity.obligation;
  if (!o) throw new Error('report loaded without its obligation');
  const submittedOn = entity.submittedAt ? todayInVietnam(entity.submittedAt) : null;
  return {
    id: entity.id,
    obligationId: entity.obligationId,
    agencyId: entity.agencyId,
    planId: o.planId,
    period: o.period,
    periodStart: o.periodStart,
    periodEnd: o.periodEnd,
    dueOn: o.dueOn,
    late: isReportLate({ status: entity.status, dueOn: o.dueOn, submittedOn }, today),
    status: entity.status,
    taskEntries: entity.taskEntries as Report['taskEntries'],
    situation: entity.situation,
    shortcomings: entity.shortcomings,
    causes: entity.causes,
    proposals: entity.proposals,
    figures: entity.figures,
    submittedAt: iso(entity.submittedAt),
    reviewComment: entity.reviewComment,
    versionNo: entity.versionNo,
    version: entity.version,
  };
}

/** The committee's staff see every report; an agency officer only their agency's. */
function scopeReports(qb: SelectQueryBuilder<ReportEntity>, actor: Actor): void {
  if (seesAllPlans(actor)) return;
  qb.andWhere('r.agencyId = :scopeAgencyId', { scopeAgencyId: actor.agencyId ?? '00000000-0000-0000-0000-000000000000' });
}

@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  private query(): SelectQueryBuilder<ReportEntity> {
    return this.dataSource.getRepository(ReportEntity).createQueryBuilder('r').innerJoinAndSelect('r.obligation', 'o');
  }

  async list(query: ReportListQuery, actor: Actor): Promise<Page<Report>> {
    const today = todayInVietnam();
    const qb = this.query();
    scopeReports(qb, actor);
    if (query.id) qb.andWhere('r.id IN (:...ids)', { ids: query.id });
    if (query.planId) qb.andWhere('o.planId = :planId', { planId: query.planId });
    if (query.agencyId) qb.andWhere('r.agencyId = :agencyId', { agencyId: query.agencyId });
    if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    if (query.period) qb.andWhere('o.period = :period', { period: query.period });
    if (query.late !== undefined) {
      const late = `(CASE WHEN r.submittedAt IS NULL THEN o.dueOn < :today ELSE (r.submittedAt AT TIME ZONE 'Asia/Ho_Chi_Minh')::date > o.dueOn END)`;
      qb.andWhere(query.late ? late : `NOT ${late}`, { today });
    }
    const { rows, total } = await pageOf(qb, { ...query, q: undefined }, REPORT_SORT, ['o.dueOn', 'ASC']);
    return { data: rows.map((r) => toReport(r, today)), total };
  }

  async get(id: string, actor: Actor): Promise<Report> {
    const qb = this.query().where('r.id = :id', { id });
    scopeReports(qb, actor);
    const entity = await qb.getOne();
    if (!entity) throw new DomainError('NOT_FOUND', 'Không tìm thấy báo cáo', 'Report not found');
    return toReport(entity, todayInVietnam());
  }

  /**
   * Creates what an issued plan asks of its lead agencies: one expected report per reporting period of its rules.
   * Idempotent (an amendment re-issuing the same periods adds only what is new).
   */
  async createObligations(manager: EntityManager, plan: PlanEntity, context: Partial<CallContext> | null): Promise<number> {
    const slots = reportSlots(plan.reportingRules, plan.year);
    if (slots.length === 0) return 0;
    const agencies: { agency_id: string }[] = await manager.query(
      `SELECT DISTINCT ta.agency_id FROM task_agencies ta JOIN tasks t ON t.id = ta.task_id WHERE t.plan_id = $1 AND ta.role = 'lead'`,
      [plan.id],
    );
    let created = 0;
    for (const { agency_id: agencyId } of agencies) {
      for (const slot of slots) {
        const inserted = await manager
          .createQueryBuilder()
          .insert()
          .into(ReportObligationEntity)
          .values({ planId: plan.id, agencyId, ...slot })
          .orIgnore()
          .returning(['id'])
          .execute();
        const obligationId = (inserted.raw as { id: string }[])[0]?.id;
        if (!obligationId) continue;
        await manager.insert(ReportEntity, { obligationId, agencyId, status: 'expected' });
        created += 1;
      }
    }
    if (created) await this.audit.record(manager, context, { action: 'plan.reportObligations', entity: 'plan', entityId: plan.id, after: { reports: created } });
    return created;
  }
}
