import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last day each daily job ran for: a job missed while the server was down runs when it is back. */
@Entity('job_runs')
export class JobRunEntity {
  @PrimaryColumn({ type: 'varchar', length: 60 })
  name: string;

  @Column({ type: 'date' })
  lastRunOn: string;

  @Column({ type: 'timestamptz' })
  finishedAt: Date;

  @Column({ type: 'jsonb', nullable: true })
  result: Record<string, unknown> | null;
}
