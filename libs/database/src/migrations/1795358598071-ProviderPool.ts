import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProviderPool1795358598071 implements MigrationInterface {
  name = 'ProviderPool1795358598071';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "provider" ("id" uuid NOT NULL, "name" character varying(100) NOT NULL, "uscc" character varying(18) NOT NULL, "region_code" character varying(6) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'draft', "legal_representative" character varying(100), "contact_name" character varying(100), "contact_phone" character varying(32), "address" character varying(100), "introduction" text, "categories" text array NOT NULL DEFAULT '{}', "qualifications" jsonb NOT NULL DEFAULT '[]', "staff_count" integer, "submitted_at" TIMESTAMP WITH TIME ZONE, "admitted_at" TIMESTAMP WITH TIME ZONE, "last_decision" jsonb, "reapply_after" TIMESTAMP WITH TIME ZONE, "rating_count" integer NOT NULL DEFAULT '0', "rating_sum" integer NOT NULL DEFAULT '0', "served_count" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6ab2f66d8987bf1bfdd6136a2d5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_provider_uscc" ON "provider"  ("uscc") `);
    await queryRunner.query(`CREATE INDEX "ix_provider_status" ON "provider"  ("status") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_provider_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_provider_uscc"`);
    await queryRunner.query(`DROP TABLE "provider"`);
  }
}
