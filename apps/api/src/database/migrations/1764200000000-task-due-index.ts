import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Task lists across plans are ordered by due date: (due_on, id) serves a page without a full sort, and
 * (status, due_on, id) does the same under a status filter (it also serves status-only lookups).
 */
export class TaskDueIndex1764200000000 implements MigrationInterface {
  name = 'TaskDueIndex1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_fc9bbda804d571b68bf2220b92"`);
    await queryRunner.query(`CREATE INDEX "IDX_1b9e61fbf2f706e1115364f212" ON "tasks"("due_on", "id")`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6086c8dafbae729a930c04d865"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_57c0a3cca534c6c43aaf1407ee" ON "tasks"("status", "due_on", "id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_57c0a3cca534c6c43aaf1407ee"`);
    await queryRunner.query(`CREATE INDEX "IDX_6086c8dafbae729a930c04d865" ON "tasks"("status")`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1b9e61fbf2f706e1115364f212"`);
    await queryRunner.query(`CREATE INDEX "IDX_fc9bbda804d571b68bf2220b92" ON "tasks"("due_on")`);
  }
}
