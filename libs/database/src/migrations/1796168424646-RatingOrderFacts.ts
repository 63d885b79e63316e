import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RatingOrderFacts1796168424646 implements MigrationInterface {
  name = 'RatingOrderFacts1796168424646';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // The awards count ratings by their order's completion and agreed price, copied onto the rating.
    await queryRunner.query(`ALTER TABLE "rating" ADD "order_completed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "rating" ADD "order_price_fen" bigint`);
    // Backfill of existing ratings from their orders. The one place a migration reads across contexts
    // (ratings <- orders' service_order): from now on the ratings service copies both when it rates.
    // A rated order is completed and confirmed, so both are set; a missing price counts as 0 (never awarded).
    await queryRunner.query(
      `UPDATE "rating" r SET "order_completed_at" = coalesce(o."completed_at", r."created_at"),
              "order_price_fen" = coalesce(o."agreed_price_fen", 0)
       FROM "service_order" o WHERE o."id" = r."order_id"`,
    );
    await queryRunner.query(`ALTER TABLE "rating" ALTER COLUMN "order_completed_at" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "rating" ALTER COLUMN "order_price_fen" SET NOT NULL`);
    // The awards' year scan of visible ratings (RatingsRepository.awardVotes).
    await queryRunner.query(
      `CREATE INDEX "ix_rating_award_year" ON "rating"  ("order_completed_at") WHERE NOT "hidden"`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_rating_award_year"`);
    await queryRunner.query(`ALTER TABLE "rating" DROP COLUMN "order_price_fen"`);
    await queryRunner.query(`ALTER TABLE "rating" DROP COLUMN "order_completed_at"`);
  }
}
