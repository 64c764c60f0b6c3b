import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the consolidation reads, indexed: a period starts before it ends (so a range query bounds `period_start`
 * on both sides and its index scans only the range), and the published articles linked to a duty — the figures
 * the portal counts — by publication time, whatever the number of other articles.
 */
export class ConsolidationReads1765400000000 implements MigrationInterface {
  name = 'ConsolidationReads1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "report_obligations" ADD CONSTRAINT "CHK_report_obligations_period" CHECK ("period_start" <= "period_end")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_articles_published_with_task" ON "articles" ("published_at") WHERE "status" = 'published' AND "task_id" IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_articles_published_with_task"`);
    await queryRunner.query(
      `ALTER TABLE "report_obligations" DROP CONSTRAINT "CHK_report_obligations_period"`,
    );
  }
}
