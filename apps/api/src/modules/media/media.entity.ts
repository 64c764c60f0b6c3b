import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type MediaVariant = {
  width: number;
  height: number;
  format: 'webp' | 'avif' | 'jpeg';
  file: string;
  bytes: number;
};

/** An uploaded image, re-encoded by the server into responsive widths; the original is never served. */
@Entity('media')
export class MediaEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  /** What the bytes really were (sniffed), e.g. image/png. */
  @Column({ type: 'varchar', length: 50 })
  sourceType: string;

  @Column({ type: 'int' })
  width: number;

  @Column({ type: 'int' })
  height: number;

  @Column({ type: 'jsonb' })
  variants: MediaVariant[];

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @Index()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
