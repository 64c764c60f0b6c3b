import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A campaign's name and landing text for the English pages of the portal (optional). */
export class CampaignEnglish1765700000000 implements MigrationInterface {
  name = 'CampaignEnglish1765700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "campaigns" ADD "name_en" character varying(300), ADD "description_en" text`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "campaigns" DROP COLUMN "description_en", DROP COLUMN "name_en"`);
  }
}
