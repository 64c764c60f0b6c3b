import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { RecordEntity } from '../../database/record.entity.js';
import { AgencyEntity } from '../agencies/agency.entity.js';
import { PlanEntity } from '../plans/plan.entity.js';
import type { Schedule, TaskStatus, Topic } from '@bcdnq/domain/tasks';

@Entity('tasks')
@Index(['planId', 'position'])
// Lists across plans are ordered by due date: the index serves the first page without sorting every task.
@Index(['dueOn', 'id'])
// A status filter reads its tasks already in due-date order.
@Index(['status', 'dueOn', 'id'])
@Index(['planYear', 'dueOn', 'id'])
@Index('idx_tasks_search_trgm', { synchronize: false })
export class TaskEntity extends RecordEntity {
  @Column({ type: 'uuid' })
  planId: string;

  @ManyToOne(() => PlanEntity, (plan) => plan.tasks, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Relation<PlanEntity>;

  @Column({ type: 'int' })
  position: number;

  /** The year of the task's plan, kept on the task so year filters use an index (a task never changes plan). */
  @Column({ type: 'int' })
  planYear: number;

  @Column({ type: 'varchar', length: 40, nullable: true })
  ref: string | null;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  subDuties: string[];

  @Column({ type: 'jsonb' })
  schedule: Schedule;

  /** The last day the task may be finished, derived from the schedule: the column overdue checks scan. */
  @Column({ type: 'date', nullable: true })
  dueOn: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  topics: Topic[];

  @Column({ type: 'varchar', length: 20, default: 'not_started' })
  status: TaskStatus;
}

/** An agency's part in a task: lead (possibly only requested) or coordinator. */
@Entity('task_agencies')
@Index(['agencyId', 'role'])
export class TaskAgencyEntity {
  @PrimaryColumn({ type: 'uuid' })
  taskId: string;

  @PrimaryColumn({ type: 'uuid' })
  agencyId: string;

  @ManyToOne(() => TaskEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  task?: Relation<TaskEntity>;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: Relation<AgencyEntity>;

  @Column({ type: 'varchar', length: 12 })
  role: 'lead' | 'coordinator';

  @Column({ type: 'boolean', default: false })
  requested: boolean;

  @Column({ type: 'int', default: 0 })
  position: number;

  /** The agency's name when the task was written or its plan issued: old plans keep the names they had. */
  @Column({ type: 'varchar', length: 300, default: '' })
  agencyName: string;
}
