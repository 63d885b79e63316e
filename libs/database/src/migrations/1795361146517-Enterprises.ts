import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Enterprises1795361146517 implements MigrationInterface {
  name = 'Enterprises1795361146517';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "enterprise" ("id" uuid NOT NULL, "name" character varying(100) NOT NULL, "uscc" character varying(18) NOT NULL, "region_code" character varying(6) NOT NULL, "legal_representative" character varying(100), "contact_phone" character varying(32), "industry" character varying(100), "employee_count" integer, "revenue_band" character varying(100), CONSTRAINT "PK_09687cd306dc5d486c0e227c471" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "tier_claim" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "enterprise_id" uuid NOT NULL, "tier" character varying(20) NOT NULL, "certificate_no" character varying(100) NOT NULL, "year" integer NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'pending', "valid_until" date, "reason" character varying(2000), "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8d7bc8eb8f6a939d935339a596b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_tier_claim_enterprise" ON "tier_claim"  ("enterprise_id") `);
    await queryRunner.query(`CREATE INDEX "ix_tier_claim_status" ON "tier_claim"  ("status", "created_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_tier_claim_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tier_claim_enterprise"`);
    await queryRunner.query(`DROP TABLE "tier_claim"`);
    await queryRunner.query(`DROP TABLE "enterprise"`);
  }
}
