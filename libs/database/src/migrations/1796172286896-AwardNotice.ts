import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AwardNotice1796172286896 implements MigrationInterface {
  name = 'AwardNotice1796172286896';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "award_objection" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "round_id" uuid NOT NULL, "provider_id" uuid NOT NULL, "lodged_by" uuid NOT NULL, "reason" text NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'open', "answer" text, "answered_by" uuid, "answered_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_award_objection_answer" CHECK ((status = 'open') = (answer IS NULL AND answered_at IS NULL)), CONSTRAINT "ck_award_objection_status" CHECK (status IN ('open', 'upheld', 'dismissed')), CONSTRAINT "PK_305d7272c79529e776e553b85fc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_award_objection_open" ON "award_objection"  ("round_id", "provider_id") WHERE status = 'open'`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_award_objection_provider" ON "award_objection"  ("provider_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_award_objection_round" ON "award_objection"  ("round_id", "created_at") `,
    );
    await queryRunner.query(`ALTER TABLE "award_round" ADD "published_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "award_round" ADD "notice_ends_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "award_round" ADD "finalized_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "award_objection" ADD CONSTRAINT "FK_e107e94e06bb7bdb73e738b10d5" FOREIGN KEY ("round_id") REFERENCES "award_round"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // DOMAIN.md §7: a final round never changes, nor its per-provider snapshot (hand-written).
    await queryRunner.query(`CREATE FUNCTION award_round_final_unchanged() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'a final award round never changes (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
            END $$`);
    await queryRunner.query(`CREATE TRIGGER award_round_final_unchanged BEFORE UPDATE OR DELETE ON "award_round"
            FOR EACH ROW WHEN (OLD.status = 'final') EXECUTE FUNCTION award_round_final_unchanged()`);
    await queryRunner.query(`CREATE FUNCTION award_round_facts_final_unchanged() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF EXISTS (SELECT 1 FROM award_round WHERE id = OLD.round_id AND status = 'final') THEN
                    RAISE EXCEPTION 'the snapshot of a final award round never changes (% refused)', TG_OP
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                RETURN OLD;
            END $$`);
    await queryRunner.query(`CREATE TRIGGER award_round_facts_final_unchanged BEFORE UPDATE OR DELETE ON "award_round_facts"
            FOR EACH ROW EXECUTE FUNCTION award_round_facts_final_unchanged()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER award_round_facts_final_unchanged ON "award_round_facts"`);
    await queryRunner.query(`DROP FUNCTION award_round_facts_final_unchanged()`);
    await queryRunner.query(`DROP TRIGGER award_round_final_unchanged ON "award_round"`);
    await queryRunner.query(`DROP FUNCTION award_round_final_unchanged()`);
    await queryRunner.query(`ALTER TABLE "award_objection" DROP CONSTRAINT "FK_e107e94e06bb7bdb73e738b10d5"`);
    await queryRunner.query(`ALTER TABLE "award_round" DROP COLUMN "finalized_at"`);
    await queryRunner.query(`ALTER TABLE "award_round" DROP COLUMN "notice_ends_at"`);
    await queryRunner.query(`ALTER TABLE "award_round" DROP COLUMN "published_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_award_objection_round"`);
    await queryRunner.query(`DROP INDEX "public"."ix_award_objection_provider"`);
    await queryRunner.query(`DROP INDEX "public"."ux_award_objection_open"`);
    await queryRunner.query(`DROP TABLE "award_objection"`);
  }
}
