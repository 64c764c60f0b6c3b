import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '@bcdnq/domain/common';
import {
  diffPlans,
  isPlanAmendable,
  type Plan,
  type PlanClone,
  type PlanClose,
  type PlanCreate,
  type PlanDiff,
  type PlanIssue,
  type PlanPublication,
  type PlanSnapshot,
  type PlanUpdate,
  planMachine,
  type PlanListQuery,
  PLAN_CONTENT_FIELDS,
  isPlanPublishable,
} from '@bcdnq/domain/plans';
import { type Task, todayInVietnam } from '@bcdnq/domain/tasks';
import { type Page, pageOf, sortColumns, vietnameseOrder, searchTextOf } from '../../common/list.js';
import { assertFresh } from '../../common/optimistic.js';
import type { Actor, CallContext } from '../../common/request-context.js';
import { AgencyEntity } from '../agencies/agency.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { ReportsService } from '../reports/reports.service.js';
import { TasksService } from '../tasks/tasks.service.js';
import { scopePlans } from './plan-access.js';
import { lockEditablePlan, lockPlan, planNotFound } from './plan-lock.js';
import { PlanEntity } from './plan.entity.js';
import { PLAN_SORT_KEYS } from '@bcdnq/domain/plans';
import { touchPublicContent } from '../articles/public-stamp.js';

const PLAN_SORT = sortColumns<(typeof PLAN_SORT_KEYS)[number]>({
  id: 'p.id',
  year: 'p.year',
  title: vietnameseOrder('p.title'),
  status: 'p.status',
  issuedOn: 'p.issuedOn',
  updatedAt: 'p.updatedAt',
  number: 'p.number',
});

export function toPlan(entity: PlanEntity, taskCount?: number): Plan {
  return {
    id: entity.id,
    kind: entity.kind,
    status: entity.status,
    title: entity.title,
    year: entity.year,
    number: entity.number,
    issuedOn: entity.issuedOn,
    place: entity.place,
    issuer: entity.issuer,
    signer: entity.signer,
    summary: entity.summary,
    references: entity.references,
    purposes: entity.purposes,
    keyTasks: entity.keyTasks,
    implementation: entity.implementation,
    reportingRules: entity.reportingRules,
    recipients: entity.recipients,
    agencyId: entity.agencyId,
    publishPublicly: entity.publishPublicly,
    versionNo: entity.versionNo,
    previousVersionId: entity.previousVersionId,
    sourcePlanId: entity.sourcePlanId,
    ...(taskCount === undefined ? {} : { taskCount }),
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
    version: entity.version,
  };
}

const planSearchText = (p: PlanEntity) => searchTextOf(p.title, p.number, p.issuer, p.place, String(p.year));

/** The fields of a plan that a new version or a new year carries over. */
const CONTENT_FIELDS = [
  'kind',
  'title',
  'summary',
  'place',
  'issuer',
  'references',
  'purposes',
  'keyTasks',
  'implementation',
  'reportingRules',
  'recipients',
  'agencyId',
] as const;

// "năm 2024" in a title becomes "năm 2025" in next year's plan.
const retitle = (title: string, from: number, to: number) =>
  title.replace(new RegExp(`\\b${from}\\b`, 'g'), String(to));

