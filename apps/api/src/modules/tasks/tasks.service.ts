import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, type SelectQueryBuilder } from 'typeorm';
import { DomainError } from '@bcdnq/domain/common';
import { finalDueDate, type Task, type TaskCreate, type TaskUpdate } from '@bcdnq/domain/tasks';
import { type Page, pageOf, searchTextOf } from '../../common/list.js';
import { assertFresh } from '../../common/optimistic.js';
import type { Actor, CallContext } from '../../common/request-context.js';
import { AgencyEntity } from '../agencies/agency.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { seesAllPlans } from '../plans/plan-access.js';
import { PlansService } from '../plans/plans.service.js';
import type { TaskListQuery } from './dto/task-list.query.js';
import { TaskAgencyEntity, TaskEntity } from './task.entity.js';

type TaskParties = Pick<Task, 'leads' | 'coordinatorIds'>;
const notFound = () => new DomainError('NOT_FOUND', 'Không tìm thấy nhiệm vụ', 'Task not found');

function toTask(entity: TaskEntity, parties: TaskParties): Task {
  return {
    id: entity.id,
    planId: entity.planId,
    position: entity.position,
    ref: entity.ref,
    text: entity.text,
    subDuties: entity.subDuties,
    leads: parties.leads,
    coordinatorIds: parties.coordinatorIds,
    schedule: entity.schedule,
    topics: entity.topics,
    status: entity.status,
    dueOn: entity.dueOn,
    version: entity.version,
  };
}

/** Restricts a task query to what the actor may see: agencies see their own tasks of plans in force. */
function scopeTasks(qb: SelectQueryBuilder<TaskEntity>, actor: Actor): void {
  if (seesAllPlans(actor)) return;
  qb.innerJoin('t.plan', 'scope_plan').andWhere(`scope_plan.status <> 'draft'`);
  if (actor.role === 'agency_officer') {
    qb.andWhere('EXISTS (SELECT 1 FROM task_agencies sa WHERE sa.task_id = t.id AND sa.agency_id = :scopeAgencyId)', {
      scopeAgencyId: actor.agencyId,
    });
  }
}

