import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Task lists across plans are ordered by due date: (due_on, id) serves a page without a full sort. */
export class TaskDueIndex1764200000000 implements MigrationInterface {
  name = 'TaskDueIndex1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_fc9bbda804d571b68bf2220b92"`);
    await queryRunner.query(`CREATE INDEX "IDX_1b9e61fbf2f706e1115364f212" ON "tasks"("due_on", "id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_1b9e61fbf2f706e1115364f212"`);
    await queryRunner.query(`CREATE INDEX "IDX_fc9bbda804d571b68bf2220b92" ON "tasks"("due_on")`);
  }
}
