import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reporting cycle: first and latest submission, per-section review comments, lồng ghép and correction
 * links on reports; the review history; the reminder outbox.
 */
export class ReportCycle1765100000000 implements MigrationInterface {
  name = 'ReportCycle1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_21d5d71ae5365906a721cff95d" ON "report_obligations"  ("period_start")`,
    );
    await queryRunner.query(
      `CREATE TABLE "report_reviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "event" character varying(20) NOT NULL, "from_status" character varying(20) NOT NULL, "to_status" character varying(20) NOT NULL, "comment" text, "section_comments" jsonb NOT NULL DEFAULT '[]', "actor_id" uuid, "actor_name" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_362ef797b31f31f05d501ab9beb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_82b2ce67b2966267d407d26289" ON "report_reviews"  ("report_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "mail_outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(40) NOT NULL, "dedupe_key" character varying(200) NOT NULL, "to_user_id" uuid, "to_address" character varying(200), "to_name" character varying(200), "subject" character varying(300) NOT NULL, "body" text NOT NULL, "report_id" uuid, "status" character varying(20) NOT NULL, "error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_fecc63c96385bc35a39ccf2a72e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_f98b21146dd23ba194f53d8a3d" ON "mail_outbox"  ("dedupe_key")`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f09694ea18342aae1414ea8910" ON "mail_outbox"  ("report_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_fcd1a0d3ccf48db931b510e617" ON "mail_outbox"  ("created_at")`);
    await queryRunner.query(`ALTER TABLE "reports" ADD "last_submitted_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "reports" ADD "section_comments" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "reports" ADD "folded_into_id" uuid`);
    await queryRunner.query(`ALTER TABLE "reports" ADD "corrects_id" uuid`);
    await queryRunner.query(`CREATE INDEX "IDX_edd8e267f27740bfadb32798bb" ON "reports"  ("folded_into_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_8590832f403329695fb76c6888" ON "reports"  ("corrects_id")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_45303ec0d617456ab88cba877b" ON "reports"  ("status", "last_submitted_at")`,
    );
    await queryRunner.query(
      `ALTER TABLE "reports" ADD CONSTRAINT "FK_edd8e267f27740bfadb32798bbc" FOREIGN KEY ("folded_into_id") REFERENCES "reports"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reports" ADD CONSTRAINT "FK_8590832f403329695fb76c68887" FOREIGN KEY ("corrects_id") REFERENCES "reports"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_reviews" ADD CONSTRAINT "FK_82b2ce67b2966267d407d262894" FOREIGN KEY ("report_id") REFERENCES "reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mail_outbox" ADD CONSTRAINT "FK_f09694ea18342aae1414ea89103" FOREIGN KEY ("report_id") REFERENCES "reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mail_outbox" DROP CONSTRAINT "FK_f09694ea18342aae1414ea89103"`);
    await queryRunner.query(`ALTER TABLE "report_reviews" DROP CONSTRAINT "FK_82b2ce67b2966267d407d262894"`);
    await queryRunner.query(`ALTER TABLE "reports" DROP CONSTRAINT "FK_8590832f403329695fb76c68887"`);
    await queryRunner.query(`ALTER TABLE "reports" DROP CONSTRAINT "FK_edd8e267f27740bfadb32798bbc"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_45303ec0d617456ab88cba877b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8590832f403329695fb76c6888"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_edd8e267f27740bfadb32798bb"`);
    await queryRunner.query(`ALTER TABLE "reports" DROP COLUMN "corrects_id"`);
    await queryRunner.query(`ALTER TABLE "reports" DROP COLUMN "folded_into_id"`);
    await queryRunner.query(`ALTER TABLE "reports" DROP COLUMN "section_comments"`);
    await queryRunner.query(`ALTER TABLE "reports" DROP COLUMN "last_submitted_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fcd1a0d3ccf48db931b510e617"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f09694ea18342aae1414ea8910"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f98b21146dd23ba194f53d8a3d"`);
    await queryRunner.query(`DROP TABLE "mail_outbox"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_82b2ce67b2966267d407d26289"`);
    await queryRunner.query(`DROP TABLE "report_reviews"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_21d5d71ae5365906a721cff95d"`);
  }
}
