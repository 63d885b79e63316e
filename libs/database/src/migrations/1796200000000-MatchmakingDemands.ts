import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Matchmaking (DOMAIN.md §9): enterprises' demands and providers' proposals. An accepted proposal
 * may become an order without a listing (carrying the demand's category), so orders and their
 * ratings may have none.
 */
export class MatchmakingDemands1796200000000 implements MigrationInterface {
  name = 'MatchmakingDemands1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "service_order" ALTER COLUMN "listing_id" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "rating" ALTER COLUMN "listing_id" DROP NOT NULL`);
    await queryRunner.query(
      `CREATE TABLE "demand" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "enterprise_id" uuid NOT NULL,
        "title" character varying(100) NOT NULL,
        "description" character varying(4000) NOT NULL,
        "category" character varying(32) NOT NULL,
        "region_code" character varying(6) NOT NULL,
        "budget_min_fen" bigint,
        "budget_max_fen" bigint,
        "deadline" date NOT NULL,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "voucher_intended" boolean NOT NULL DEFAULT false,
        "visibility" character varying(8) NOT NULL,
        "status" character varying(16) NOT NULL DEFAULT 'draft',
        "tsv" tsvector NOT NULL,
        "published_at" TIMESTAMP WITH TIME ZONE,
        "first_proposal_at" TIMESTAMP WITH TIME ZONE,
        "decided_at" TIMESTAMP WITH TIME ZONE,
        "close_reason" character varying(500),
        "accepted_proposal_id" uuid,
        "order_id" uuid,
        "suggested_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "ck_demand_budget" CHECK (
          (budget_min_fen IS NULL OR budget_min_fen >= 0) AND (budget_max_fen IS NULL OR budget_max_fen >= 0)
          AND (budget_min_fen IS NULL OR budget_max_fen IS NULL OR budget_min_fen <= budget_max_fen)),
        CONSTRAINT "ck_demand_status" CHECK (status IN ('draft', 'open', 'matched', 'closed', 'expired')),
        CONSTRAINT "ck_demand_visibility" CHECK (visibility IN ('pool', 'public')),
        CONSTRAINT "pk_demand" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_demand_enterprise" ON "demand" ("enterprise_id", "created_at")`);
    // Providers browse open demands of their categories, newest first; the worker expires by deadline.
    await queryRunner.query(`CREATE INDEX "ix_demand_category" ON "demand" ("category", "status", "published_at")`);
    await queryRunner.query(`CREATE INDEX "ix_demand_open_expiry" ON "demand" ("expires_at") WHERE status = 'open'`);
    await queryRunner.query(`CREATE INDEX "ix_demand_tsv" ON "demand" USING GIN ("tsv")`);
    await queryRunner.query(
      `CREATE TABLE "proposal" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "demand_id" uuid NOT NULL,
        "provider_id" uuid NOT NULL,
        "price_fen" bigint NOT NULL,
        "delivery_days" integer NOT NULL,
        "note" character varying(2000) NOT NULL,
        "listing_id" uuid,
        "listing_title" character varying(100),
        "status" character varying(16) NOT NULL DEFAULT 'submitted',
        "decided_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "ck_proposal_price" CHECK (price_fen > 0),
        CONSTRAINT "ck_proposal_days" CHECK (delivery_days BETWEEN 1 AND 365),
        CONSTRAINT "ck_proposal_status" CHECK (status IN ('submitted', 'withdrawn', 'accepted', 'declined')),
        CONSTRAINT "uq_proposal_demand_provider" UNIQUE ("demand_id", "provider_id"),
        CONSTRAINT "fk_proposal_demand" FOREIGN KEY ("demand_id") REFERENCES "demand"("id"),
        CONSTRAINT "pk_proposal" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_proposal_provider" ON "proposal" ("provider_id", "created_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "proposal"`);
    await queryRunner.query(`DROP TABLE "demand"`);
    await queryRunner.query(`ALTER TABLE "rating" ALTER COLUMN "listing_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "service_order" ALTER COLUMN "listing_id" SET NOT NULL`);
  }
}
