import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AwardRounds1796168921555 implements MigrationInterface {
  name = 'AwardRounds1796168921555';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "award_round" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "year" integer NOT NULL, "budget_fen" bigint NOT NULL, "config" jsonb NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'draft', "computed_at" TIMESTAMP WITH TIME ZONE, "result" jsonb, "input_hash" character(64), "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7386e6f33b4264ce3ccf78fe7e5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_award_round_year" ON "award_round"  ("year") `);
    await queryRunner.query(
      `CREATE TABLE "award_round_facts" ("round_id" uuid NOT NULL, "provider_id" uuid NOT NULL, "facts" jsonb NOT NULL, CONSTRAINT "PK_df6841d2d4eaa0ad838f3db3c16" PRIMARY KEY ("round_id", "provider_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_round_facts" ADD CONSTRAINT "FK_7f35643e563e690f164888e1b97" FOREIGN KEY ("round_id") REFERENCES "award_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "award_round_facts" DROP CONSTRAINT "FK_7f35643e563e690f164888e1b97"`);
    await queryRunner.query(`DROP TABLE "award_round_facts"`);
    await queryRunner.query(`DROP INDEX "public"."ux_award_round_year"`);
    await queryRunner.query(`DROP TABLE "award_round"`);
  }
}
