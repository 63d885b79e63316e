import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdempotencyKeyLease1796162996091 implements MigrationInterface {
  name = 'IdempotencyKeyLease1796162996091';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Keys left in flight before this migration get a lease that has already ended: a retry takes them over.
    await queryRunner.query(
      `ALTER TABLE "idempotency_key" ADD "leased_until" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`,
    );
    await queryRunner.query(`ALTER TABLE "idempotency_key" ADD "lease_token" uuid`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "idempotency_key" DROP COLUMN "lease_token"`);
    await queryRunner.query(`ALTER TABLE "idempotency_key" DROP COLUMN "leased_until"`);
  }
}
