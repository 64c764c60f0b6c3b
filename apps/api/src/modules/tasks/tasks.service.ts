import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, type SelectQueryBuilder } from 'typeorm';
import { DomainError } from '@bcdnq/domain/common';
import {
  addDays,
  shiftSchedule,
  finalDueDate,
  nextDueDate,
  type Task,
  type TaskBatch,
  type TaskBatchResult,
  type TaskCreate,
  type TaskEvent,
  taskMachine,
  isWorkEvent,
  type TaskStatusChange,
  type TaskUpdate,
  todayInVietnam,
  type TaskListQuery,
  TASK_SORT_KEYS,
  coordinatorsBeyondLeads,
  hasRepeatedParty,
  isLeadOfficer,
  mayFireTaskEvent,
} from '@bcdnq/domain/tasks';
import {
  IN_FORCE_PLAN_STATUSES,
  isPlanHistory,
  isPlanInForce,
  PLAN_STATUSES,
  planMachine,
} from '@bcdnq/domain/plans';
import { openTaskSql, overdueTaskSql } from './task-sql.js';
import { type Page, pageOf, sortColumns, searchTextOf } from '../../common/list.js';
import { assertFresh } from '../../common/optimistic.js';
import type { Actor, CallContext } from '../../common/request-context.js';
import { AgencyEntity } from '../agencies/agency.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { seesAllPlans } from '../plans/plan-access.js';
import { PlanEntity } from '../plans/plan.entity.js';
import { lockEditablePlan } from '../plans/plan-lock.js';
import { ProgressNoteEntity } from './progress-note.entity.js';
import { TaskAgencyEntity, TaskEntity } from './task.entity.js';

const TASK_SORT = sortColumns<(typeof TASK_SORT_KEYS)[number]>({
  id: 't.id',
  position: 't.position',
  dueOn: 't.dueOn',
  status: 't.status',
  ref: 't.ref',
  year: 'p.year',
});

type TaskParties = Pick<Task, 'leads' | 'coordinatorIds'> & { agencyNames: Record<string, string> };
const noParties = (): TaskParties => ({ leads: [], coordinatorIds: [], agencyNames: {} });
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
    agencyNames: parties.agencyNames,
    schedule: entity.schedule,
    topics: entity.topics,
    status: entity.status,
    dueOn: entity.dueOn,
    nextDueOn: nextDueDate(entity.schedule, entity.planYear, todayInVietnam()),
    ...(entity.plan
      ? {
          plan: {
            id: entity.plan.id,
            title: entity.plan.title,
            year: entity.plan.year,
            status: entity.plan.status,
          },
        }
      : {}),
    version: entity.version,
  };
}

const HISTORY_PLAN_STATUSES = PLAN_STATUSES.filter(isPlanHistory);

/** Restricts a task query to what the actor may see: agencies see their own tasks of plans in force. */
function scopeTasks(qb: SelectQueryBuilder<TaskEntity>, actor: Actor): void {
  if (seesAllPlans(actor)) return;
  qb.andWhere(`EXISTS (SELECT 1 FROM plans sp WHERE sp.id = t.plan_id AND sp.status <> 'draft')`);
  if (actor.role === 'agency_officer') {
    qb.andWhere(
      'EXISTS (SELECT 1 FROM task_agencies sa WHERE sa.task_id = t.id AND sa.agency_id = :scopeAgencyId)',
      {
        scopeAgencyId: actor.agencyId,
      },
    );
  }
}

