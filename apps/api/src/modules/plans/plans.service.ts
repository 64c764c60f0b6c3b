import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '@bcdnq/domain/common';
import {
  isPlanEditable,
  type Plan,
  type PlanCreate,
  type PlanIssue,
  type PlanUpdate,
  planMachine,
} from '@bcdnq/domain/plans';
import { type Page, pageOf, searchTextOf } from '../../common/list.js';
import { assertFresh } from '../../common/optimistic.js';
import type { Actor, CallContext } from '../../common/request-context.js';
import { AuditService } from '../audit/audit.service.js';
import type { PlanListQuery } from './dto/plan-list.query.js';
import { scopePlans } from './plan-access.js';
import { PlanEntity } from './plan.entity.js';

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
const notFound = () => new DomainError('NOT_FOUND', 'Không tìm thấy kế hoạch', 'Plan not found');

@Injectable()
export class PlansService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: PlanListQuery, actor: Actor): Promise<Page<Plan>> {
    const qb = this.dataSource.getRepository(PlanEntity).createQueryBuilder('p');
    scopePlans(qb, 'p', actor);
    if (query.id) qb.andWhere('p.id IN (:...ids)', { ids: query.id });
    if (query.year) qb.andWhere('p.year = :year', { year: query.year });
    if (query.kind) qb.andWhere('p.kind = :kind', { kind: query.kind });
    if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    if (query.issuer) qb.andWhere('p.issuer = :issuer', { issuer: query.issuer });
    const { rows, total } = await pageOf(
      qb,
      query,
      { year: 'p.year', title: 'p.title', status: 'p.status', issuedOn: 'p.issuedOn', updatedAt: 'p.updatedAt', number: 'p.number' },
      ['p.year', 'DESC'],
    );
    const counts = await this.taskCounts(rows.map((p) => p.id));
    return { data: rows.map((p) => toPlan(p, counts.get(p.id) ?? 0)), total };
  }

  /** The plan if the actor may see it; otherwise NOT_FOUND, so ids of hidden drafts are not confirmed. */
  async get(id: string, actor: Actor): Promise<Plan> {
    const qb = this.dataSource.getRepository(PlanEntity).createQueryBuilder('p').where('p.id = :id', { id });
    scopePlans(qb, 'p', actor);
    const entity = await qb.getOne();
    if (!entity) throw notFound();
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
  async createDraft(manager: EntityManager, input: PlanCreate, context: Partial<CallContext> | null): Promise<PlanEntity> {
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
    await this.audit.record(manager, context, { action: 'plan.create', entity: 'plan', entityId: saved.id, after: toPlan(saved) });
    return saved;
  }

  async create(input: PlanCreate, context: CallContext): Promise<Plan> {
    return this.dataSource.transaction(async (manager) => toPlan(await this.createDraft(manager, input, context), 0));
  }

  /** Locks the plan row for a change; only drafts may be edited. */
  async lockEditable(manager: EntityManager, id: string): Promise<PlanEntity> {
    const entity = await manager.findOne(PlanEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!entity) throw notFound();
    if (!isPlanEditable(entity.status)) {
      throw new DomainError(
        'IMMUTABLE',
        'Kế hoạch đã ban hành không được sửa trực tiếp; hãy tạo bản sửa đổi (phiên bản mới).',
        'An issued plan is immutable; amend it with a new version.',
      );
    }
    return entity;
  }

  async update(id: string, input: PlanUpdate, context: CallContext): Promise<Plan> {
    return this.dataSource.transaction(async (manager) => {
      const entity = await this.lockEditable(manager, id);
      const before = toPlan(entity);
      assertFresh(before, input, 'Kế hoạch');
      const { version: _version, ...changes } = input;
      Object.assign(entity, changes);
      entity.searchText = planSearchText(entity);
      const saved = await manager.save(entity);
      await this.audit.record(manager, context, { action: 'plan.update', entity: 'plan', entityId: id, before, after: toPlan(saved) });
      return toPlan(saved);
    });
  }

  /** Issues a draft: number, date and signer are fixed and the plan becomes immutable. */
  async issue(id: string, input: PlanIssue, context: CallContext): Promise<Plan> {
    return this.dataSource.transaction(async (manager) => {
      const entity = await manager.findOne(PlanEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!entity) throw notFound();
      assertFresh(toPlan(entity), input, 'Kế hoạch');
      const before = toPlan(entity);
      entity.status = planMachine.transition(entity.status, 'issue');
      entity.number = input.number.replace(/\s+/g, '');
      const twin = await manager
        .createQueryBuilder(PlanEntity, 'p')
        .where('p.number = :number AND p.year = :year AND p.id <> :id', { number: entity.number, year: entity.year, id })
        .andWhere(`p.status <> 'draft'`)
        .getOne();
      if (twin) {
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
      await this.audit.record(manager, context, { action: 'plan.issue', entity: 'plan', entityId: id, before, after: toPlan(saved) });
      return toPlan(saved);
    });
  }
}
