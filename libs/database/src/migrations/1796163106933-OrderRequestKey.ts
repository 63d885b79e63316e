import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OrderRequestKey1796163106933 implements MigrationInterface {
  name = 'OrderRequestKey1796163106933';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "service_order" ADD "request_key" character(64)`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_order_request_key" ON "service_order" ("request_key") WHERE "request_key" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ux_order_request_key"`);
    await queryRunner.query(`ALTER TABLE "service_order" DROP COLUMN "request_key"`);
  }
}
