import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Documents read in the background, with their progress and answer, kept an hour for their owner. */
export class ImportJobs1765300000001 implements MigrationInterface {
  name = 'ImportJobs1765300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "import_jobs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "state" character varying(20) NOT NULL, "file_name" character varying(300), "progress" jsonb, "result" jsonb, "error" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "heartbeat_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_4d206c602f173f98e4bb85819a3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_1bc4bd0c301bf2cb5dc01ee094" ON "import_jobs" ("owner_id", "created_at") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_d85a0b4fd6561d9c2db7d953c9" ON "import_jobs" ("expires_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "import_jobs"`);
  }
}
