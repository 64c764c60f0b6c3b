import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { ImportJobEntity } from './import-job.entity.js';

/** A picture of one scanned page of a job's document, shown beside the reading; deleted with its job. */
@Entity('import_job_pages')
export class ImportJobPageEntity {
  @PrimaryColumn({ type: 'uuid' })
  jobId: string;

  @ManyToOne(() => ImportJobEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id' })
  job?: Relation<ImportJobEntity>;

  @PrimaryColumn({ type: 'int' })
  number: number;

  @Column({ type: 'varchar', length: 40 })
  contentType: string;

  @Column({ type: 'bytea' })
  bytes: Buffer;
}
