import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AwardRoundJob1796169992934 implements MigrationInterface {
  name = 'AwardRoundJob1796169992934';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "award_round" ADD "job_status" character varying(10)`);
    await queryRunner.query(`ALTER TABLE "award_round" ADD "job_percent" integer`);
    await queryRunner.query(`ALTER TABLE "award_round" ADD "job_error" text`);
    await queryRunner.query(`ALTER TABLE "award_round" ADD "job_updated_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "award_round" DROP COLUMN "job_updated_at"`);
    await queryRunner.query(`ALTER TABLE "award_round" DROP COLUMN "job_error"`);
    await queryRunner.query(`ALTER TABLE "award_round" DROP COLUMN "job_percent"`);
    await queryRunner.query(`ALTER TABLE "award_round" DROP COLUMN "job_status"`);
  }
}
