import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Articles keep their search vector stored (a trigger computes it from search_text), so a search over 100,000
 * articles ranks and rechecks without recomputing to_tsvector per row. Replaces the expression index.
 */
export class ArticleSearchVector1765200000001 implements MigrationInterface {
  name = 'ArticleSearchVector1765200000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "articles" ADD "search_vector" tsvector`);
    await queryRunner.query(`CREATE FUNCTION articles_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector := to_tsvector('simple', coalesce(NEW.search_text, ''));
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER articles_search_vector BEFORE INSERT OR UPDATE OF search_text ON "articles" FOR EACH ROW EXECUTE FUNCTION articles_search_vector()`,
    );
    await queryRunner.query(`UPDATE "articles" SET "search_vector" = to_tsvector('simple', "search_text")`);
    await queryRunner.query(`DROP INDEX "public"."idx_articles_search_fts"`);
    await queryRunner.query(
      `CREATE INDEX "idx_articles_search_vector" ON "articles" USING gin ("search_vector")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_articles_search_vector"`);
    await queryRunner.query(
      `CREATE INDEX "idx_articles_search_fts" ON "articles" USING gin (to_tsvector('simple', "search_text"))`,
    );
    await queryRunner.query(`DROP TRIGGER articles_search_vector ON "articles"`);
    await queryRunner.query(`DROP FUNCTION articles_search_vector()`);
    await queryRunner.query(`ALTER TABLE "articles" DROP COLUMN "search_vector"`);
  }
}
