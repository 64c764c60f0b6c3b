import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, type SelectQueryBuilder } from 'typeorm';
import { DomainError } from '@bcdnq/domain/common';
import {
  foldRefusal,
  foldRefusalMessage,
  isReportEditable,
  isReportLate,
  mayFireReportEvent,
  obligationsOf,
  reconcileObligations,
  type Report,
  type ReportEvent,
  type ReportFold,
  reportMachine,
  type ReportReview,
  type ReportStatus,
  type ReportStatusChange,
  type ReportUpdate,
  type SectionComment,
} from '@bcdnq/domain/reports';
import { todayInVietnam } from '@bcdnq/domain/tasks';
import { iso, type Page, pageOf, sortColumns } from '../../common/list.js';
import { assertFresh } from '../../common/optimistic.js';
import type { Actor, CallContext } from '../../common/request-context.js';
import { AuditService } from '../audit/audit.service.js';
import { seesAllPlans } from '../plans/plan-access.js';
import type { PlanEntity } from '../plans/plan.entity.js';
import { ReportEntity, ReportObligationEntity, ReportReviewEntity } from './report.entity.js';
import {
  handOverObligations,
  type HandedObligation,
  REPORT_SORT_KEYS,
  type ReportListQuery,
} from '@bcdnq/domain/reports';
import { IN_FORCE_PLAN_STATUSES } from '@bcdnq/domain/plans';
import { awaitingReviewReportSql, editableReportSql } from './report-sql.js';

const REPORT_SORT = sortColumns<(typeof REPORT_SORT_KEYS)[number]>({
  id: 'r.id',
  dueOn: 'o.dueOn',
  status: 'r.status',
  period: 'o.period',
  lastSubmittedAt: 'r.lastSubmittedAt',
  periodStart: 'o.periodStart',
});

/** A report row with what the API shows beside it: its obligation, its plan's title, its agency's name. */
export type LoadedReport = ReportEntity & { planTitle?: string; planStatus?: string; agencyName?: string };

export function toReport(entity: LoadedReport, today: string): Report {
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
    lastSubmittedAt: iso(entity.lastSubmittedAt),
    reviewComment: entity.reviewComment,
    sectionComments: entity.sectionComments ?? [],
    foldedIntoId: entity.foldedIntoId,
    correctsId: entity.correctsId,
    agencyName: entity.agencyName ?? '',
    planTitle: entity.planTitle ?? '',
    versionNo: entity.versionNo,
    version: entity.version,
  };
}

const NO_AGENCY = '00000000-0000-0000-0000-000000000000';

/** The committee's staff see every report; an agency officer only their agency's. */
export function scopeReports(qb: SelectQueryBuilder<ReportEntity>, actor: Actor, alias = 'r'): void {
  if (seesAllPlans(actor)) return;
  qb.andWhere(`${alias}.agencyId = :scopeAgencyId`, { scopeAgencyId: actor.agencyId ?? NO_AGENCY });
}

/** Reports of plans in force or closed: a superseded version owes nothing and leaves every live list. */
export const LIVE_PLAN = `p.status NOT IN ('draft', 'superseded')`;

const notFound = () => new DomainError('NOT_FOUND', 'Không tìm thấy báo cáo', 'Report not found');

/** A report has something to send: a task entry with text, or a general section. */
const hasContent = (r: ReportEntity) =>
  (r.taskEntries as Report['taskEntries']).some((t) => t.done.trim()) ||
  [r.situation, r.shortcomings, r.causes, r.proposals].some((s) => s?.trim());

