import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ProviderStatus, Qualification } from './providers.rules.js';

export interface LastDecision {
  action: string;
  reason: string | null;
  at: string;
  byUserId: string;
}

/**
 * A service provider (服务机构) and its pool membership. Its id is its organisation's id; name,
 * USCC and region are kept here too so the pool answers without reaching into identity's tables.
 */
@Entity('provider')
@Index('ix_provider_status', ['status'])
@Index('ix_provider_uscc', ['uscc'])
export class Provider {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 18 })
  uscc: string;

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status: ProviderStatus;

  @Column({ name: 'legal_representative', type: 'varchar', length: 100, nullable: true })
  legalRepresentative: string | null;

  @Column({ name: 'contact_name', type: 'varchar', length: 100, nullable: true })
  contactName: string | null;

  @Column({ name: 'contact_phone', type: 'varchar', length: 32, nullable: true })
  contactPhone: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  address: string | null;

  @Column({ type: 'text', nullable: true })
  introduction: string | null;

  // Filtered with `categories @> ARRAY[...]`, indexed by GIN (ix_provider_categories, hand-written migration).
  @Index('ix_provider_categories', { synchronize: false })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  categories: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  qualifications: Qualification[];

  @Column({ name: 'staff_count', type: 'int', nullable: true })
  staffCount: number | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  /** First admission to the pool (awards count from it). */
  @Column({ name: 'admitted_at', type: 'timestamptz', nullable: true })
  admittedAt: Date | null;

  @Column({ name: 'last_decision', type: 'jsonb', nullable: true })
  lastDecision: LastDecision | null;

  /** After a rejection or removal: the earliest time the provider may submit again. */
  @Column({ name: 'reapply_after', type: 'timestamptz', nullable: true })
  reapplyAfter: Date | null;

  /** Kept current by the ratings and orders contexts; 0 until they exist. */
  @Column({ name: 'rating_count', type: 'int', default: 0 })
  ratingCount: number;

  @Column({ name: 'rating_sum', type: 'int', default: 0 })
  ratingSum: number;

  @Column({ name: 'served_count', type: 'int', default: 0 })
  servedCount: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
