import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Progress notes with attachments, agency name snapshots on task parties, and daily job bookkeeping. */
export class TaskProgress1764100000000 implements MigrationInterface {
  name = 'TaskProgress1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "job_runs" ("name" character varying(60) NOT NULL, "last_run_on" date NOT NULL, "finished_at" TIMESTAMP WITH TIME ZONE NOT NULL, "result" jsonb, CONSTRAINT "PK_b85618ada5b365476f91f989ed5" PRIMARY KEY ("name"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "progress_notes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "task_id" uuid NOT NULL, "text" text NOT NULL, "author_id" uuid, "author_name" character varying(200), "agency_id" uuid, "status_event" character varying(20), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f92c53aa1104385e50786cf15a9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d192bc232721c6ba07e5e7e678" ON "progress_notes"("task_id", "created_at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "attachments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "note_id" uuid NOT NULL, "task_id" uuid NOT NULL, "file_name" character varying(255) NOT NULL, "content_type" character varying(100) NOT NULL, "size" integer NOT NULL, "storage_key" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5e1f050bcff31e3084a1d662412" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ed5d063daa36e150057dcc7f31" ON "attachments"("note_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_e62fd181b97caa6b150b09220b" ON "attachments"("task_id")`);
    await queryRunner.query(
      `ALTER TABLE "task_agencies" ADD "agency_name" character varying(300) NOT NULL DEFAULT ''`,
    );
    // Existing parties take their agency's current name.
    await queryRunner.query(
      `UPDATE "task_agencies" ta SET "agency_name" = a."name" FROM "agencies" a WHERE a."id" = ta."agency_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_notes" ADD CONSTRAINT "FK_01ea25c50c23efb36e53feaf4bc" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachments" ADD CONSTRAINT "FK_ed5d063daa36e150057dcc7f318" FOREIGN KEY ("note_id") REFERENCES "progress_notes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "attachments" DROP CONSTRAINT "FK_ed5d063daa36e150057dcc7f318"`);
    await queryRunner.query(`ALTER TABLE "progress_notes" DROP CONSTRAINT "FK_01ea25c50c23efb36e53feaf4bc"`);
    await queryRunner.query(`ALTER TABLE "task_agencies" DROP COLUMN "agency_name"`);
    await queryRunner.query(`DROP TABLE "attachments"`);
    await queryRunner.query(`DROP TABLE "progress_notes"`);
    await queryRunner.query(`DROP TABLE "job_runs"`);
  }
}
