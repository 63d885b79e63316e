import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Ratings1796166885024 implements MigrationInterface {
  name = 'Ratings1796166885024';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // The rating reminder job finds completed orders by completion time.
    await queryRunner.query(`CREATE INDEX "ix_order_completed_at" ON "service_order"  ("completed_at") `);
    await queryRunner.query(
      `CREATE TABLE "rating" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "order_id" uuid NOT NULL, "enterprise_id" uuid NOT NULL, "provider_id" uuid NOT NULL, "listing_id" uuid NOT NULL, "category" character varying(32) NOT NULL, "overall" smallint NOT NULL, "professionalism" smallint NOT NULL, "timeliness" smallint NOT NULL, "effectiveness" smallint NOT NULL, "value" smallint NOT NULL, "comment" character varying(1000), "outcomes" jsonb, "reply" character varying(2000), "replied_at" TIMESTAMP WITH TIME ZONE, "replied_by" uuid, "hidden" boolean NOT NULL DEFAULT false, "hidden_reason" character varying(2000), "hidden_by" uuid, "hidden_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_rating_scores" CHECK (overall BETWEEN 1 AND 5 AND professionalism BETWEEN 1 AND 5 AND timeliness BETWEEN 1 AND 5 AND effectiveness BETWEEN 1 AND 5 AND value BETWEEN 1 AND 5), CONSTRAINT "PK_ecda8ad32645327e4765b43649e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_rating_order" ON "rating"  ("order_id") `);
    await queryRunner.query(`CREATE INDEX "ix_rating_listing" ON "rating"  ("listing_id") `);
    await queryRunner.query(`CREATE INDEX "ix_rating_provider" ON "rating"  ("provider_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "rating_summary" ("subject_type" character varying(8) NOT NULL, "subject_id" uuid NOT NULL, "count" integer NOT NULL DEFAULT '0', "sums" jsonb NOT NULL DEFAULT '{}', "distribution" jsonb NOT NULL DEFAULT '{}', "outcomes" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_b239fcbafdd1755569b2a889fc0" PRIMARY KEY ("subject_type", "subject_id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rating_summary"`);
    await queryRunner.query(`DROP INDEX "public"."ix_rating_provider"`);
    await queryRunner.query(`DROP INDEX "public"."ix_rating_listing"`);
    await queryRunner.query(`DROP INDEX "public"."ux_rating_order"`);
    await queryRunner.query(`DROP TABLE "rating"`);
    await queryRunner.query(`DROP INDEX "public"."ix_order_completed_at"`);
  }
}
