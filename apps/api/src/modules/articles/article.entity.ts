import { Column, Entity, Index } from 'typeorm';
import { RecordEntity } from '../../database/record.entity.js';
import type { ArticleStatus, Language } from '@bcdnq/domain/articles';

@Entity('articles')
@Index('idx_articles_search_trgm', { synchronize: false })
// Whole-word search over the folded text (title, sapo, body, tags): a GIN index on the stored vector and the
// publication time (btree_gin), so a search can look among the newest articles only.
@Index('idx_articles_search_vector', { synchronize: false })
@Index(['status', 'language', 'publishedAt'])
// Public lists fetch the translations of the articles they show; partial (only linked articles), see the migration.
@Index('idx_articles_translation', { synchronize: false })
// The scheduler looks for scheduled articles whose time has come.
@Index(['status', 'publishAt'])
// The consolidation counts published articles linked to a duty, by publication time.
@Index('IDX_articles_published_with_task', ['publishedAt'], {
  where: `"status" = 'published' AND "task_id" IS NOT NULL`,
})
export class ArticleEntity extends RecordEntity {
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 200 })
  slug: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text', nullable: true })
  lead: string | null;

  /** Sanitised HTML. */
  @Column({ type: 'text', default: '' })
  body: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  coverImageUrl: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  coverCaption: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  coverAlt: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  byline: string | null;

  @Column({ type: 'uuid', nullable: true })
  sourceAgencyId: string | null;

  @Column({ type: 'varchar', length: 40 })
  category: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ type: 'varchar', length: 2, default: 'vi' })
  language: Language;

  @Index()
  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status: ArticleStatus;

  @Column({ type: 'timestamptz', nullable: true })
  publishAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  reviewComment: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  campaignId: string | null;

  /** Published articles linked to a task are counted in that task's figures. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  taskId: string | null;

  @Column({ type: 'uuid', nullable: true })
  translationId: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  /**
   * `to_tsvector('simple', search_text)`, kept by a trigger (see the migration): stored, so ranking and rechecks
   * never recompute it. Never written or read by the application.
   */
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector: string | null;
}
