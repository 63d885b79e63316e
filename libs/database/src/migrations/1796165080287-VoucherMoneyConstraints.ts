import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand: the database itself keeps voucher money honest. Buckets are never negative and
 * always sum to the face value; a programme never commits more than its budget; the ledger is
 * append-only (as audit_event); an invoice number is used once in the whole system.
 */
export class VoucherMoneyConstraints1796165080287 implements MigrationInterface {
  name = 'VoucherMoneyConstraints1796165080287';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "voucher" ADD CONSTRAINT "ck_voucher_buckets" CHECK (
      available_fen >= 0 AND held_fen >= 0 AND consumed_fen >= 0 AND expired_fen >= 0 AND revoked_fen >= 0
      AND face_value_fen > 0
      AND available_fen + held_fen + consumed_fen + expired_fen + revoked_fen = face_value_fen)`);
    await queryRunner.query(`ALTER TABLE "voucher_program" ADD CONSTRAINT "ck_voucher_program_budget" CHECK (
      committed_fen >= 0 AND committed_fen <= budget_fen AND coverage_bp BETWEEN 1 AND 10000)`);
    await queryRunner.query(
      `ALTER TABLE "voucher_ledger" ADD CONSTRAINT "ck_voucher_ledger_amount" CHECK (amount_fen > 0)`,
    );
    await queryRunner.query(
      `ALTER TABLE "voucher_hold" ADD CONSTRAINT "ck_voucher_hold_amount" CHECK (amount_fen >= 0)`,
    );
    await queryRunner.query(`CREATE FUNCTION voucher_ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'voucher_ledger is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
            END $$`);
    await queryRunner.query(`CREATE TRIGGER voucher_ledger_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON "voucher_ledger"
            FOR EACH STATEMENT EXECUTE FUNCTION voucher_ledger_append_only()`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_redemption_claim_invoice" ON "redemption_claim" (upper(btrim("invoice_no")))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ux_redemption_claim_invoice"`);
    await queryRunner.query(`DROP TRIGGER voucher_ledger_append_only ON "voucher_ledger"`);
    await queryRunner.query(`DROP FUNCTION voucher_ledger_append_only()`);
    await queryRunner.query(`ALTER TABLE "voucher_hold" DROP CONSTRAINT "ck_voucher_hold_amount"`);
    await queryRunner.query(`ALTER TABLE "voucher_ledger" DROP CONSTRAINT "ck_voucher_ledger_amount"`);
    await queryRunner.query(`ALTER TABLE "voucher_program" DROP CONSTRAINT "ck_voucher_program_budget"`);
    await queryRunner.query(`ALTER TABLE "voucher" DROP CONSTRAINT "ck_voucher_buckets"`);
  }
}