@Injectable()
export class PlansService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly tasks: TasksService,
    private readonly reports: ReportsService,
  ) {}

  async list(query: PlanListQuery, actor: Actor): Promise<Page<Plan>> {
    const qb = this.dataSource.getRepository(PlanEntity).createQueryBuilder('p');
    scopePlans(qb, 'p', actor);
    if (query.id) qb.andWhere('p.id IN (:...ids)', { ids: query.id });
    if (query.year) qb.andWhere('p.year = :year', { year: query.year });
    if (query.kind) qb.andWhere('p.kind = :kind', { kind: query.kind });
    if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    if (query.issuer) qb.andWhere('p.issuer = :issuer', { issuer: query.issuer });
    const { rows, total } = await pageOf(qb, query, PLAN_SORT, ['p.year', 'DESC']);
    const counts = await this.taskCounts(rows.map((p) => p.id));
    return { data: rows.map((p) => toPlan(p, counts.get(p.id) ?? 0)), total };
  }

  /** The plan if the actor may see it; otherwise NOT_FOUND, so ids of hidden drafts are not confirmed. */
  async get(id: string, actor: Actor): Promise<Plan> {
    const qb = this.dataSource.getRepository(PlanEntity).createQueryBuilder('p').where('p.id = :id', { id });
    scopePlans(qb, 'p', actor);
    const entity = await qb.getOne();
    if (!entity) throw planNotFound();
    return toPlan(entity, (await this.taskCounts([id])).get(id) ?? 0);
  }

  private async taskCounts(planIds: string[]): Promise<Map<string, number>> {
    if (planIds.length === 0) return new Map();
    const rows: { plan_id: string; n: string }[] = await this.dataSource.query(
      'SELECT plan_id, count(*) AS n FROM tasks WHERE plan_id = ANY($1::uuid[]) GROUP BY plan_id',
      [planIds],
    );
    return new Map(rows.map((r) => [r.plan_id, Number(r.n)]));
  }

  /** Creates a draft plan inside the given transaction. */
  async createDraft(
    manager: EntityManager,
    input: PlanCreate & Partial<Pick<PlanEntity, 'versionNo' | 'previousVersionId' | 'sourcePlanId'>>,
    context: Partial<CallContext> | null,
  ): Promise<PlanEntity> {
    const entity = manager.create(PlanEntity, {
      ...input,
      status: 'draft',
      number: input.number ?? null,
      issuedOn: input.issuedOn ?? null,
      place: input.place ?? null,
      issuer: input.issuer ?? null,
      signer: input.signer ?? null,
      summary: input.summary ?? null,
      agencyId: input.agencyId ?? null,
      createdById: context?.actor?.id ?? null,
    });
    entity.searchText = planSearchText(entity);
    const saved = await manager.save(entity);
    await this.audit.record(manager, context, {
      action: 'plan.create',
      entity: 'plan',
      entityId: saved.id,
      after: toPlan(saved),
    });
    return saved;
  }

  async create(input: PlanCreate, context: CallContext): Promise<Plan> {
    return this.dataSource.transaction(async (manager) =>
      toPlan(await this.createDraft(manager, input, context), 0),
    );
  }

  async update(id: string, input: PlanUpdate, context: CallContext): Promise<Plan> {
    return this.dataSource.transaction(async (manager) => {
      const entity = await lockEditablePlan(manager, id);
      const before = toPlan(entity);
      assertFresh(before, input, 'Kế hoạch');
      const { version: _version, ...changes } = input;
      Object.assign(entity, changes);
      entity.searchText = planSearchText(entity);
      const saved = await manager.save(entity);
      // The tasks follow their plan's year (a duty "through the year" or recurring now ends with the new year).
      if (saved.year !== before.year) await this.tasks.moveToYear(manager, id, saved.year);
      await this.audit.record(manager, context, {
        action: 'plan.update',
        entity: 'plan',
        entityId: id,
        before,
        after: toPlan(saved),
      });
      return toPlan(saved);
    });
  }

  /** Issues a draft: number, date and signer are fixed, names frozen, and the previous version superseded. */
  async issue(id: string, input: PlanIssue, context: CallContext): Promise<Plan> {
    return this.dataSource.transaction(async (manager) => {
      const entity = await lockPlan(manager, id);
      assertFresh(toPlan(entity), input, 'Kế hoạch');
      return toPlan(await this.applyIssue(manager, entity, input, context));
    });
  }

  /**
   * Everything issuing means, inside the caller's transaction (the API and the demo seed): the status move, a
   * number not used that year, names frozen on the tasks, the reports the rules ask for, the previous version
   * superseded, and the audit entries.
   */
  async applyIssue(
    manager: EntityManager,
    entity: PlanEntity,
    input: Pick<PlanIssue, 'number' | 'issuedOn' | 'signer'>,
    context: Partial<CallContext> | null,
  ): Promise<PlanEntity> {
    const before = toPlan(entity);
    entity.status = planMachine.transition(entity.status, 'issue');
    entity.number = input.number.replace(/\s+/g, '');
    const twin = await manager
      .createQueryBuilder(PlanEntity, 'p')
      .where('p.number = :number AND p.year = :year AND p.id <> :id', {
        number: entity.number,
        year: entity.year,
        id: entity.id,
      })
      .andWhere(`p.status <> 'draft'`)
      .getOne();
    // An amendment may keep the number of the version it replaces.
    if (twin && twin.id !== entity.previousVersionId) {
      throw new DomainError(
        'DUPLICATE',
        `Số văn bản ${entity.number} đã được dùng cho kế hoạch "${twin.title}" năm ${twin.year}`,
        `Document number ${entity.number} is already used`,
        { field: 'number', planId: twin.id },
      );
    }
    entity.issuedOn = input.issuedOn;
    entity.signer = input.signer;
    entity.searchText = planSearchText(entity);
    const saved = await manager.save(entity);
    await this.tasks.snapshotNames(manager, saved.id);
    await this.reports.createObligations(manager, saved, context);
    // A duty already past its due date is overdue from the day the plan is issued, not from the next daily run.
    await this.tasks.markOverdue(manager, todayInVietnam(), saved.id);
    if (saved.previousVersionId) {
      const previous = await lockPlan(manager, saved.previousVersionId);
      previous.status = planMachine.transition(previous.status, 'supersede');
      await manager.save(previous);
      await this.audit.record(manager, context, {
        action: 'plan.supersede',
        entity: 'plan',
        entityId: previous.id,
        after: { supersededBy: saved.id },
      });
    }
    await this.audit.record(manager, context, {
      action: 'plan.issue',
      entity: 'plan',
      entityId: saved.id,
      before,
      after: toPlan(saved),
    });
    return saved;
  }

  /**
   * Starts next year's plan from this one: a draft with sections and tasks copied, dates moved by the
   * difference in years, statuses reset, agencies that have since ended handed to their successors.
   */
  async clone(id: string, input: PlanClone, context: CallContext): Promise<Plan> {
    const source = await this.get(id, context.actor);
    return this.dataSource.transaction(async (manager) => {
      const entity = await lockPlan(manager, id);
      const years = input.year - entity.year;
      const draft = await this.createDraft(
        manager,
        {
          ...this.content(entity),
          title: retitle(entity.title, entity.year, input.year),
          year: input.year,
          publishPublicly: false,
          sourcePlanId: source.id,
        },
        context,
      );
      const mapAgency = await this.successorMap(manager, `${input.year}-01-01`);
      const tasks = await this.tasks.ofPlan(manager, id);
      await this.tasks.copyTasks(manager, tasks, draft, context, { years, keepStatus: false, mapAgency });
      await this.audit.record(manager, context, {
        action: 'plan.clone',
        entity: 'plan',
        entityId: draft.id,
        after: { sourcePlanId: id, year: input.year },
      });
      return toPlan(draft, tasks.length);
    });
  }

  /** An amendment: a new draft version of a plan in force, its tasks (with their progress) copied. */
  async amend(id: string, context: CallContext): Promise<Plan> {
    return this.dataSource.transaction(async (manager) => {
      const entity = await lockPlan(manager, id);
      if (!isPlanAmendable(entity.status)) {
        throw new DomainError(
          'INVALID_TRANSITION',
          'Chỉ sửa đổi được kế hoạch đã ban hành, chưa kết thúc.',
          'Only a plan in force can be amended',
        );
      }
      const pending = await manager.findOneBy(PlanEntity, { previousVersionId: id, status: 'draft' });
      if (pending) {
        throw new DomainError(
          'DUPLICATE',
          'Kế hoạch này đã có một bản sửa đổi đang soạn thảo.',
          'An amendment is already being drafted',
          { planId: pending.id },
        );
      }
      const draft = await this.createDraft(
        manager,
        {
          ...this.content(entity),
          year: entity.year,
          publishPublicly: entity.publishPublicly,
          versionNo: entity.versionNo + 1,
          previousVersionId: id,
          sourcePlanId: entity.sourcePlanId,
        },
        context,
      );
      const tasks = await this.tasks.ofPlan(manager, id);
      await this.tasks.copyTasks(manager, tasks, draft, context, { years: 0, keepStatus: true });
      await this.audit.record(manager, context, {
        action: 'plan.amend',
        entity: 'plan',
        entityId: draft.id,
        after: { previousVersionId: id, versionNo: draft.versionNo },
      });
      return toPlan(draft, tasks.length);
    });
  }

  private content(entity: PlanEntity): PlanCreate {
    const picked = Object.fromEntries(CONTENT_FIELDS.map((field) => [field, entity[field]])) as Pick<
      PlanEntity,
      (typeof CONTENT_FIELDS)[number]
    >;
    return { ...picked, year: entity.year, publishPublicly: false };
  }

  /** Maps an agency to its successor when it had ended by `on` (the 2025 mergers hand duties over). */
  private async successorMap(manager: EntityManager, on: string): Promise<(id: string) => string> {
    const ended = await manager
      .createQueryBuilder(AgencyEntity, 'a')
      .where('a.validTo < :on AND cardinality(a.successorIds) > 0', { on })
      .getMany();
    const next = new Map(ended.map((a) => [a.id, a.successorIds[0] ?? a.id]));
    return (id) => {
      let current = id;
      for (let hops = 0; hops < 5 && next.has(current); hops += 1) current = next.get(current) ?? current;
      return current;
    };
  }

  /** What changed between a plan and an earlier one (its previous version, else its source plan). */
  async diff(id: string, against: string | undefined, actor: Actor): Promise<PlanDiff> {
    const plan = await this.get(id, actor);
    const otherId = against ?? plan.previousVersionId ?? plan.sourcePlanId;
    if (!otherId)
      throw new DomainError(
        'NOT_FOUND',
        'Kế hoạch này không có phiên bản trước hay kế hoạch gốc để so sánh.',
        'Nothing to compare with',
      );
    const other = await this.get(otherId, actor);
    const [before, after] = await Promise.all([this.snapshot(other), this.snapshot(plan)]);
    return { fromPlanId: other.id, toPlanId: plan.id, ...diffPlans(before, after) };
  }

  private async snapshot(plan: Plan): Promise<PlanSnapshot> {
    const tasks = await this.tasks.ofPlan(this.dataSource.manager, plan.id);
    const name = (task: Task, agencyId: string) => task.agencyNames?.[agencyId] ?? agencyId;
    const fields: Record<string, unknown> = Object.fromEntries(PLAN_CONTENT_FIELDS.map((f) => [f, plan[f]]));
    // The owning agency reads as its name, like the tasks' agencies.
    if (plan.agencyId)
      fields.agencyId =
        (await this.dataSource.query('SELECT name FROM agencies WHERE id = $1', [plan.agencyId]))[0]?.name ??
        plan.agencyId;
    return {
      fields,
      tasks: tasks.map((t) => ({
        ref: t.ref,
        text: t.text,
        leads: t.leads.map((l) => `${l.requested ? 'Đề nghị ' : ''}${name(t, l.agencyId)}`),
        coordinators: t.coordinatorIds.map((c) => name(t, c)),
        schedule: t.schedule,
        topics: t.topics,
      })),
    };
  }

  /** Closes a plan at year end: open tasks are carried over, and copied into next year's draft when given. */
  async close(id: string, input: PlanClose, context: CallContext): Promise<Plan> {
    return this.dataSource.transaction(async (manager) => {
      const entity = await lockPlan(manager, id);
      assertFresh(toPlan(entity), input, 'Kế hoạch');
      const before = toPlan(entity);
      entity.status = planMachine.transition(entity.status, 'close');
      const target = input.carryOverToPlanId
        ? await lockEditablePlan(manager, input.carryOverToPlanId)
        : null;
      // Through the task state machine (while the plan is still in force): every unfinished duty is carried over.
      const open = await this.tasks.carryOverUnfinished(manager, id, context);
      if (target)
        await this.tasks.copyTasks(manager, open, target, context, {
          years: target.year - entity.year,
          keepStatus: false,
        });
      const saved = await manager.save(entity);
      await this.audit.record(manager, context, {
        action: 'plan.close',
        entity: 'plan',
        entityId: id,
        before,
        after: { ...toPlan(saved), carriedOver: open.length },
      });
      return toPlan(saved);
    });
  }

  /** Publishes an issued plan's metadata on the portal, or withdraws it. */
  async setPublication(id: string, input: PlanPublication, context: CallContext): Promise<Plan> {
    const plan = await this.dataSource.transaction(async (manager) => {
      const entity = await lockPlan(manager, id);
      assertFresh(toPlan(entity), input, 'Kế hoạch');
      if (!isPlanPublishable(entity.status)) {
        throw new DomainError(
          'INVALID_TRANSITION',
          'Chỉ công bố được kế hoạch đã ban hành và chưa bị thay thế.',
          'Only an issued plan can be published',
        );
      }
      entity.publishPublicly = input.publishPublicly;
      const saved = await manager.save(entity);
      await this.audit.record(manager, context, {
        action: input.publishPublicly ? 'plan.publish' : 'plan.unpublish',
        entity: 'plan',
        entityId: id,
        after: { publishPublicly: input.publishPublicly },
      });
      return toPlan(saved);
    });
    // Committed: the portal drops its cached document lists now, not when they expire.
    await touchPublicContent(this.dataSource);
    return plan;
  }

  /** The plan with its tasks, for exports. */
  async withTasks(id: string, actor: Actor): Promise<{ plan: Plan; tasks: Task[] }> {
    const plan = await this.get(id, actor);
    return { plan, tasks: await this.tasks.ofPlan(this.dataSource.manager, id) };
  }
}
