import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdempotencyKeyCreatedAt1795362762240 implements MigrationInterface {
  name = 'IdempotencyKeyCreatedAt1795362762240';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_idempotency_key_created_at" ON "idempotency_key"  ("created_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_idempotency_key_created_at"`);
  }
}
