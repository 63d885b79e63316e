import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A USCC is unique among verified organisations only, so a squatter who registers a company's
 * code first cannot lock the company out. Organisations the bureau already checked (admitted
 * providers, enterprises with a verified tier) start verified; where two of them share a code
 * (possible before), the earliest keeps it. Users can be deactivated. The rate-limit table now
 * serves registration as well as login.
 */
export class VerifiedOrganisationsAndDeactivation1796190000000 implements MigrationInterface {
  name = 'VerifiedOrganisationsAndDeactivation1796190000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organisation" ADD "verified_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "deactivated_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "deactivation_reason" character varying(2000)`);
    await queryRunner.query(`
      WITH checked AS (
        SELECT p.id, p.admitted_at AS at FROM provider p WHERE p.admitted_at IS NOT NULL
        UNION ALL
        SELECT c.enterprise_id, min(c.decided_at) FROM tier_claim c WHERE c.status = 'verified' GROUP BY 1
      ), firsts AS (
        SELECT DISTINCT ON (o.type, o.uscc) o.id, c.at
        FROM organisation o JOIN checked c ON c.id = o.id
        WHERE o.uscc IS NOT NULL
        ORDER BY o.type, o.uscc, c.at, o.created_at
      )
      UPDATE organisation o SET verified_at = f.at FROM firsts f WHERE f.id = o.id`);
    await queryRunner.query(`DROP INDEX "public"."uq_organisation_type_uscc"`);
    await queryRunner.query(`CREATE INDEX "ix_organisation_type_uscc" ON "organisation" ("type", "uscc") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_organisation_verified_uscc" ON "organisation" ("type", "uscc") WHERE verified_at IS NOT NULL`,
    );
    await queryRunner.query(`ALTER TABLE "login_failure_limit" RENAME TO "rate_limit"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rate_limit" RENAME TO "login_failure_limit"`);
    await queryRunner.query(`DROP INDEX "public"."uq_organisation_verified_uscc"`);
    await queryRunner.query(`DROP INDEX "public"."ix_organisation_type_uscc"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_organisation_type_uscc" ON "organisation" ("type", "uscc") WHERE uscc IS NOT NULL`,
    );
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "deactivation_reason"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "deactivated_at"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "verified_at"`);
  }
}
