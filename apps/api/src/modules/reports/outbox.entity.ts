import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import type { OutboxMessage } from '@bcdnq/domain/reports';
import { ReportEntity } from './report.entity.js';

/**
 * Every reminder e-mail: sent through SMTP when one is configured, otherwise kept here as what would have been
 * sent. `dedupeKey` makes each reminder go once (a report's "due soon" and "late" notices, per recipient).
 */
@Entity('mail_outbox')
export class OutboxEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 200 })
  dedupeKey: string;

  @Column({ type: 'uuid', nullable: true })
  toUserId: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  toAddress: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  toName: string | null;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ type: 'text' })
  body: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  reportId: string | null;

  @ManyToOne(() => ReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  report?: Relation<ReportEntity>;

  @Column({ type: 'varchar', length: 20 })
  status: OutboxMessage['status'];

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Index()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
