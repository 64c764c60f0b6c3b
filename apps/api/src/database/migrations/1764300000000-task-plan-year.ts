import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The plan's year kept on each task, so lists filtered by year read an index in due-date order. */
export class TaskPlanYear1764300000000 implements MigrationInterface {
  name = 'TaskPlanYear1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tasks" ADD "plan_year" integer`);
    await queryRunner.query(
      `UPDATE "tasks" t SET "plan_year" = p."year" FROM "plans" p WHERE p."id" = t."plan_id"`,
    );
    await queryRunner.query(`ALTER TABLE "tasks" ALTER COLUMN "plan_year" SET NOT NULL`);
    await queryRunner.query(
      `CREATE INDEX "IDX_edfeb8d770d258de954d4506fe" ON "tasks"("plan_year", "due_on", "id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_edfeb8d770d258de954d4506fe"`);
    await queryRunner.query(`ALTER TABLE "tasks" DROP COLUMN "plan_year"`);
  }
}
