import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A round's snapshots are written once and read whole: stored as `json` (the text as given) they
 * skip jsonb's conversion to its binary form, which was most of the cost of storing 5,000 providers'
 * snapshots (BENCHMARKS.md, awards), and the stored text is exactly the canonical JSON that was hashed.
 */
export class AwardFactsAsJsonText1796190000001 implements MigrationInterface {
  name = 'AwardFactsAsJsonText1796190000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "award_round_facts" ALTER COLUMN "facts" TYPE json USING "facts"::json`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "award_round_facts" ALTER COLUMN "facts" TYPE jsonb USING "facts"::jsonb`);
  }
}
