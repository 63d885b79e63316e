import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const AUDIT_ENTITY_TYPES = [
  'provider',
  'enterprise',
  'tier_claim',
  'listing',
  'order',
  'voucher_program',
  'voucher_application',
  'voucher',
  'redemption_claim',
  'settlement_batch',
  'rating',
  'award_round',
  'user',
  'organisation',
  'demand',
  'proposal',
  'matchmaking_event',
  'meeting',
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

/** One recorded change or decision. Append-only: a database trigger refuses UPDATE and DELETE. */
@Entity('audit_event')
@Index('ix_audit_event_entity', ['entityType', 'entityId', 'createdAt'])
@Index('ix_audit_event_created_at', ['createdAt'])
@Index('ix_audit_event_actor', ['actorId', 'createdAt'])
@Index('ix_audit_event_org', ['orgId', 'createdAt'])
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'entity_type', type: 'varchar', length: 32 })
  entityType: AuditEntityType;

  @Column({ name: 'entity_id', type: 'uuid' })
  entityId: string;

  @Column({ type: 'varchar', length: 64 })
  action: string;

  /** Null for changes made by the system itself (start-up, CLI, scheduled jobs). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'org_id', type: 'uuid', nullable: true })
  orgId: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  // clock_timestamp(), not now(): events of one transaction keep their order.
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt: Date;
}
