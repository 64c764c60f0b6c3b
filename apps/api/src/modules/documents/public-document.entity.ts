import { Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * The public metadata of a published plan, as staff edited it: what the portal shows instead of values guessed
 * from the plan. One row per plan, created the first time the metadata is edited.
 */
@Entity('public_documents')
export class PublicDocumentEntity {
  @PrimaryColumn({ type: 'uuid' })
  planId: string;

  @Column({ type: 'varchar', length: 60, nullable: true })
  number: string | null;

  @Column({ type: 'varchar', length: 100 })
  documentType: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  issuer: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  signer: string | null;

  @Column({ type: 'date', nullable: true })
  issuedOn: string | null;

  @Column({ type: 'date', nullable: true })
  effectiveOn: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  field: string | null;

  @Column({ type: 'text', nullable: true })
  abstract: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
