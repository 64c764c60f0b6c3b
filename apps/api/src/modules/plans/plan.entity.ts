import { Column, Entity, Index, OneToMany, type Relation } from 'typeorm';
import { RecordEntity } from '../../database/record.entity.js';
import type { TaskEntity } from '../tasks/task.entity.js';
import type { DocumentReference, PlanKind, PlanStatus, ReportingRule, Signer } from '@bcdnq/domain/plans';

@Entity('plans')
@Index('idx_plans_search_trgm', { synchronize: false })
export class PlanEntity extends RecordEntity {
  @Index()
  @Column({ type: 'varchar', length: 20 })
  kind: PlanKind;

  @Index()
  @Column({ type: 'varchar', length: 30 })
  status: PlanStatus;

  @Column({ type: 'varchar', length: 1000 })
  title: string;

  @Index()
  @Column({ type: 'int' })
  year: number;

  @Index()
  @Column({ type: 'varchar', length: 60, nullable: true })
  number: string | null;

  @Column({ type: 'date', nullable: true })
  issuedOn: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  place: string | null;

  @Index()
  @Column({ type: 'varchar', length: 300, nullable: true })
  issuer: string | null;

  @Column({ type: 'jsonb', nullable: true })
  signer: Signer | null;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  references: DocumentReference[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  purposes: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  keyTasks: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  implementation: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  reportingRules: ReportingRule[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  recipients: string[];

  @Index()
  @Column({ type: 'uuid', nullable: true })
  agencyId: string | null;

  @Column({ type: 'boolean', default: false })
  publishPublicly: boolean;

  @Column({ type: 'int', default: 1 })
  versionNo: number;

  @Column({ type: 'uuid', nullable: true })
  previousVersionId: string | null;

  @Column({ type: 'uuid', nullable: true })
  sourcePlanId: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  // Referenced by name: an import of TaskEntity here would be circular under ESM.
  @OneToMany('TaskEntity', 'plan')
  tasks?: Relation<TaskEntity[]>;
}
