import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Pictures of a scan's pages, kept with the job that read them, and which pages have one. */
export class ImportJobPages1765300000002 implements MigrationInterface {
  name = 'ImportJobPages1765300000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "import_jobs" ADD "page_images" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(
      `CREATE TABLE "import_job_pages" ("job_id" uuid NOT NULL, "number" integer NOT NULL, "content_type" character varying(40) NOT NULL, "bytes" bytea NOT NULL, CONSTRAINT "PK_5b947d5b1596fb33bd842106df2" PRIMARY KEY ("job_id", "number"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "import_job_pages" ADD CONSTRAINT "FK_50178e5d86ae6e1774117ae3b14" FOREIGN KEY ("job_id") REFERENCES "import_jobs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "import_job_pages"`);
    await queryRunner.query(`ALTER TABLE "import_jobs" DROP COLUMN "page_images"`);
  }
}
