import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { fenTransformer } from '@app/database';
import type { ListingStatus, PriceModel } from './listings.rules.js';

export interface ListingDecision {
  action: string;
  reason: string | null;
  at: string;
  byUserId: string;
}

/** A service a provider offers (服务产品). Search reads its published copy in `search_document`. */
@Entity('listing')
@Index('ix_listing_provider_status', ['providerId', 'status'])
export class Listing {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId: string;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'varchar', length: 5000 })
  description: string;

  @Column({ type: 'varchar', length: 32 })
  category: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ name: 'price_model', type: 'varchar', length: 8 })
  priceModel: PriceModel;

  /** Integer fen; null when priced on quote. */
  @Column({ name: 'price_fen', type: 'bigint', nullable: true, transformer: fenTransformer })
  priceFen: number | null;

  @Column({ type: 'varchar', length: 10 })
  unit: string;

  @Column({ name: 'delivery_days', type: 'int' })
  deliveryDays: number;

  @Column({ name: 'region_codes', type: 'text', array: true })
  regionCodes: string[];

  @Column({ name: 'srdi_special', type: 'boolean', default: false })
  srdiSpecial: boolean;

  @Column({ name: 'voucher_eligible', type: 'boolean', default: false })
  voucherEligible: boolean;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status: ListingStatus;

  /** The last take-down (or automatic unpublish) with its reason, shown to the owner. */
  @Column({ name: 'last_decision', type: 'jsonb', nullable: true })
  lastDecision: ListingDecision | null;

  /** Distinct enterprises served through this listing; kept by the orders context. */
  @Column({ name: 'served_count', type: 'int', default: 0 })
  servedCount: number;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
