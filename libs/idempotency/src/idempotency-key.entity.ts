import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A POST made with an `Idempotency-Key`: its request fingerprint, the lease of the run holding it
 * and, once done, its answer.
 */
@Entity('idempotency_key')
export class IdempotencyKey {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'varchar', length: 255 })
  key: string;

  /** sha256 of method, path and body. */
  @Column({ name: 'request_hash', type: 'varchar', length: 64 })
  requestHash: string;

  @Column({ name: 'response_status', type: 'int', nullable: true })
  responseStatus: number | null;

  @Column({ name: 'response_body', type: 'jsonb', nullable: true })
  responseBody: unknown;

  /** Keys are kept for 24 hours (IdempotencyService.purge), like Stripe's. */
  @Index('ix_idempotency_key_created_at')
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  /** Until then the run holding the key counts as alive; after it a retry may take the key over. */
  @Column({ name: 'leased_until', type: 'timestamptz', default: () => 'now()' })
  leasedUntil: Date;

  /** The run holding the key: only it stores the answer or gives the key back. */
  @Column({ name: 'lease_token', type: 'uuid', nullable: true })
  leaseToken: string | null;
}
