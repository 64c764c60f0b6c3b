import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A recurring duty (monthly, half-yearly, yearly) falls due with its plan's year: give existing ones that date. */
export class RecurringDue1765000000000 implements MigrationInterface {
  name = 'RecurringDue1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "tasks" SET "due_on" = make_date("plan_year", 12, 31) WHERE "schedule"->>'kind' = 'recurring' AND "due_on" IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "tasks" SET "due_on" = NULL WHERE "schedule"->>'kind' = 'recurring'`);
  }
}
