import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The foundation schema: agencies, users, sessions, audit log, plans, tasks, articles, campaigns. */
export class Initial1764000000000 implements MigrationInterface {
  name = 'Initial1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE TABLE "agencies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(40) NOT NULL, "name" character varying(300) NOT NULL, "short_name" character varying(100), "aliases" text array NOT NULL DEFAULT '{}', "kind" character varying(40) NOT NULL, "valid_from" date, "valid_to" date, "successor_ids" uuid array NOT NULL DEFAULT '{}', "search_text" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_8ab1f1f53f56c8255b0d7e68b28" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_6acd8cc6374916c08b4d7f060c" ON "agencies"("code")`);
    await queryRunner.query(
      `CREATE TABLE "articles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(200) NOT NULL, "title" character varying(300) NOT NULL, "lead" text, "body" text NOT NULL DEFAULT '', "cover_image_url" character varying(1000), "cover_caption" character varying(500), "byline" character varying(200), "source_agency_id" uuid, "category" character varying(40) NOT NULL, "tags" text array NOT NULL DEFAULT '{}', "language" character varying(2) NOT NULL DEFAULT 'vi', "status" character varying(20) NOT NULL DEFAULT 'draft', "publish_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "review_comment" text, "campaign_id" uuid, "task_id" uuid, "search_text" text NOT NULL DEFAULT '', "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_0a6e2c450d83e0b6052c2793334" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_1123ff6815c5b8fec0ba9fec37" ON "articles"("slug")`);
    await queryRunner.query(`CREATE INDEX "IDX_5f0a73d2e1cc0db5557ae257d1" ON "articles"("status")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_321a39260f6bec11337175b383" ON "articles"("status", "language", "published_at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "actor_username" character varying(64), "action" character varying(60) NOT NULL, "entity" character varying(40) NOT NULL, "entity_id" character varying(64), "before" jsonb, "after" jsonb, "correlation_id" character varying(64), "ip" character varying(64), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ba27cef5b8b2b1a756e06ebcc5" ON "audit_log"("at")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_40c0e9a60edcd0f680b0e94b60" ON "audit_log"("entity", "entity_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "login_attempts" ("id" BIGSERIAL NOT NULL, "username" character varying(64) NOT NULL, "ip" character varying(64) NOT NULL, "succeeded" boolean NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_070e613c8f768b1a70742705c5b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_729b63983784e123ea81c48cd2" ON "login_attempts"("ip", "at")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_a052df158e2c48a00c68da4d03" ON "login_attempts"("username", "at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" character varying(64) NOT NULL, "password_hash" character varying(200) NOT NULL, "full_name" character varying(200) NOT NULL, "email" character varying(200), "role" character varying(30) NOT NULL, "agency_id" uuid, "active" boolean NOT NULL DEFAULT true, "last_login_at" TIMESTAMP WITH TIME ZONE, "search_text" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_fe0bb3f6520ee0469504521e71" ON "users"("username")`);
    await queryRunner.query(`CREATE INDEX "IDX_6fdb3282cea9ba5877ab476aa7" ON "users"("agency_id")`);
    await queryRunner.query(
      `CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character varying(64) NOT NULL, "user_id" uuid NOT NULL, "csrf_token" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "ip" character varying(64), "user_agent" character varying(300), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_abaa9e068cdd390bc5210f7988" ON "sessions"("token_hash")`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_085d540d9f418cfbdc7bd55bb1" ON "sessions"("user_id")`);
    await queryRunner.query(
      `CREATE TABLE "campaigns" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(200) NOT NULL, "name" character varying(300) NOT NULL, "description" text, "key_date" date, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "slogans" jsonb NOT NULL DEFAULT '[]', "plan_id" uuid, "version" integer NOT NULL, CONSTRAINT "PK_831e3fcd4fc45b4e4c3f57a9ee4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a0d1755d181035fa13ffb64307" ON "campaigns"("slug")`);
    await queryRunner.query(`CREATE INDEX "IDX_8494e45b9148a8285788b1b2fe" ON "campaigns"("starts_on")`);
    await queryRunner.query(
      `CREATE TABLE "plans" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(20) NOT NULL, "status" character varying(30) NOT NULL, "title" character varying(1000) NOT NULL, "year" integer NOT NULL, "number" character varying(60), "issued_on" date, "place" character varying(100), "issuer" character varying(300), "signer" jsonb, "summary" text, "references" jsonb NOT NULL DEFAULT '[]', "purposes" jsonb NOT NULL DEFAULT '[]', "key_tasks" jsonb NOT NULL DEFAULT '[]', "reporting_rules" jsonb NOT NULL DEFAULT '[]', "recipients" jsonb NOT NULL DEFAULT '[]', "agency_id" uuid, "publish_publicly" boolean NOT NULL DEFAULT false, "version_no" integer NOT NULL DEFAULT '1', "previous_version_id" uuid, "source_plan_id" uuid, "search_text" text NOT NULL DEFAULT '', "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_3720521a81c7c24fe9b7202ba61" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_207a3e94a00cfd2d06ae52cd7e" ON "plans"("kind")`);
    await queryRunner.query(`CREATE INDEX "IDX_9f48ef3635529b001d3b06cce0" ON "plans"("status")`);
    await queryRunner.query(`CREATE INDEX "IDX_8d17b2be5eac04d0afa1ebb449" ON "plans"("year")`);
    await queryRunner.query(`CREATE INDEX "IDX_d6c7e4fb89cff27f7e99187768" ON "plans"("number")`);
    await queryRunner.query(`CREATE INDEX "IDX_5028f586ade0537a68a8b10f03" ON "plans"("issuer")`);
    await queryRunner.query(`CREATE INDEX "IDX_1d0e5163d6a8522059b73bf55e" ON "plans"("agency_id")`);
    await queryRunner.query(
      `CREATE TABLE "tasks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "position" integer NOT NULL, "ref" character varying(40), "text" text NOT NULL, "sub_duties" jsonb NOT NULL DEFAULT '[]', "schedule" jsonb NOT NULL, "due_on" date, "topics" text array NOT NULL DEFAULT '{}', "status" character varying(20) NOT NULL DEFAULT 'not_started', "search_text" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_8d12ff38fcc62aaba2cab748772" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_fc9bbda804d571b68bf2220b92" ON "tasks"("due_on")`);
    await queryRunner.query(`CREATE INDEX "IDX_6086c8dafbae729a930c04d865" ON "tasks"("status")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_881fbe1492b94ef7981fb18f41" ON "tasks"("plan_id", "position")`,
    );
    await queryRunner.query(
      `CREATE TABLE "task_agencies" ("task_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "role" character varying(12) NOT NULL, "requested" boolean NOT NULL DEFAULT false, "position" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_09b21b4c742bb299d287f0f9d3c" PRIMARY KEY ("task_id", "agency_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_6f388a87ff54a2ba0be681034a" ON "task_agencies"("agency_id", "role")`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "FK_6fdb3282cea9ba5877ab476aa76" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tasks" ADD CONSTRAINT "FK_31a280e3d0a129221e614c63125" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task_agencies" ADD CONSTRAINT "FK_07716256aebb55f74c399e353eb" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task_agencies" ADD CONSTRAINT "FK_28452f9fb013dd2e7cf4f4eb68f" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_agencies_search_trgm" ON "agencies" USING gin ("search_text" gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_users_search_trgm" ON "users" USING gin ("search_text" gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_plans_search_trgm" ON "plans" USING gin ("search_text" gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_tasks_search_trgm" ON "tasks" USING gin ("search_text" gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_articles_search_trgm" ON "articles" USING gin ("search_text" gin_trgm_ops)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "task_agencies" DROP CONSTRAINT "FK_28452f9fb013dd2e7cf4f4eb68f"`);
    await queryRunner.query(`ALTER TABLE "task_agencies" DROP CONSTRAINT "FK_07716256aebb55f74c399e353eb"`);
    await queryRunner.query(`ALTER TABLE "tasks" DROP CONSTRAINT "FK_31a280e3d0a129221e614c63125"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_6fdb3282cea9ba5877ab476aa76"`);
    await queryRunner.query(`DROP TABLE "task_agencies"`);
    await queryRunner.query(`DROP TABLE "tasks"`);
    await queryRunner.query(`DROP TABLE "plans"`);
    await queryRunner.query(`DROP TABLE "campaigns"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP TABLE "login_attempts"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP TABLE "articles"`);
    await queryRunner.query(`DROP TABLE "agencies"`);
  }
}
