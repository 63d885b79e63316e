import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand (not generated): the audit log made append-only, the tables used through raw
 * SQL (failed-login counters, demo data steps) and the 11 seeded service categories of DOMAIN.md.
 */
export class AppendOnlyAuditAndReferenceData1795357725792 implements MigrationInterface {
  name = 'AppendOnlyAuditAndReferenceData1795357725792';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_event is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
            END $$`);
    await queryRunner.query(`CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON "audit_event"
            FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`);
    // Failed-login counters of rate-limiter-flexible (RateLimiterPostgres, tableCreated: true).
    await queryRunner.query(
      `CREATE TABLE "login_failure_limit" ("key" varchar(255) PRIMARY KEY, "points" integer NOT NULL DEFAULT 0, "expire" bigint)`,
    );
    await queryRunner.query(
      `CREATE TABLE "demo_data_step" ("name" varchar(100) PRIMARY KEY, "applied_at" timestamptz NOT NULL DEFAULT now())`,
    );
    await queryRunner.query(`INSERT INTO "service_category" ("code", "name_zh", "sort_order") VALUES
            ('tech_innovation', '技术创新', 1),
            ('ip', '知识产权', 2),
            ('digital', '数字化转型', 3),
            ('energy_carbon', '节能降碳', 4),
            ('finance', '投融资', 5),
            ('market', '市场拓展', 6),
            ('consulting', '管理咨询', 7),
            ('industry_matching', '产业对接', 8),
            ('testing', '检验检测', 9),
            ('talent', '人才培训', 10),
            ('legal_tax', '法律财税', 11)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "service_category"`);
    await queryRunner.query(`DROP TABLE "demo_data_step"`);
    await queryRunner.query(`DROP TABLE "login_failure_limit"`);
    await queryRunner.query(`DROP TRIGGER audit_event_append_only ON "audit_event"`);
    await queryRunner.query(`DROP FUNCTION audit_event_append_only()`);
  }
}
