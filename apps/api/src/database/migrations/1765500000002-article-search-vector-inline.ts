import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The search vector stays in the article's row. As the widest value and one that hardly compresses, PostgreSQL
 * moved it to the TOAST table once a row passed 2 kB, so checking an article during a search cost a TOAST index
 * lookup and another page (five times the pages of a search at 100,000 articles). MAIN storage keeps it inline
 * (compressed if need be) and lets the body and the folded text go out of line first. Existing vectors are
 * rewritten so they move in.
 */
export class ArticleSearchVectorInline1765500000002 implements MigrationInterface {
  name = 'ArticleSearchVectorInline1765500000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "articles" ALTER COLUMN "search_vector" SET STORAGE MAIN`);
    await queryRunner.query(`UPDATE "articles" SET "search_vector" = to_tsvector('simple', "search_text")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "articles" ALTER COLUMN "search_vector" SET STORAGE EXTENDED`);
  }
}
