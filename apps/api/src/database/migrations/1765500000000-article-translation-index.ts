import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every public list looks up the translations of the articles it shows (`translation_id IN (…)`): without an index
 * that is a scan of the whole table per request (100,000 articles: the bulk of a search's time). Few articles have
 * a translation, so the index keeps only those.
 */
export class ArticleTranslationIndex1765500000000 implements MigrationInterface {
  name = 'ArticleTranslationIndex1765500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "idx_articles_translation" ON "articles" ("translation_id") WHERE "translation_id" IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_articles_translation"`);
  }
}
