import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a provider entered the status its row holds now, as far as the row itself tells: creation for a
 * draft, submission, else its last decision (approve, reinstate, suspend…). `approvedSince` may name
 * another column for `approved` (the first admission, when no audit event tells of the spells between).
 */
const statusSince = (approvedSince = `(p.last_decision ->> 'at')::timestamptz`) => `coalesce(CASE p.status
    WHEN 'draft' THEN p.created_at
    WHEN 'submitted' THEN p.submitted_at
    WHEN 'approved' THEN ${approvedSince}
    ELSE (p.last_decision ->> 'at')::timestamptz
  END, p.created_at)`;

/**
 * Hand-written: fills provider_membership for providers that existed before it, from the audit log
 * (every pool transition has recorded `before.status` / `after.status` since the pool began), in three
 * set-based statements, no per-provider loop. Afterwards every provider has exactly one open period, in
 * the status its row holds, as the service keeps it from now on.
 */
export class ProviderMembershipBackfill1796167443786 implements MigrationInterface {
  name = 'ProviderMembershipBackfill1796167443786';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // 1. Providers with status changes in the audit log, in (created_at, id) order. Each change opens a
    //    period in its `after` status that the next change closes (lead()); the last one stays open. The
    //    status before the first change (draft) runs from the provider's creation to that change.
    await queryRunner.query(`
      WITH change AS (
        SELECT e.entity_id AS provider_id,
               e.created_at AS at,
               (e.before ->> 'status') AS before_status,
               (e.after ->> 'status') AS status,
               row_number() OVER w AS n,
               lead(e.created_at) OVER w AS next_at
        FROM audit_event e
        JOIN provider p ON p.id = e.entity_id
        WHERE e.entity_type = 'provider'
          AND (e.after ->> 'status') IS NOT NULL
          AND (e.after ->> 'status') IS DISTINCT FROM (e.before ->> 'status')
        WINDOW w AS (PARTITION BY e.entity_id ORDER BY e.created_at, e.id)
      )
      INSERT INTO provider_membership (provider_id, status, from_at, to_at)
      SELECT c.provider_id, c.before_status, least(p.created_at, c.at), c.at
      FROM change c
      JOIN provider p ON p.id = c.provider_id
      WHERE c.n = 1 AND c.before_status IS NOT NULL
      UNION ALL
      SELECT provider_id, status, at, next_at FROM change`);

    // 2. Providers without any status change in the audit log: one open period in the current status
    //    since the row says it began (creation for a draft, admission for a member); a suspended or
    //    removed one was approved from its admission until that decision.
    await queryRunner.query(`
      WITH bare AS (
        SELECT p.id, p.status, p.admitted_at, ${statusSince('p.admitted_at')} AS since
        FROM provider p
        WHERE NOT EXISTS (SELECT 1 FROM provider_membership m WHERE m.provider_id = p.id)
      )
      INSERT INTO provider_membership (provider_id, status, from_at, to_at)
      SELECT id, 'approved', admitted_at, since FROM bare
      WHERE status IN ('suspended', 'removed') AND admitted_at < since
      UNION ALL
      SELECT id, status, since, NULL FROM bare`);

    // 3. The row is the authority on the present: where the audit trail ends in another status (a change
    //    that missed its event), close that period when the row says the current status began and open it.
    await queryRunner.query(`
      WITH stale AS (
        UPDATE provider_membership m
        SET to_at = greatest(m.from_at, ${statusSince()})
        FROM provider p
        WHERE m.provider_id = p.id AND m.to_at IS NULL AND m.status <> p.status
        RETURNING m.provider_id, m.to_at, p.status
      )
      INSERT INTO provider_membership (provider_id, status, from_at, to_at)
      SELECT provider_id, status, to_at, NULL FROM stale`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM provider_membership`);
  }
}