@Injectable()
export class TasksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly plans: PlansService,
    private readonly audit: AuditService,
  ) {}

  private async partiesOf(manager: EntityManager, taskIds: string[]): Promise<Map<string, TaskParties>> {
    const parties = new Map<string, TaskParties>(taskIds.map((id) => [id, { leads: [], coordinatorIds: [] }]));
    if (taskIds.length === 0) return parties;
    const rows = await manager.find(TaskAgencyEntity, { where: { taskId: In(taskIds) }, order: { position: 'ASC' } });
    for (const row of rows) {
      const entry = parties.get(row.taskId);
      if (!entry) continue;
      if (row.role === 'lead') entry.leads.push({ agencyId: row.agencyId, requested: row.requested });
      else entry.coordinatorIds.push(row.agencyId);
    }
    return parties;
  }

  async list(query: TaskListQuery, actor: Actor): Promise<Page<Task>> {
    const qb = this.dataSource.getRepository(TaskEntity).createQueryBuilder('t');
    scopeTasks(qb, actor);
    if (query.id) qb.andWhere('t.id IN (:...ids)', { ids: query.id });
    if (query.planId) qb.andWhere('t.planId = :planId', { planId: query.planId });
    if (query.status) qb.andWhere('t.status = :status', { status: query.status });
    if (query.topic) qb.andWhere(':topic = ANY(t.topics)', { topic: query.topic });
    if (query.agencyId) {
      qb.andWhere('EXISTS (SELECT 1 FROM task_agencies fa WHERE fa.task_id = t.id AND fa.agency_id = :agencyId)', {
        agencyId: query.agencyId,
      });
    }
    const { rows, total } = await pageOf(
      qb,
      query,
      { position: 't.position', dueOn: 't.dueOn', status: 't.status', ref: 't.ref' },
      ['t.position', 'ASC'],
    );
    const parties = await this.partiesOf(this.dataSource.manager, rows.map((t) => t.id));
    return { data: rows.map((t) => toTask(t, parties.get(t.id) ?? { leads: [], coordinatorIds: [] })), total };
  }

  async get(id: string, actor: Actor): Promise<Task> {
    const qb = this.dataSource.getRepository(TaskEntity).createQueryBuilder('t').where('t.id = :id', { id });
    scopeTasks(qb, actor);
    const entity = await qb.getOne();
    if (!entity) throw notFound();
    const parties = await this.partiesOf(this.dataSource.manager, [id]);
    return toTask(entity, parties.get(id) ?? { leads: [], coordinatorIds: [] });
  }

  private async writeParties(manager: EntityManager, taskId: string, parties: TaskParties): Promise<void> {
    const ids = [...parties.leads.map((l) => l.agencyId), ...parties.coordinatorIds];
    const unique = new Set(ids);
    if (unique.size !== ids.length) {
      throw new DomainError('VALIDATION', 'Một đơn vị không thể vừa chủ trì vừa phối hợp, hoặc bị chọn hai lần', 'An agency appears twice', {
        field: 'coordinatorIds',
      });
    }
    if (unique.size > 0 && (await manager.countBy(AgencyEntity, { id: In([...unique]) })) !== unique.size) {
      throw new DomainError('VALIDATION', 'Có đơn vị không tồn tại trong danh mục', 'Unknown agency', { field: 'leads' });
    }
    await manager.delete(TaskAgencyEntity, { taskId });
    await manager.insert(TaskAgencyEntity, [
      ...parties.leads.map((l, position) => ({ taskId, agencyId: l.agencyId, role: 'lead' as const, requested: l.requested, position })),
      ...parties.coordinatorIds.map((agencyId, position) => ({ taskId, agencyId, role: 'coordinator' as const, requested: false, position })),
    ]);
  }

  /** Adds a task to a draft plan inside the given transaction (used by the API, imports and the seed). */
  async createInPlan(manager: EntityManager, input: TaskCreate, year: number, context: Partial<CallContext> | null): Promise<Task> {
    const position =
      (await manager.createQueryBuilder(TaskEntity, 't').where('t.planId = :planId', { planId: input.planId }).getCount()) + 1;
    const entity = manager.create(TaskEntity, {
      planId: input.planId,
      position,
      ref: input.ref ?? null,
      text: input.text,
      subDuties: input.subDuties,
      schedule: input.schedule,
      dueOn: finalDueDate(input.schedule, year),
      topics: input.topics,
      status: 'not_started',
      searchText: searchTextOf(input.text, input.subDuties, input.ref),
    });
    const saved = await manager.save(entity);
    const parties = { leads: input.leads, coordinatorIds: input.coordinatorIds };
    await this.writeParties(manager, saved.id, parties);
    const task = toTask(saved, parties);
    await this.audit.record(manager, context, { action: 'task.create', entity: 'task', entityId: saved.id, after: task });
    return task;
  }

  async create(input: TaskCreate, context: CallContext): Promise<Task> {
    return this.dataSource.transaction(async (manager) => {
      const plan = await this.plans.lockEditable(manager, input.planId);
      return this.createInPlan(manager, input, plan.year, context);
    });
  }

  async update(id: string, input: TaskUpdate, context: CallContext): Promise<Task> {
    return this.dataSource.transaction(async (manager) => {
      const entity = await manager.findOne(TaskEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!entity) throw notFound();
      const plan = await this.plans.lockEditable(manager, entity.planId);
      const parties = (await this.partiesOf(manager, [id])).get(id) ?? { leads: [], coordinatorIds: [] };
      const before = toTask(entity, parties);
      assertFresh(before, input, 'Nhiệm vụ');
      const { version: _version, leads, coordinatorIds, ...changes } = input;
      Object.assign(entity, changes);
      entity.dueOn = finalDueDate(entity.schedule, plan.year);
      entity.searchText = searchTextOf(entity.text, entity.subDuties, entity.ref);
      // Parties live in their own table: bump the task's version even when only they change.
      entity.updatedAt = new Date();
      const saved = await manager.save(entity);
      const nextParties = { leads: leads ?? parties.leads, coordinatorIds: coordinatorIds ?? parties.coordinatorIds };
      if (leads || coordinatorIds) await this.writeParties(manager, id, nextParties);
      const after = toTask(saved, nextParties);
      await this.audit.record(manager, context, { action: 'task.update', entity: 'task', entityId: id, before, after });
      return after;
    });
  }
}
