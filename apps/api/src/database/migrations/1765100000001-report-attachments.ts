import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Files attached to agency reports. */
export class ReportAttachments1765100000001 implements MigrationInterface {
  name = 'ReportAttachments1765100000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "report_attachments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "file_name" character varying(255) NOT NULL, "content_type" character varying(100) NOT NULL, "size" integer NOT NULL, "storage_key" character varying(64) NOT NULL, "uploaded_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6ba5abf9d442cf6861793b468b0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a41ae536e9695d7757c69a6cb0" ON "report_attachments"  ("report_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_attachments" ADD CONSTRAINT "FK_a41ae536e9695d7757c69a6cb0d" FOREIGN KEY ("report_id") REFERENCES "reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "report_attachments" DROP CONSTRAINT "FK_a41ae536e9695d7757c69a6cb0d"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_a41ae536e9695d7757c69a6cb0"`);
    await queryRunner.query(`DROP TABLE "report_attachments"`);
  }
}
