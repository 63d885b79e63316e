import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Provider } from './provider.entity.js';
import type { ProviderStatus } from './providers.rules.js';

/**
 * One stretch of a provider's pool history: the status it held from `fromAt` until `toAt` (exclusive),
 * open (`toAt` null) for the status it holds now. Written by every pool transition; the awards read it
 * ("admitted by 30 Jun", "not suspended at any time in Y"), which the current status cannot answer.
 */
@Entity('provider_membership')
@Index('ix_provider_membership_provider_from', ['providerId', 'fromAt'])
// At most one open period per provider: two transitions racing past the row lock would fail here.
@Index('ux_provider_membership_open', ['providerId'], { unique: true, where: '"to_at" IS NULL' })
@Check('ck_provider_membership_order', '"to_at" IS NULL OR "to_at" >= "from_at"')
export class ProviderMembershipPeriod {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId: string;

  @ManyToOne(() => Provider, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'fk_provider_membership_provider' })
  provider: Relation<Provider>;

  @Column({ type: 'varchar', length: 16 })
  status: ProviderStatus;

  @Column({ name: 'from_at', type: 'timestamptz' })
  fromAt: Date;

  @Column({ name: 'to_at', type: 'timestamptz', nullable: true })
  toAt: Date | null;
}
