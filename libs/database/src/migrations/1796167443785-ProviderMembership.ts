import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated: provider_membership, the pool history of each provider (filled by ProviderMembershipBackfill). */
export class ProviderMembership1796167443785 implements MigrationInterface {
  name = 'ProviderMembership1796167443785';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "provider_membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "provider_id" uuid NOT NULL, "status" character varying(16) NOT NULL, "from_at" TIMESTAMP WITH TIME ZONE NOT NULL, "to_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_provider_membership_order" CHECK ("to_at" IS NULL OR "to_at" >= "from_at"), CONSTRAINT "PK_5fa8941b530db786dad88fff4e7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_provider_membership_open" ON "provider_membership"  ("provider_id") WHERE "to_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_provider_membership_provider_from" ON "provider_membership"  ("provider_id", "from_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "provider_membership" ADD CONSTRAINT "fk_provider_membership_provider" FOREIGN KEY ("provider_id") REFERENCES "provider"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "provider_membership" DROP CONSTRAINT "fk_provider_membership_provider"`);
    await queryRunner.query(`DROP INDEX "public"."ix_provider_membership_provider_from"`);
    await queryRunner.query(`DROP INDEX "public"."ux_provider_membership_open"`);
    await queryRunner.query(`DROP TABLE "provider_membership"`);
  }
}