@Injectable()
export class TasksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Tasks with their plan summary, joined so scoping can look at the plan. */
  private query(manager: EntityManager = this.dataSource.manager): SelectQueryBuilder<TaskEntity> {
    return manager
      .getRepository(TaskEntity)
      .createQueryBuilder('t')
      .innerJoin('t.plan', 'p')
      .addSelect(['p.id', 'p.title', 'p.year', 'p.status']);
  }

  async partiesOf(manager: EntityManager, taskIds: string[]): Promise<Map<string, TaskParties>> {
    const parties = new Map<string, TaskParties>(taskIds.map((id) => [id, noParties()]));
    if (taskIds.length === 0) return parties;
    const rows = await manager.find(TaskAgencyEntity, {
      where: { taskId: In(taskIds) },
      order: { position: 'ASC' },
    });
    for (const row of rows) {
      const entry = parties.get(row.taskId);
      if (!entry) continue;
      entry.agencyNames[row.agencyId] = row.agencyName;
      if (row.role === 'lead') entry.leads.push({ agencyId: row.agencyId, requested: row.requested });
      else entry.coordinatorIds.push(row.agencyId);
    }
    return parties;
  }

  private async withParties(manager: EntityManager, rows: TaskEntity[]): Promise<Task[]> {
    const parties = await this.partiesOf(
      manager,
      rows.map((t) => t.id),
    );
    return rows.map((t) => toTask(t, parties.get(t.id) ?? noParties()));
  }

  private async partiesOfOne(manager: EntityManager, taskId: string): Promise<TaskParties> {
    return (await this.partiesOf(manager, [taskId])).get(taskId) ?? noParties();
  }

  private async oneWithParties(manager: EntityManager, entity: TaskEntity): Promise<Task> {
    return toTask(entity, await this.partiesOfOne(manager, entity.id));
  }

  /**
   * The list filters over tasks (shared by the list and the export). `bare` leaves out the plan join the page
   * shows, for counting: no filter needs it.
   */
  filtered(
    query: Omit<TaskListQuery, 'page' | 'perPage' | 'sort' | 'order'>,
    actor: Actor,
    bare = false,
  ): SelectQueryBuilder<TaskEntity> {
    const qb = bare ? this.dataSource.getRepository(TaskEntity).createQueryBuilder('t') : this.query();
    scopeTasks(qb, actor);
    if (query.id) qb.andWhere('t.id IN (:...ids)', { ids: query.id });
    if (query.planId) qb.andWhere('t.planId = :planId', { planId: query.planId });
    // A replaced version's duties are history: readable through their plan, never in a live list.
    else
      qb.andWhere(
        `NOT EXISTS (SELECT 1 FROM plans hp WHERE hp.id = t.plan_id AND hp.status = ANY(:history))`,
        { history: HISTORY_PLAN_STATUSES },
      );
    if (query.status) qb.andWhere('t.status = :status', { status: query.status });
    if (query.topic) qb.andWhere(':topic = ANY(t.topics)', { topic: query.topic });
    if (query.year) qb.andWhere('t.planYear = :year', { year: query.year });
    const agencyId =
      query.scope === 'mine' ? (actor.agencyId ?? '00000000-0000-0000-0000-000000000000') : query.agencyId;
    // An agency officer's scope already is their agency: the same condition twice only slows the query.
    const scopedAlready = actor.role === 'agency_officer' && agencyId === actor.agencyId;
    if (agencyId && !scopedAlready) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM task_agencies fa WHERE fa.task_id = t.id AND fa.agency_id = :agencyId)',
        { agencyId },
      );
    }
    if (query.leadAgencyId) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM task_agencies la WHERE la.task_id = t.id AND la.agency_id = :leadAgencyId AND la.role = 'lead')`,
        {
          leadAgencyId: query.leadAgencyId,
        },
      );
    }
    const today = todayInVietnam();
    if (query.overdue) qb.andWhere(overdueTaskSql('t', ':today', 'dueOn'), { today });
    if (query.dueWithin !== undefined) {
      qb.andWhere(`${openTaskSql('t')} AND t.dueOn BETWEEN :today AND :until`, {
        today,
        until: addDays(today, query.dueWithin),
      });
    }
    return qb;
  }

  async list(query: TaskListQuery, actor: Actor): Promise<Page<Task>> {
    // Within a plan, tasks read in document order; across plans, by due date (indexed).
    const { rows, total } = await pageOf(
      this.filtered(query, actor),
      query,
      TASK_SORT,
      query.planId ? ['t.position', 'ASC'] : ['t.dueOn', 'ASC'],
      this.filtered(query, actor, true),
    );
    return { data: await this.withParties(this.dataSource.manager, rows), total };
  }

  /** Every task matching the filters (bounded), for exports. */
  async all(
    query: Omit<TaskListQuery, 'page' | 'perPage' | 'sort' | 'order'>,
    actor: Actor,
    limit = 5000,
  ): Promise<Task[]> {
    const rows = await this.filtered(query, actor)
      .orderBy('p.year', 'DESC')
      .addOrderBy('t.planId')
      .addOrderBy('t.position')
      .take(limit)
      .getMany();
    return this.withParties(this.dataSource.manager, rows);
  }

  async get(id: string, actor: Actor): Promise<Task> {
    const qb = this.query().where('t.id = :id', { id });
    scopeTasks(qb, actor);
    const entity = await qb.getOne();
    if (!entity) throw notFound();
    return this.oneWithParties(this.dataSource.manager, entity);
  }

  async writeParties(
    manager: EntityManager,
    taskId: string,
    parties: Pick<Task, 'leads' | 'coordinatorIds'>,
  ): Promise<void> {
    if (hasRepeatedParty(parties)) {
      throw new DomainError(
        'VALIDATION',
        'Một đơn vị không thể vừa chủ trì vừa phối hợp, hoặc bị chọn hai lần',
        'An agency appears twice',
        {
          field: 'coordinatorIds',
        },
      );
    }
    const unique = new Set([...parties.leads.map((l) => l.agencyId), ...parties.coordinatorIds]);
    const agencies = unique.size ? await manager.findBy(AgencyEntity, { id: In([...unique]) }) : [];
    if (agencies.length !== unique.size) {
      throw new DomainError('VALIDATION', 'Có đơn vị không tồn tại trong danh mục', 'Unknown agency', {
        field: 'leads',
      });
    }
    const names = new Map(agencies.map((a) => [a.id, a.name]));
    await manager.delete(TaskAgencyEntity, { taskId });
    await manager.insert(TaskAgencyEntity, [
      ...parties.leads.map((l, position) => ({
        taskId,
        agencyId: l.agencyId,
        role: 'lead' as const,
        requested: l.requested,
        position,
        agencyName: names.get(l.agencyId) ?? '',
      })),
      ...parties.coordinatorIds.map((agencyId, position) => ({
        taskId,
        agencyId,
        role: 'coordinator' as const,
        requested: false,
        position,
        agencyName: names.get(agencyId) ?? '',
      })),
    ]);
  }

  /** Adds a task to a draft plan inside the given transaction (used by the API, imports, clones and the seed). */
  async createInPlan(
    manager: EntityManager,
    input: TaskCreate,
    year: number,
    context: Partial<CallContext> | null,
    status: Task['status'] = 'not_started',
  ): Promise<Task> {
    const position =
      (await manager
        .createQueryBuilder(TaskEntity, 't')
        .where('t.planId = :planId', { planId: input.planId })
        .getCount()) + 1;
    const entity = manager.create(TaskEntity, {
      planId: input.planId,
      planYear: year,
      position,
      ref: input.ref ?? null,
      text: input.text,
      subDuties: input.subDuties,
      schedule: input.schedule,
      dueOn: finalDueDate(input.schedule, year),
      topics: input.topics,
      status,
      searchText: searchTextOf(input.text, input.subDuties, input.ref),
    });
    const saved = await manager.save(entity);
    await this.writeParties(manager, saved.id, input);
    const task = await this.oneWithParties(manager, saved);
    await this.audit.record(manager, context, {
      action: 'task.create',
      entity: 'task',
      entityId: saved.id,
      after: task,
    });
    return task;
  }

  async create(input: TaskCreate, context: CallContext): Promise<Task> {
    return this.dataSource.transaction(async (manager) => {
      const plan = await lockEditablePlan(manager, input.planId);
      return this.createInPlan(manager, input, plan.year, context);
    });
  }

  private async lockTask(manager: EntityManager, id: string): Promise<TaskEntity> {
    const entity = await manager.findOne(TaskEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!entity) throw notFound();
    return entity;
  }

  async update(id: string, input: TaskUpdate, context: CallContext): Promise<Task> {
    return this.dataSource.transaction(async (manager) => {
      const entity = await this.lockTask(manager, id);
      const plan = await lockEditablePlan(manager, entity.planId);
      const parties = await this.partiesOfOne(manager, id);
      const before = toTask(entity, parties);
      assertFresh(before, input, 'Nhiệm vụ');
      const { version: _version, leads, coordinatorIds, ...changes } = input;
      Object.assign(entity, changes);
      entity.dueOn = finalDueDate(entity.schedule, plan.year);
      entity.searchText = searchTextOf(entity.text, entity.subDuties, entity.ref);
      // Parties live in their own table: bump the task's version even when only they change.
      entity.updatedAt = new Date();
      const saved = await manager.save(entity);
      if (leads || coordinatorIds) {
        await this.writeParties(manager, id, {
          leads: leads ?? parties.leads,
          coordinatorIds: coordinatorIds ?? parties.coordinatorIds,
        });
      }
      const after = await this.oneWithParties(manager, saved);
      await this.audit.record(manager, context, {
        action: 'task.update',
        entity: 'task',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  }

  /**
   * Fires a status event. The standing office may fire any; an officer of a lead agency may start and
   * complete their agency's tasks. Only tasks of plans in force change status; the first change puts an issued
   * plan into implementation.
   */
  async changeStatus(id: string, input: TaskStatusChange, context: CallContext): Promise<Task> {
    await this.get(id, context.actor); // visibility: hidden tasks are 404
    return this.dataSource.transaction(async (manager) => {
      const entity = await this.lockTask(manager, id);
      assertFresh({ version: entity.version }, { version: input.version }, 'Nhiệm vụ');
      const parties = await this.partiesOfOne(manager, id);
      this.assertMayChangeStatus(context.actor, parties, input.event);
      const task = await this.applyEvent(manager, entity, input.event, context);
      if (input.note) await this.addNoteRow(manager, id, input.note, context, input.event);
      return task;
    });
  }

  private assertMayChangeStatus(actor: Actor, parties: TaskParties, event: TaskEvent): void {
    if (mayFireTaskEvent(actor, parties, event)) return;
    throw new DomainError(
      'FORBIDDEN',
      isLeadOfficer(actor, parties)
        ? 'Đơn vị chủ trì chỉ có thể báo bắt đầu hoặc hoàn thành; các thay đổi khác do Cơ quan Thường trực thực hiện.'
        : 'Chỉ đơn vị chủ trì hoặc Cơ quan Thường trực được cập nhật trạng thái nhiệm vụ này.',
      'Not allowed to change this task status',
    );
  }

  /** Moves a locked task by an event within the caller's transaction, checking its plan is in force. */
  async applyEvent(
    manager: EntityManager,
    entity: TaskEntity,
    event: TaskEvent,
    context: Partial<CallContext> | null,
  ): Promise<Task> {
    const plan = await manager.findOne(PlanEntity, {
      where: { id: entity.planId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!plan || !isPlanInForce(plan.status)) {
      throw new DomainError(
        'INVALID_TRANSITION',
        'Chỉ cập nhật trạng thái nhiệm vụ của kế hoạch đã ban hành và chưa kết thúc.',
        'Task status changes only in an issued, open plan',
      );
    }
    const parties = await this.partiesOfOne(manager, entity.id);
    const before = toTask(entity, parties);
    entity.status = taskMachine.transition(entity.status, event);
    const saved = await manager.save(entity);
    // Work on a duty puts its plan into implementation; the calendar or the year's end does not.
    if (plan.status === 'issued' && isWorkEvent(event)) {
      plan.status = planMachine.transition(plan.status, 'startImplementation');
      await manager.save(plan);
    }
    const after = toTask(saved, parties);
    await this.audit.record(manager, context, {
      action: `task.${event}`,
      entity: 'task',
      entityId: entity.id,
      before: { status: before.status },
      after: { status: after.status },
    });
    return after;
  }

  async addNoteRow(
    manager: EntityManager,
    taskId: string,
    text: string,
    context: CallContext,
    statusEvent: string | null = null,
  ) {
    return manager.getRepository(ProgressNoteEntity).save({
      taskId,
      text,
      authorId: context.actor.id,
      authorName: context.actor.fullName,
      agencyId: context.actor.agencyId,
      statusEvent,
    });
  }

  /** One edit on many tasks, all or nothing: status events on plans in force; leads or topics on drafts. */
  async batch(input: TaskBatch, context: CallContext): Promise<TaskBatchResult> {
    return this.dataSource.transaction(async (manager) => {
      const sent = new Map(input.tasks.map((t) => [t.id, t.version]));
      const entities = await manager.find(TaskEntity, {
        where: { id: In([...sent.keys()]) },
        lock: { mode: 'pessimistic_write' },
        order: { position: 'ASC' },
      });
      if (entities.length !== sent.size) throw notFound();
      const stale = entities.filter((e) => e.version !== sent.get(e.id));
      if (stale.length) {
        const refs = stale.map((e) => e.ref ?? `#${e.position}`).join(', ');
        throw new DomainError(
          'CONFLICT',
          `Nhiệm vụ ${refs} vừa được người khác cập nhật. Tải lại danh sách rồi sửa lại; chưa nhiệm vụ nào được thay đổi.`,
          `Tasks ${refs} were changed by someone else. Reload the list and retry; nothing was changed.`,
          { staleIds: stale.map((e) => e.id) },
        );
      }
      for (const entity of entities) {
        if (input.leads || input.topics) {
          const plan = await lockEditablePlan(manager, entity.planId);
          const parties = await this.partiesOfOne(manager, entity.id);
          const before = toTask(entity, parties);
          if (input.topics) entity.topics = input.topics;
          entity.updatedAt = new Date();
          entity.dueOn = finalDueDate(entity.schedule, plan.year);
          const saved = await manager.save(entity);
          if (input.leads) {
            await this.writeParties(manager, entity.id, {
              leads: input.leads,
              coordinatorIds: coordinatorsBeyondLeads(
                input.leads.map((l) => l.agencyId),
                parties.coordinatorIds,
              ),
            });
          }
          const after = await this.oneWithParties(manager, saved);
          await this.audit.record(manager, context, {
            action: 'task.batchUpdate',
            entity: 'task',
            entityId: entity.id,
            before,
            after,
          });
        }
        if (input.status) {
          try {
            await this.applyEvent(manager, entity, input.status, context);
          } catch (error) {
            if (error instanceof DomainError) {
              throw new DomainError(
                error.code,
                `Nhiệm vụ ${entity.ref ?? `#${entity.position}`}: ${error.message}`,
                error.messageEn,
                error.details,
              );
            }
            throw error;
          }
        }
      }
      return { updated: entities.length };
    });
  }

  /** A renamed agency's new name on the tasks of drafts; issued plans keep the name they were issued with. */
  async renameAgencyOnDrafts(manager: EntityManager, agencyId: string, name: string): Promise<void> {
    await manager.query(
      `UPDATE task_agencies ta SET agency_name = $2 FROM tasks t JOIN plans p ON p.id = t.plan_id
        WHERE t.id = ta.task_id AND ta.agency_id = $1 AND p.status = 'draft'`,
      [agencyId, name],
    );
  }

  /**
   * Hands an ended agency's unfinished tasks (of plans not closed) to its successor, merged into the successor's
   * part when it already has one (the stronger role kept). Returns how many tasks changed hands.
   */
  async handOver(
    manager: EntityManager,
    from: { id: string; name: string },
    to: { id: string; name: string },
    context: Partial<CallContext> | null,
  ): Promise<number> {
    const rows: { task_id: string; role: string; successor_role: string | null }[] = await manager.query(
      `SELECT ta.task_id, ta.role, st.role AS successor_role
         FROM task_agencies ta
         JOIN tasks t ON t.id = ta.task_id
         JOIN plans p ON p.id = t.plan_id
    LEFT JOIN task_agencies st ON st.task_id = ta.task_id AND st.agency_id = $2
        WHERE ta.agency_id = $1 AND (${openTaskSql('t')} OR t.status = 'overdue')
          AND (p.status = 'draft' OR p.status = ANY($3::text[]))
        FOR UPDATE OF ta`,
      [from.id, to.id, [...IN_FORCE_PLAN_STATUSES]],
    );
    for (const row of rows) {
      if (row.successor_role) {
        if (row.role === 'lead' && row.successor_role !== 'lead') {
          await manager.query(
            `UPDATE task_agencies SET role = 'lead' WHERE task_id = $1 AND agency_id = $2`,
            [row.task_id, to.id],
          );
        }
        await manager.query(`DELETE FROM task_agencies WHERE task_id = $1 AND agency_id = $2`, [
          row.task_id,
          from.id,
        ]);
      } else {
        await manager.query(
          `UPDATE task_agencies SET agency_id = $3, agency_name = $4 WHERE task_id = $1 AND agency_id = $2`,
          [row.task_id, from.id, to.id, to.name],
        );
      }
      await manager.query(`UPDATE tasks SET version = version + 1, updated_at = now() WHERE id = $1`, [
        row.task_id,
      ]);
      await this.audit.record(manager, context, {
        action: 'task.handOver',
        entity: 'task',
        entityId: row.task_id,
        before: { agencyId: from.id, agencyName: from.name },
        after: { agencyId: to.id, agencyName: to.name },
      });
    }
    return rows.length;
  }

  /** The tasks of a draft follow it into another year: due dates that end with the year move with it. */
  async moveToYear(manager: EntityManager, planId: string, year: number): Promise<void> {
    const tasks = await manager.find(TaskEntity, { where: { planId }, lock: { mode: 'pessimistic_write' } });
    for (const task of tasks) {
      task.planYear = year;
      task.dueOn = finalDueDate(task.schedule, year);
      task.updatedAt = new Date();
    }
    await manager.save(tasks);
  }

  /** Carries over every unfinished task of a plan being closed, each by the state machine's `carryOver`. */
  async carryOverUnfinished(
    manager: EntityManager,
    planId: string,
    context: Partial<CallContext> | null,
  ): Promise<Task[]> {
    const tasks = await manager.find(TaskEntity, {
      where: { planId },
      lock: { mode: 'pessimistic_write' },
      order: { position: 'ASC' },
    });
    const unfinished = tasks.filter((t) => taskMachine.can(t.status, 'carryOver'));
    const before = await this.withParties(manager, unfinished);
    for (const task of unfinished) await this.applyEvent(manager, task, 'carryOver', context);
    return before;
  }

  /** Marks tasks past their due date (Việt Nam time) overdue, on plans in force (or one plan). Returns how many. */
  async markOverdue(manager: EntityManager, today: string, planId?: string): Promise<number> {
    const query = manager
      .createQueryBuilder(TaskEntity, 't')
      .innerJoin('t.plan', 'p')
      .where(`${openTaskSql('t')} AND t.dueOn < :today`, { today });
    if (planId) query.andWhere('t.planId = :planId', { planId });
    const late = await query
      .andWhere('p.status = ANY(:inForce)', { inForce: [...IN_FORCE_PLAN_STATUSES] })
      .setLock('pessimistic_write', undefined, ['t'])
      .getMany();
    for (const task of late) await this.applyEvent(manager, task, 'markOverdue', null);
    return late.length;
  }

  /** Freezes the agencies' names on a plan's tasks as they are now (done when the plan is issued). */
  async snapshotNames(manager: EntityManager, planId: string): Promise<void> {
    await manager.query(
      `UPDATE task_agencies ta SET agency_name = a.name FROM agencies a, tasks t
        WHERE a.id = ta.agency_id AND t.id = ta.task_id AND t.plan_id = $1`,
      [planId],
    );
  }

  /** Copies tasks into another plan (clone, amendment, carry-over), shifting schedules by `years`. */
  async copyTasks(
    manager: EntityManager,
    tasks: Task[],
    target: PlanEntity,
    context: CallContext,
    options: { years: number; keepStatus: boolean; mapAgency?: (id: string) => string },
  ): Promise<void> {
    const map = options.mapAgency ?? ((id: string) => id);
    for (const task of tasks) {
      const leads = task.leads.map((l) => ({ ...l, agencyId: map(l.agencyId) }));
      const coordinatorIds = coordinatorsBeyondLeads(
        leads.map((l) => l.agencyId),
        task.coordinatorIds.map(map),
      );
      await this.createInPlan(
        manager,
        {
          planId: target.id,
          ref: task.ref,
          text: task.text,
          subDuties: task.subDuties,
          leads,
          coordinatorIds,
          schedule: shiftSchedule(task.schedule, options.years),
          topics: task.topics,
        },
        target.year,
        context,
        options.keepStatus ? task.status : 'not_started',
      );
    }
  }

  /** All tasks of a plan, in order, inside a transaction. */
  async ofPlan(manager: EntityManager, planId: string): Promise<Task[]> {
    const rows = await manager.find(TaskEntity, { where: { planId }, order: { position: 'ASC' } });
    return this.withParties(manager, rows);
  }
}
