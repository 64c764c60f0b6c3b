import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type {
  ImportJobKind,
  ImportJobProgress,
  ImportJobState,
  ImportPreview,
  ReportImportPreview,
} from '@bcdnq/domain/import';

/**
 * A document read in the background (a long scan). In PostgreSQL, not in memory, so any API replica answers for
 * it; the replica running it keeps `heartbeatAt` fresh and stops the reader when the row is deleted (cancelled).
 */
@Entity('import_jobs')
@Index(['ownerId', 'createdAt'])
export class ImportJobEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  ownerId: string;

  @Column({ type: 'varchar', length: 20 })
  kind: ImportJobKind;

  @Column({ type: 'varchar', length: 20 })
  state: ImportJobState;

  @Column({ type: 'varchar', length: 300, nullable: true })
  fileName: string | null;

  @Column({ type: 'jsonb', nullable: true })
  progress: ImportJobProgress | null;

  @Column({ type: 'jsonb', nullable: true })
  result: ImportPreview | ReportImportPreview | null;

  @Column({ type: 'jsonb', nullable: true })
  error: { message: string; messageEn: string } | null;

  /** Pages of a scan whose picture is kept (import_job_pages). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  pageImages: number[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  heartbeatAt: Date;

  @Index()
  @Column({ type: 'timestamptz' })
  expiresAt: Date;
}
