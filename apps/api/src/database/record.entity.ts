import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * What every editable, searchable record has: a uuid, its folded search text, timestamps and the
 * optimistic-lock version.
 */
export abstract class RecordEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The record's text folded (no diacritics, lower case) for search, with a trigram index. */
  @Column({ type: 'text', default: '' })
  searchText: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
