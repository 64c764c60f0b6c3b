import { Column, Entity, Index } from 'typeorm';
import { RecordEntity } from '../../database/record.entity.js';
import type { AgencyKind } from '@bcdnq/domain/agencies';

@Entity('agencies')
@Index('idx_agencies_search_trgm', { synchronize: false })
export class AgencyEntity extends RecordEntity {
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
}
