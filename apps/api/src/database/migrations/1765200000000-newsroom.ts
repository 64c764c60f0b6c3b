import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The newsroom: article cover alt text, translation links, version history and a whole-word search index;
 * campaign banner windows and linked tasks; uploaded media; editable public document metadata.
 */
export class Newsroom1765200000000 implements MigrationInterface {
  name = 'Newsroom1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "article_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "article_id" uuid NOT NULL, "version" integer NOT NULL, "action" character varying(40) NOT NULL, "title" character varying(300) NOT NULL, "lead" text, "body" text NOT NULL, "cover_caption" character varying(500), "actor_id" uuid, "actor_name" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_92c2c17e3890d1457414a9b8537" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_89a51dd8bdb8bd0372764c492c" ON "article_versions"("article_id", "created_at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "media" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "file_name" character varying(255) NOT NULL, "source_type" character varying(50) NOT NULL, "width" integer NOT NULL, "height" integer NOT NULL, "variants" jsonb NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f4e0fcac36e050de337b670d8bd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c30f45ea7b47895ca14398e974" ON "media"("created_at")`);
    await queryRunner.query(
      `CREATE TABLE "public_documents" ("plan_id" uuid NOT NULL, "number" character varying(60), "document_type" character varying(100) NOT NULL, "issuer" character varying(300), "signer" character varying(200), "issued_on" date, "effective_on" date, "field" character varying(200), "abstract" text, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_f82be447c408a581a91b1d0001b" PRIMARY KEY ("plan_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "articles" ADD "cover_alt" character varying(500)`);
    await queryRunner.query(`ALTER TABLE "articles" ADD "translation_id" uuid`);
    await queryRunner.query(`ALTER TABLE "campaigns" ADD "banner_from" date`);
    await queryRunner.query(`ALTER TABLE "campaigns" ADD "banner_to" date`);
    await queryRunner.query(`ALTER TABLE "campaigns" ADD "task_ids" uuid array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`CREATE INDEX "IDX_e027eb9254d9e72d4f6de904d2" ON "articles"("campaign_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_a46938ea5ead08c0bc7878a44c" ON "articles"("task_id")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_2f513c44512bf5795aca7507f6" ON "articles"("status", "publish_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_articles_search_fts" ON "articles" USING gin (to_tsvector('simple', "search_text"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_articles_search_fts"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2f513c44512bf5795aca7507f6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a46938ea5ead08c0bc7878a44c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e027eb9254d9e72d4f6de904d2"`);
    await queryRunner.query(`ALTER TABLE "campaigns" DROP COLUMN "task_ids"`);
    await queryRunner.query(`ALTER TABLE "campaigns" DROP COLUMN "banner_to"`);
    await queryRunner.query(`ALTER TABLE "campaigns" DROP COLUMN "banner_from"`);
    await queryRunner.query(`ALTER TABLE "articles" DROP COLUMN "translation_id"`);
    await queryRunner.query(`ALTER TABLE "articles" DROP COLUMN "cover_alt"`);
    await queryRunner.query(`DROP TABLE "public_documents"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c30f45ea7b47895ca14398e974"`);
    await queryRunner.query(`DROP TABLE "media"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_89a51dd8bdb8bd0372764c492c"`);
    await queryRunner.query(`DROP TABLE "article_versions"`);
  }
}
