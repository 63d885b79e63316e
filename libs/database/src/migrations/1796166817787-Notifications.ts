import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1796166817787 implements MigrationInterface {
  name = 'Notifications1796166817787';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "title" character varying(200) NOT NULL, "body" character varying(2000) NOT NULL, "link" character varying(300), "subject_id" uuid, "dedupe_key" character varying(200), "read_at" TIMESTAMP WITH TIME ZONE, "read_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_notification_dedupe_key" ON "notification"  ("dedupe_key") WHERE "dedupe_key" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_notification_org_unread" ON "notification"  ("org_id", "created_at") WHERE "read_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_notification_org_created" ON "notification"  ("org_id", "created_at", "id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_notification_org_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notification_org_unread"`);
    await queryRunner.query(`DROP INDEX "public"."ux_notification_dedupe_key"`);
    await queryRunner.query(`DROP TABLE "notification"`);
  }
}
