import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CardPaymentCancellation1796163106932 implements MigrationInterface {
  name = 'CardPaymentCancellation1796163106932';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "payment" ADD "cancel_status" character varying(10)`);
    await queryRunner.query(`ALTER TABLE "payment" ADD "received_fen" bigint`);
    await queryRunner.query(`ALTER TABLE "payment" ADD "problem" character varying(200)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "payment" DROP COLUMN "problem"`);
    await queryRunner.query(`ALTER TABLE "payment" DROP COLUMN "received_fen"`);
    await queryRunner.query(`ALTER TABLE "payment" DROP COLUMN "cancel_status"`);
  }
}
