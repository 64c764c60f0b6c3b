import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Report obligations (one per agency and reporting period of an issued plan) and the reports answering them. */
export class Reports1764400000000 implements MigrationInterface {
  name = 'Reports1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "report_obligations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "period" character varying(20) NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "due_on" date NOT NULL, CONSTRAINT "PK_70ecab2ae15766b7d066d2a64f1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_71aeaa261bad08e7fae2ab0e4b" ON "report_obligations"("agency_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_87d5befcc12cb29847ea41f08a" ON "report_obligations"("due_on")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_7015e304148f84a6a3d960c7b7" ON "report_obligations"("plan_id", "agency_id", "period", "period_start")`,
    );
    await queryRunner.query(
      `CREATE TABLE "reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "obligation_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'expected', "task_entries" jsonb NOT NULL DEFAULT '[]', "situation" text, "shortcomings" text, "causes" text, "proposals" text, "figures" jsonb NOT NULL DEFAULT '[]', "submitted_at" TIMESTAMP WITH TIME ZONE, "review_comment" text, "version_no" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_d9013193989303580053c0b5ef6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_db5ae130b021fd642fc2545d6b" ON "reports"("obligation_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_9b43c67d5c9dd2bdcd098724bf" ON "reports"("agency_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_dab4d78b3be05c1ca4a626f57f" ON "reports"("status")`);
    await queryRunner.query(
      `ALTER TABLE "report_obligations" ADD CONSTRAINT "FK_87fee1da9804babd8e0c0c89622" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_obligations" ADD CONSTRAINT "FK_71aeaa261bad08e7fae2ab0e4b8" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reports" ADD CONSTRAINT "FK_db5ae130b021fd642fc2545d6bb" FOREIGN KEY ("obligation_id") REFERENCES "report_obligations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reports" DROP CONSTRAINT "FK_db5ae130b021fd642fc2545d6bb"`);
    await queryRunner.query(
      `ALTER TABLE "report_obligations" DROP CONSTRAINT "FK_71aeaa261bad08e7fae2ab0e4b8"`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_obligations" DROP CONSTRAINT "FK_87fee1da9804babd8e0c0c89622"`,
    );
    await queryRunner.query(`DROP TABLE "reports"`);
    await queryRunner.query(`DROP TABLE "report_obligations"`);
  }
}