@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  private query(manager: EntityManager = this.dataSource.manager): SelectQueryBuilder<ReportEntity> {
    return manager
      .getRepository(ReportEntity)
      .createQueryBuilder('r')
      .innerJoinAndSelect('r.obligation', 'o')
      .innerJoin('o.plan', 'p')
      .innerJoin('o.agency', 'a')
      .addSelect(['p.title', 'p.status', 'a.name']);
  }

  /** Rows of `query()` with the plan title and agency name moved onto each report. */
  private async load(qb: SelectQueryBuilder<ReportEntity>): Promise<LoadedReport[]> {
    const { entities, raw } = await qb.getRawAndEntities<{
      p_title: string;
      p_status: string;
      a_name: string;
      r_id: string;
    }>();
    const extra = new Map(raw.map((row) => [row.r_id, row]));
    return entities.map((e) =>
      Object.assign(e, {
        planTitle: extra.get(e.id)?.p_title,
        planStatus: extra.get(e.id)?.p_status,
        agencyName: extra.get(e.id)?.a_name,
      }),
    );
  }

  async list(query: ReportListQuery, actor: Actor): Promise<Page<Report>> {
    const today = todayInVietnam();
    const qb = this.query();
    scopeReports(qb, actor);
    if (query.id) qb.andWhere('r.id IN (:...ids)', { ids: query.id });
    // A plan asked for by id shows its reports whatever its status (a superseded version's history stays readable).
    if (query.planId) qb.andWhere('o.planId = :planId', { planId: query.planId });
    else if (!query.id) qb.andWhere(LIVE_PLAN);
    if (query.agencyId) qb.andWhere('r.agencyId = :agencyId', { agencyId: query.agencyId });
    if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    if (query.period) qb.andWhere('o.period = :period', { period: query.period });
    if (query.review) qb.andWhere(awaitingReviewReportSql('r'));
    if (query.open) qb.andWhere(`${editableReportSql('r')} AND r.foldedIntoId IS NULL`);
    if (query.late !== undefined) {
      const late = `(CASE WHEN r.submittedAt IS NULL THEN o.dueOn < :today ELSE (r.submittedAt AT TIME ZONE 'Asia/Ho_Chi_Minh')::date > o.dueOn END)`;
      qb.andWhere(query.late ? late : `NOT ${late}`, { today });
    }
    const { rows, total } = await pageOf(
      qb,
      { ...query, q: undefined },
      REPORT_SORT,
      query.review ? ['r.lastSubmittedAt', 'ASC'] : ['o.dueOn', 'ASC'],
    );
    const ids = rows.map((r) => r.id);
    const loaded = ids.length ? await this.load(this.query().where('r.id IN (:...ids)', { ids })) : [];
    const byId = new Map(loaded.map((r) => [r.id, r]));
    return { data: rows.map((r) => toReport(byId.get(r.id) ?? r, today)), total };
  }

  /** The report if the actor may see it (an officer: their agency's only), else NOT_FOUND. */
  async loadVisible(
    id: string,
    actor: Actor,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<LoadedReport> {
    const qb = this.query(manager).where('r.id = :id', { id });
    scopeReports(qb, actor);
    const [entity] = await this.load(qb);
    if (!entity) throw notFound();
    return entity;
  }

  async get(id: string, actor: Actor): Promise<Report> {
    return toReport(await this.loadVisible(id, actor), todayInVietnam());
  }

  /** Locks the report for a change after checking the actor may see it; the plan must be live. */
  private async lockForChange(manager: EntityManager, id: string, actor: Actor): Promise<LoadedReport> {
    const visible = await this.loadVisible(id, actor, manager);
    await manager
      .getRepository(ReportEntity)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where('r.id = :id', { id })
      .getOne();
    const fresh = await this.loadVisible(id, actor, manager);
    if (visible.planStatus === 'superseded' || fresh.planStatus === 'superseded') {
      throw new DomainError(
        'INVALID_TRANSITION',
        'Kế hoạch này đã được thay bằng bản sửa đổi; báo cáo theo bản mới.',
        'The plan was superseded: report under its new version',
      );
    }
    return fresh;
  }

  private async recordRound(
    manager: EntityManager,
    report: ReportEntity,
    event: ReportEvent,
    from: ReportStatus,
    context: CallContext,
    comment: string | null = null,
    sectionComments: SectionComment[] = [],
    at = new Date(),
  ): Promise<void> {
    await manager.insert(ReportReviewEntity, {
      createdAt: at,
      reportId: report.id,
      event,
      fromStatus: from,
      toStatus: report.status,
      comment,
      sectionComments,
      actorId: context.actor.id,
      actorName: context.actor.fullName,
    });
  }

  /** Saves the agency's draft; the first save of an expected report makes it a draft. Accepted reports are immutable. */
  async update(id: string, input: ReportUpdate, context: CallContext): Promise<Report> {
    return this.dataSource.transaction((manager) => this.applyUpdate(manager, id, input, context));
  }

  /** `update` inside the caller's transaction (the API and the demo seed). */
  async applyUpdate(
    manager: EntityManager,
    id: string,
    input: ReportUpdate,
    context: CallContext,
  ): Promise<Report> {
    const entity = await this.lockForChange(manager, id, context.actor);
    const before = toReport(entity, todayInVietnam());
    assertFresh(before, input, 'Báo cáo');
    if (!isReportEditable(entity.status)) {
      throw new DomainError(
        entity.status === 'accepted' ? 'IMMUTABLE' : 'INVALID_TRANSITION',
        entity.status === 'accepted'
          ? 'Báo cáo đã được tiếp nhận, không sửa được; hãy lập bản đính chính.'
          : 'Báo cáo đã gửi, đang chờ Cơ quan Thường trực xem xét; không sửa được lúc này.',
        `A report in status ${entity.status} cannot be edited`,
        { status: entity.status },
      );
    }
    if (entity.foldedIntoId) {
      throw new DomainError(
        'INVALID_TRANSITION',
        'Báo cáo đã được lồng ghép vào báo cáo khác; hãy bỏ lồng ghép trước khi soạn riêng.',
        'The report is folded into another',
      );
    }
    const { version: _version, ...changes } = input;
    Object.assign(entity, changes);
    const from = entity.status;
    if (from === 'expected') entity.status = reportMachine.transition(from, 'startDraft');
    const saved = await manager.save(ReportEntity, entity);
    if (from === 'expected') await this.recordRound(manager, saved, 'startDraft', from, context);
    const after = toReport(
      Object.assign(saved, {
        obligation: entity.obligation,
        planTitle: entity.planTitle,
        agencyName: entity.agencyName,
      }),
      todayInVietnam(),
    );
    await this.audit.record(manager, context, {
      action: 'report.update',
      entity: 'report',
      entityId: id,
      before,
      after,
    });
    return after;
  }

  /** submit / resubmit (the agency's officer) and return / accept (the standing office). */
  async changeStatus(id: string, input: ReportStatusChange, context: CallContext): Promise<Report> {
    return this.dataSource.transaction((manager) => this.applyStatus(manager, id, input, context));
  }

  /** `changeStatus` inside the caller's transaction; `at` is when it happened (now, except in the demo seed). */
  async applyStatus(
    manager: EntityManager,
    id: string,
    input: ReportStatusChange,
    context: CallContext,
    at = new Date(),
  ): Promise<Report> {
    if (!mayFireReportEvent(context.actor.role, input.event)) {
      throw new DomainError(
        'FORBIDDEN',
        input.event === 'submit' || input.event === 'resubmit'
          ? 'Chỉ cán bộ đầu mối của đơn vị gửi báo cáo của đơn vị mình.'
          : 'Chỉ Cơ quan Thường trực tiếp nhận hoặc trả lại báo cáo.',
        'Not allowed to fire this event',
      );
    }
    const entity = await this.lockForChange(manager, id, context.actor);
    const before = toReport(entity, todayInVietnam());
    assertFresh(before, input, 'Báo cáo');
    if (entity.foldedIntoId) {
      throw new DomainError(
        'INVALID_TRANSITION',
        'Báo cáo đã được lồng ghép vào báo cáo khác, được tính khi báo cáo đó được gửi.',
        'The report is folded into another',
      );
    }
    const from = entity.status;
    entity.status = reportMachine.transition(from, input.event);
    if (input.event === 'submit' || input.event === 'resubmit') {
      if (!hasContent(entity)) {
        throw new DomainError(
          'VALIDATION',
          'Báo cáo chưa có nội dung: nhập kết quả thực hiện nhiệm vụ hoặc tình hình chung trước khi gửi.',
          'The report is empty',
          { field: 'situation' },
        );
      }
      entity.submittedAt ??= at;
      entity.lastSubmittedAt = at;
    }
    if (input.event === 'return') {
      entity.reviewComment = input.comment ?? null;
      entity.sectionComments = input.sectionComments ?? [];
    }
    const saved = await manager.save(ReportEntity, entity);
    await this.recordRound(
      manager,
      saved,
      input.event,
      from,
      context,
      input.comment ?? null,
      input.sectionComments ?? [],
      at,
    );
    const after = toReport(
      Object.assign(saved, {
        obligation: entity.obligation,
        planTitle: entity.planTitle,
        agencyName: entity.agencyName,
      }),
      todayInVietnam(),
    );
    await this.audit.record(manager, context, {
      action: `report.${input.event}`,
      entity: 'report',
      entityId: id,
      before: { status: from },
      after: { status: saved.status, comment: input.comment ?? null },
    });
    return after;
  }

  /** Lồng ghép: records that this report is answered inside another report of the same agency (or undoes it). */
  async fold(id: string, input: ReportFold, context: CallContext): Promise<Report> {
    return this.dataSource.transaction((manager) => this.applyFold(manager, id, input, context));
  }

  /** `fold` inside the caller's transaction (the API and the demo seed). */
  async applyFold(
    manager: EntityManager,
    id: string,
    input: ReportFold,
    context: CallContext,
  ): Promise<Report> {
    const entity = await this.lockForChange(manager, id, context.actor);
    assertFresh(toReport(entity, todayInVietnam()), input, 'Báo cáo');
    if (input.intoReportId) {
      const host = await this.loadVisible(input.intoReportId, context.actor, manager).catch(() => {
        throw new DomainError(
          'VALIDATION',
          'Không tìm thấy báo cáo để lồng ghép vào',
          'Target report not found',
          { field: 'intoReportId' },
        );
      });
      const hostsFolded = (await manager.countBy(ReportEntity, { foldedIntoId: id })) > 0;
      const refusal = foldRefusal(
        {
          id: entity.id,
          agencyId: entity.agencyId,
          status: entity.status,
          periodStart: entity.obligation?.periodStart ?? '',
          periodEnd: entity.obligation?.periodEnd ?? '',
          foldedIntoId: entity.foldedIntoId,
          hostsFolded,
        },
        {
          id: host.id,
          agencyId: host.agencyId,
          status: host.status,
          periodStart: host.obligation?.periodStart ?? '',
          periodEnd: host.obligation?.periodEnd ?? '',
          foldedIntoId: host.foldedIntoId,
        },
      );
      if (refusal) {
        const message = foldRefusalMessage(refusal);
        throw new DomainError('INVALID_TRANSITION', message.vi, message.en, {
          field: 'intoReportId',
          refusal,
        });
      }
    } else if (entity.status !== 'expected' && entity.status !== 'draft') {
      throw new DomainError(
        'INVALID_TRANSITION',
        'Báo cáo đã gửi, không thay đổi lồng ghép được.',
        'A sent report cannot be unfolded',
      );
    }
    const before = entity.foldedIntoId;
    entity.foldedIntoId = input.intoReportId;
    const saved = await manager.save(ReportEntity, entity);
    await this.audit.record(manager, context, {
      action: 'report.fold',
      entity: 'report',
      entityId: id,
      before: { foldedIntoId: before },
      after: { foldedIntoId: input.intoReportId },
    });
    return toReport(
      Object.assign(saved, {
        obligation: entity.obligation,
        planTitle: entity.planTitle,
        agencyName: entity.agencyName,
      }),
      todayInVietnam(),
    );
  }

  /** A correction of an accepted report: a new version (draft) of the same obligation, linked to the one it corrects. */
  async correct(id: string, context: CallContext): Promise<Report> {
    return this.dataSource.transaction(async (manager) => {
      const entity = await this.lockForChange(manager, id, context.actor);
      if (entity.status !== 'accepted') {
        throw new DomainError(
          'INVALID_TRANSITION',
          'Chỉ lập bản đính chính cho báo cáo đã được tiếp nhận; báo cáo này vẫn sửa được.',
          'Only accepted reports are corrected',
        );
      }
      const pending = await manager.findOneBy(ReportEntity, { correctsId: id });
      if (pending)
        throw new DomainError(
          'DUPLICATE',
          'Báo cáo này đã có bản đính chính.',
          'A correction exists already',
          { reportId: pending.id },
        );
      const draft = await manager.save(
        manager.create(ReportEntity, {
          obligationId: entity.obligationId,
          agencyId: entity.agencyId,
          status: 'draft',
          taskEntries: entity.taskEntries,
          situation: entity.situation,
          shortcomings: entity.shortcomings,
          causes: entity.causes,
          proposals: entity.proposals,
          figures: entity.figures,
          correctsId: id,
          versionNo: entity.versionNo + 1,
        }),
      );
      await this.recordRound(
        manager,
        draft,
        'startDraft',
        'expected',
        context,
        `Đính chính báo cáo phiên bản ${entity.versionNo}`,
      );
      await this.audit.record(manager, context, {
        action: 'report.correct',
        entity: 'report',
        entityId: draft.id,
        after: { correctsId: id, versionNo: draft.versionNo },
      });
      return toReport(
        Object.assign(draft, {
          obligation: entity.obligation,
          planTitle: entity.planTitle,
          agencyName: entity.agencyName,
        }),
        todayInVietnam(),
      );
    });
  }

  /** Every round of the report's review, oldest first (whoever may see the report). */
  async history(id: string, actor: Actor): Promise<Page<ReportReview>> {
    await this.loadVisible(id, actor);
    const rows = await this.dataSource
      .getRepository(ReportReviewEntity)
      .find({ where: { reportId: id }, order: { createdAt: 'ASC' }, take: 200 });
    return {
      data: rows.map((r) => ({
        id: r.id,
        reportId: r.reportId,
        event: r.event,
        fromStatus: r.fromStatus,
        toStatus: r.toStatus,
        comment: r.comment,
        sectionComments: r.sectionComments,
        actorName: r.actorName,
        createdAt: r.createdAt.toISOString(),
      })),
      total: rows.length,
    };
  }

  /**
   * Creates what an issued plan asks of its lead agencies (domain `obligationsOf`). Issuing an amendment moves the
   * previous version's obligations it still asks for — and those already owed — to the new version, with their
   * reports, so an officer owes each period once (domain `reconcileObligations`). Idempotent.
   */
  async createObligations(
    manager: EntityManager,
    plan: PlanEntity,
    context: Partial<CallContext> | null,
  ): Promise<number> {
    const leads: { agency_id: string }[] = await manager.query(
      `SELECT DISTINCT ta.agency_id FROM task_agencies ta JOIN tasks t ON t.id = ta.task_id WHERE t.plan_id = $1 AND ta.role = 'lead'`,
      [plan.id],
    );
    let wanted = obligationsOf(
      plan,
      leads.map((l) => l.agency_id),
    );
    let moved = 0;
    if (plan.previousVersionId) {
      const previous = await manager.findBy(ReportObligationEntity, { planId: plan.previousVersionId });
      const { move, create } = reconcileObligations(previous, wanted, plan.issuedOn ?? todayInVietnam());
      if (move.length) await manager.update(ReportObligationEntity, { id: In(move) }, { planId: plan.id });
      moved = move.length;
      wanted = create;
    }
    let created = 0;
    for (const { agencyId, ...slot } of wanted) {
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
    if (created || moved) {
      await this.audit.record(manager, context, {
        action: 'plan.reportObligations',
        entity: 'plan',
        entityId: plan.id,
        after: { reports: created, movedFromPreviousVersion: moved },
      });
    }
    return created;
  }

  /**
   * An agency ends on `validTo` and its successor takes over (agency succession with hand-over): the reports the
   * agency still owes under plans in force for periods ending after that day pass to the successor, or are
   * dropped where the successor already owes that report (domain `handOverObligations`), so no period is owed
   * twice and none by an agency that no longer exists. Reminders already sent stay in the outbox.
   */
  async handOver(
    manager: EntityManager,
    from: { id: string; name: string },
    to: { id: string; name: string },
    validTo: string,
    context: Partial<CallContext> | null,
  ): Promise<{ moved: number; dropped: number }> {
    // Locked before they are read: a report submitted meanwhile is seen as submitted, never moved or dropped.
    await manager.query(
      `SELECT o.id FROM report_obligations o JOIN reports r ON r.obligation_id = o.id
        WHERE o.agency_id = $1 FOR UPDATE OF o, r`,
      [from.id],
    );
    const ending: (HandedObligation & { reportIds: string[] })[] = (
      await manager.query(
        `SELECT o.id, o.plan_id, o.agency_id, o.period,
                to_char(o.period_start, 'YYYY-MM-DD') AS period_start, to_char(o.period_end, 'YYYY-MM-DD') AS period_end,
                array_agg(r.status::text) AS statuses, array_agg(r.id) AS report_ids
           FROM report_obligations o
           JOIN plans p ON p.id = o.plan_id
           JOIN reports r ON r.obligation_id = o.id
          WHERE o.agency_id = $1 AND p.status = ANY($2::text[])
          GROUP BY o.id`,
        [from.id, [...IN_FORCE_PLAN_STATUSES]],
      )
    ).map(
      (row: {
        id: string;
        plan_id: string;
        agency_id: string;
        period: HandedObligation['period'];
        period_start: string;
        period_end: string;
        statuses: HandedObligation['reportStatuses'];
        report_ids: string[];
      }) => ({
        id: row.id,
        planId: row.plan_id,
        agencyId: row.agency_id,
        period: row.period,
        periodStart: row.period_start,
        periodEnd: row.period_end,
        reportStatuses: row.statuses,
        reportIds: row.report_ids,
      }),
    );
    if (ending.length === 0) return { moved: 0, dropped: 0 };
    const successorSlots: { planId: string; period: string; periodStart: string }[] = await manager.query(
      `SELECT plan_id AS "planId", period, to_char(period_start, 'YYYY-MM-DD') AS "periodStart"
         FROM report_obligations WHERE agency_id = $1 AND plan_id = ANY($2::uuid[])`,
      [to.id, [...new Set(ending.map((o) => o.planId))]],
    );
    const { move, drop } = handOverObligations(ending, successorSlots, validTo);
    if (move.length) {
      await manager.query(`UPDATE report_obligations SET agency_id = $2 WHERE id = ANY($1::uuid[])`, [
        move,
        to.id,
      ]);
      await manager.query(`UPDATE reports SET agency_id = $2 WHERE obligation_id = ANY($1::uuid[])`, [
        move,
        to.id,
      ]);
    }
    if (drop.length) {
      const reportIds = ending.filter((o) => drop.includes(o.id)).flatMap((o) => o.reportIds);
      // What was sent stays on record; only the link to a report that is no longer owed goes.
      await manager.query(`UPDATE mail_outbox SET report_id = NULL WHERE report_id = ANY($1::uuid[])`, [
        reportIds,
      ]);
      await manager.query(`DELETE FROM report_obligations WHERE id = ANY($1::uuid[])`, [drop]);
    }
    for (const o of ending.filter((e) => move.includes(e.id) || drop.includes(e.id))) {
      await this.audit.record(manager, context, {
        action: move.includes(o.id) ? 'report.handOver' : 'report.dropOnSuccession',
        entity: 'report',
        entityId: o.reportIds[0] ?? o.id,
        before: { agencyId: from.id, agencyName: from.name, period: o.period, periodStart: o.periodStart },
        after: move.includes(o.id) ? { agencyId: to.id, agencyName: to.name } : null,
      });
    }
    return { moved: move.length, dropped: drop.length };
  }
}
