import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795357725791 implements MigrationInterface {
  name = 'Init1795357725791';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entity_type" character varying(32) NOT NULL, "entity_id" uuid NOT NULL, "action" character varying(64) NOT NULL, "actor_id" uuid, "org_id" uuid, "reason" text, "before" jsonb, "after" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_audit_event_created_at" ON "audit_event"  ("created_at") `);
    await queryRunner.query(
      `CREATE INDEX "ix_audit_event_entity" ON "audit_event"  ("entity_type", "entity_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "service_category" ("code" character varying(32) NOT NULL, "name_zh" character varying(100) NOT NULL, "sort_order" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_97127f0e638f9dc6c47e81fe6ba" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "organisation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "type" character varying(16) NOT NULL, "name" character varying(100) NOT NULL, "uscc" character varying(18), "region_code" character varying(6) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_organisation_type_uscc" ON "organisation"  ("type", "uscc") WHERE uscc IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "password_hash" text NOT NULL, "name" character varying(100) NOT NULL, "roles" text array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_login_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_app_user_org" ON "app_user"  ("org_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_app_user_email" ON "app_user"  ("email") `);
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "fk_app_user_org" FOREIGN KEY ("org_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "fk_app_user_org"`);
    await queryRunner.query(`DROP INDEX "public"."uq_app_user_email"`);
    await queryRunner.query(`DROP INDEX "public"."ix_app_user_org"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP INDEX "public"."uq_organisation_type_uscc"`);
    await queryRunner.query(`DROP TABLE "organisation"`);
    await queryRunner.query(`DROP TABLE "service_category"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_event_entity"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_event_created_at"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
  }
}
