import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The search index also holds each article's publication time (btree_gin), so one index scan finds the matches
 * of a search among the newest articles only: a common word's newest 200 matches without visiting the thousands
 * of older ones or walking the articles that do not match. Replaces the index on the vector alone, which the
 * composite one serves as well.
 */
export class ArticleSearchDateIndex1765600000000 implements MigrationInterface {
  name = 'ArticleSearchDateIndex1765600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    await queryRunner.query(`DROP INDEX "public"."idx_articles_search_vector"`);
    await queryRunner.query(
      `CREATE INDEX "idx_articles_search_vector" ON "articles" USING gin ("search_vector", "published_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_articles_search_vector"`);
    await queryRunner.query(
      `CREATE INDEX "idx_articles_search_vector" ON "articles" USING gin ("search_vector")`,
    );
  }
}
