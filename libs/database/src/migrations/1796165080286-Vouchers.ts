import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Vouchers1796165080286 implements MigrationInterface {
  name = 'Vouchers1796165080286';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "redemption_claim" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "order_id" uuid NOT NULL, "provider_id" uuid NOT NULL, "enterprise_id" uuid NOT NULL, "voucher_id" uuid NOT NULL, "program_id" uuid NOT NULL, "amount_fen" bigint NOT NULL, "invoice_no" character varying(50) NOT NULL, "invoice_amount_fen" bigint NOT NULL, "contract_no" character varying(100) NOT NULL, "report_summary" character varying(2000) NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'submitted', "risk_flags" jsonb NOT NULL DEFAULT '[]', "reason" character varying(2000), "final" boolean NOT NULL DEFAULT false, "batch_id" uuid, "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_649e773af5d637dea501b1508e6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_redemption_claim_live_order" ON "redemption_claim"  ("order_id") WHERE "status" <> 'rejected'`,
    );
    await queryRunner.query(`CREATE INDEX "ix_redemption_claim_order" ON "redemption_claim"  ("order_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_redemption_claim_provider" ON "redemption_claim"  ("provider_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_redemption_claim_status" ON "redemption_claim"  ("status", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "settlement_batch" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "status" character varying(8) NOT NULL DEFAULT 'created', "total_fen" bigint NOT NULL, "claim_count" integer NOT NULL, "bank_reference" character varying(100), "created_by" uuid NOT NULL, "paid_by" uuid, "paid_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_98eadd1469b95cc0317e7cce228" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "voucher_program" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(100) NOT NULL, "year" integer NOT NULL, "budget_fen" bigint NOT NULL, "coverage_bp" integer NOT NULL, "max_face_value_fen" bigint NOT NULL, "per_enterprise_cap_fen" bigint NOT NULL, "categories" character varying(32) array NOT NULL, "tiers" character varying(20) array NOT NULL, "apply_from" date NOT NULL, "apply_until" date NOT NULL, "valid_from" date NOT NULL, "valid_until" date NOT NULL, "status" character varying(8) NOT NULL DEFAULT 'draft', "committed_fen" bigint NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a80cea0c177b7d09cb1f7696737" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "voucher_application" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "enterprise_id" uuid NOT NULL, "requested_fen" bigint NOT NULL, "purpose" character varying(2000) NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'submitted', "reason" character varying(2000), "voucher_id" uuid, "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8959ee3142a1a8976d945cf5beb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_voucher_application_program" ON "voucher_application"  ("program_id", "enterprise_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_voucher_application_status" ON "voucher_application"  ("status", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "voucher" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(14) NOT NULL, "program_id" uuid NOT NULL, "enterprise_id" uuid NOT NULL, "face_value_fen" bigint NOT NULL, "available_fen" bigint NOT NULL, "held_fen" bigint NOT NULL DEFAULT '0', "consumed_fen" bigint NOT NULL DEFAULT '0', "expired_fen" bigint NOT NULL DEFAULT '0', "revoked_fen" bigint NOT NULL DEFAULT '0', "status" character varying(8) NOT NULL DEFAULT 'active', "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "issued_by" uuid, CONSTRAINT "PK_677ae75f380e81c2f103a57ffaf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_voucher_code" ON "voucher"  ("code") `);
    await queryRunner.query(`CREATE INDEX "ix_voucher_enterprise" ON "voucher"  ("enterprise_id", "program_id") `);
    await queryRunner.query(`CREATE INDEX "ix_voucher_program" ON "voucher"  ("program_id") `);
    await queryRunner.query(
      `CREATE TABLE "voucher_hold" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "voucher_id" uuid NOT NULL, "order_id" uuid NOT NULL, "amount_fen" bigint NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'held', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7d1e9b670966b1f0a5e63321586" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_voucher_hold_voucher" ON "voucher_hold"  ("voucher_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_voucher_hold_order" ON "voucher_hold"  ("order_id") `);
    await queryRunner.query(
      `CREATE TABLE "voucher_ledger" ("id" bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL, "program_id" uuid NOT NULL, "voucher_id" uuid NOT NULL, "kind" character varying(8) NOT NULL, "amount_fen" bigint NOT NULL, "order_id" uuid, "claim_id" uuid, "actor_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "PK_f014d6c9e9dd5b68b5afb7e3e2f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_voucher_ledger_program" ON "voucher_ledger"  ("program_id", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_voucher_ledger_voucher" ON "voucher_ledger"  ("voucher_id", "id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_voucher_ledger_voucher"`);
    await queryRunner.query(`DROP INDEX "public"."ix_voucher_ledger_program"`);
    await queryRunner.query(`DROP TABLE "voucher_ledger"`);
    await queryRunner.query(`DROP INDEX "public"."ux_voucher_hold_order"`);
    await queryRunner.query(`DROP INDEX "public"."ix_voucher_hold_voucher"`);
    await queryRunner.query(`DROP TABLE "voucher_hold"`);
    await queryRunner.query(`DROP INDEX "public"."ix_voucher_program"`);
    await queryRunner.query(`DROP INDEX "public"."ix_voucher_enterprise"`);
    await queryRunner.query(`DROP INDEX "public"."ux_voucher_code"`);
    await queryRunner.query(`DROP TABLE "voucher"`);
    await queryRunner.query(`DROP INDEX "public"."ix_voucher_application_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_voucher_application_program"`);
    await queryRunner.query(`DROP TABLE "voucher_application"`);
    await queryRunner.query(`DROP TABLE "voucher_program"`);
    await queryRunner.query(`DROP TABLE "settlement_batch"`);
    await queryRunner.query(`DROP INDEX "public"."ix_redemption_claim_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_redemption_claim_provider"`);
    await queryRunner.query(`DROP INDEX "public"."ix_redemption_claim_order"`);
    await queryRunner.query(`DROP INDEX "public"."ux_redemption_claim_live_order"`);
    await queryRunner.query(`DROP TABLE "redemption_claim"`);
  }
}
