import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Plans keep section IV ("Tổ chức thực hiện") item by item, not only the reporting rules read from it. */
export class PlanImplementation1765300000000 implements MigrationInterface {
  name = 'PlanImplementation1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plans" ADD "implementation" jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plans" DROP COLUMN "implementation"`);
  }
}
