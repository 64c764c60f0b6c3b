import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { AgencyKind } from '@bcdnq/domain/agencies';

@Entity('agencies')
@Index('idx_agencies_search_trgm', { synchronize: false })
export class AgencyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'varchar', length: 300 })
  name: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  shortName: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases: string[];

  @Column({ type: 'varchar', length: 40 })
  kind: AgencyKind;

  @Column({ type: 'date', nullable: true })
  validFrom: string | null;

  @Column({ type: 'date', nullable: true })
  validTo: string | null;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  successorIds: string[];

  /** Name and aliases folded (no diacritics, lower case) for search. */
  @Column({ type: 'text', default: '' })
  searchText: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
