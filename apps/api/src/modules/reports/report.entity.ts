import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { ReportPeriod } from '@bcdnq/domain/plans';
import type { IndicatorValue, ReportEvent, ReportStatus, SectionComment } from '@bcdnq/domain/reports';
import { AgencyEntity } from '../agencies/agency.entity.js';
import { PlanEntity } from '../plans/plan.entity.js';

/** What an agency owes under a plan's reporting rule: one report for one period, by a due date. */
@Entity('report_obligations')
@Index(['planId', 'agencyId', 'period', 'periodStart'], { unique: true })
// A period starts before it ends: the consolidation's range query relies on it to bound `period_start`.
@Check('CHK_report_obligations_period', '"period_start" <= "period_end"')
export class ReportObligationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  planId: string;

  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Relation<PlanEntity>;

  @Index()
  @Column({ type: 'uuid' })
  agencyId: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: Relation<AgencyEntity>;

  @Column({ type: 'varchar', length: 20 })
  period: ReportPeriod;

  // The consolidation selects by period range.
  @Index()
  @Column({ type: 'date' })
  periodStart: string;

  @Column({ type: 'date' })
  periodEnd: string;

  @Index()
  @Column({ type: 'date' })
  dueOn: string;
}

/** The agency's report answering an obligation; it exists from the start, in status "expected". */
@Entity('reports')
// The review queue: submitted and resubmitted reports, oldest submission first.
@Index(['status', 'lastSubmittedAt'])
export class ReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  obligationId: string;

  @ManyToOne(() => ReportObligationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'obligation_id' })
  obligation?: Relation<ReportObligationEntity>;

  @Index()
  @Column({ type: 'uuid' })
  agencyId: string;

  @Index()
  @Column({ type: 'varchar', length: 20, default: 'expected' })
  status: ReportStatus;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  taskEntries: unknown[];

  @Column({ type: 'text', nullable: true })
  situation: string | null;

  @Column({ type: 'text', nullable: true })
  shortcomings: string | null;

  @Column({ type: 'text', nullable: true })
  causes: string | null;

  @Column({ type: 'text', nullable: true })
  proposals: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  figures: IndicatorValue[];

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastSubmittedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  reviewComment: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  sectionComments: SectionComment[];

  /** Lồng ghép: folded into this report of the same agency, which carries its figures. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  foldedIntoId: string | null;

  @ManyToOne(() => ReportEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'folded_into_id' })
  foldedInto?: Relation<ReportEntity>;

  /** A correction: the accepted report this new version corrects. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  correctsId: string | null;

  @ManyToOne(() => ReportEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'corrects_id' })
  corrects?: Relation<ReportEntity>;

  @Column({ type: 'int', default: 1 })
  versionNo: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}

/** One round of a report's review: the event, who fired it, the comments — the history shown beside the report. */
@Entity('report_reviews')
export class ReportReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  reportId: string;

  @ManyToOne(() => ReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  report?: Relation<ReportEntity>;

  @Column({ type: 'varchar', length: 20 })
  event: ReportEvent;

  @Column({ type: 'varchar', length: 20 })
  fromStatus: ReportStatus;

  @Column({ type: 'varchar', length: 20 })
  toStatus: ReportStatus;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  sectionComments: SectionComment[];

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  actorName: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
