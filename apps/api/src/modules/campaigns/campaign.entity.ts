import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

@Entity('campaigns')
export class CampaignEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 200 })
  slug: string;

  @Column({ type: 'varchar', length: 300 })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  nameEn: string | null;

  @Column({ type: 'text', nullable: true })
  descriptionEn: string | null;

  @Column({ type: 'date', nullable: true })
  keyDate: string | null;

  @Index()
  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date' })
  endsOn: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  slogans: string[];

  @Column({ type: 'date', nullable: true })
  bannerFrom: string | null;

  @Column({ type: 'date', nullable: true })
  bannerTo: string | null;

  @Column({ type: 'uuid', nullable: true })
  planId: string | null;

  /** The plan's tasks this campaign carries out. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  taskIds: string[];

  @VersionColumn()
  version: number;
}
