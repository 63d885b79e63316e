import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Matchmaking events (对接活动, DOMAIN.md §9): the bureau's events, the organisations registered for
 * them (one place per organisation, ux_event_registration_org) and the 1:1 meetings scheduled there,
 * found by party and time for the clash check (ix_meeting_enterprise, ix_meeting_provider).
 */
export class MatchmakingEvents1796200000001 implements MigrationInterface {
  name = 'MatchmakingEvents1796200000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "matchmaking_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(100) NOT NULL, "description" character varying(2000), "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "place" character varying(200) NOT NULL, "online" boolean NOT NULL, "categories" text array NOT NULL, "enterprise_capacity" integer NOT NULL, "provider_capacity" integer NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_matchmaking_event_capacity" CHECK ("enterprise_capacity" >= 0 AND "provider_capacity" >= 0), CONSTRAINT "ck_matchmaking_event_time" CHECK ("ends_at" > "starts_at"), CONSTRAINT "PK_1b3da0c5f366b0af5e126dc84b6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_matchmaking_event_starts_at" ON "matchmaking_event"  ("starts_at") `);
    await queryRunner.query(
      `CREATE TABLE "event_registration" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "org_id" uuid NOT NULL, "org_type" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "ck_event_registration_org_type" CHECK ("org_type" IN ('enterprise', 'provider')), CONSTRAINT "PK_10aedff1bd0d0ef534d1106ddec" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_event_registration_org" ON "event_registration"  ("org_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_event_registration_org" ON "event_registration"  ("event_id", "org_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "meeting" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "enterprise_id" uuid NOT NULL, "provider_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "minutes" integer NOT NULL, "held" boolean, "outcome_note" character varying(2000), "outcome_at" TIMESTAMP WITH TIME ZONE, "outcome_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "ck_meeting_minutes" CHECK ("minutes" BETWEEN 5 AND 240), CONSTRAINT "PK_dccaf9e4c0e39067d82ccc7bb83" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_meeting_event" ON "meeting"  ("event_id", "starts_at") `);
    await queryRunner.query(`CREATE INDEX "ix_meeting_provider" ON "meeting"  ("provider_id", "starts_at") `);
    await queryRunner.query(`CREATE INDEX "ix_meeting_enterprise" ON "meeting"  ("enterprise_id", "starts_at") `);
    await queryRunner.query(
      `ALTER TABLE "event_registration" ADD CONSTRAINT "fk_event_registration_event" FOREIGN KEY ("event_id") REFERENCES "matchmaking_event"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting" ADD CONSTRAINT "fk_meeting_event" FOREIGN KEY ("event_id") REFERENCES "matchmaking_event"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meeting" DROP CONSTRAINT "fk_meeting_event"`);
    await queryRunner.query(`ALTER TABLE "event_registration" DROP CONSTRAINT "fk_event_registration_event"`);
    await queryRunner.query(`DROP INDEX "public"."ix_meeting_enterprise"`);
    await queryRunner.query(`DROP INDEX "public"."ix_meeting_provider"`);
    await queryRunner.query(`DROP INDEX "public"."ix_meeting_event"`);
    await queryRunner.query(`DROP TABLE "meeting"`);
    await queryRunner.query(`DROP INDEX "public"."ux_event_registration_org"`);
    await queryRunner.query(`DROP INDEX "public"."ix_event_registration_org"`);
    await queryRunner.query(`DROP TABLE "event_registration"`);
    await queryRunner.query(`DROP INDEX "public"."ix_matchmaking_event_starts_at"`);
    await queryRunner.query(`DROP TABLE "matchmaking_event"`);
  }
}
