import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditEventActorOrg1796168697773 implements MigrationInterface {
  name = 'AuditEventActorOrg1796168697773';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_audit_event_org" ON "audit_event"  ("org_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_event_actor" ON "audit_event"  ("actor_id", "created_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_audit_event_actor"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_event_org"`);
  }
}
