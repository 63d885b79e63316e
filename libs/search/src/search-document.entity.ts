import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { fenTransformer } from '@app/database';

/**
 * The PostgreSQL search index (and the source the Meilisearch sync reads): one row per published
 * listing of an approved provider, provider facts copied in, words segmented by jieba at write time.
 */
@Entity('search_document')
@Index('ix_search_document_provider', ['providerId'])
export class SearchDocument {
  @PrimaryColumn({ name: 'listing_id', type: 'uuid' })
  listingId: string;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId: string;

  @Column({ name: 'provider_name', type: 'varchar', length: 100 })
  providerName: string;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'varchar', length: 32 })
  category: string;

  @Column({ type: 'text', array: true })
  tags: string[];

  @Column({ name: 'price_model', type: 'varchar', length: 8 })
  priceModel: 'fixed' | 'from' | 'quote';

  @Index('ix_search_document_by_price', { synchronize: false })
  @Index('ix_search_document_by_price_desc', { synchronize: false })
  @Column({ name: 'price_fen', type: 'bigint', nullable: true, transformer: fenTransformer })
  priceFen: number | null;

  @Column({ type: 'varchar', length: 10 })
  unit: string;

  @Column({ name: 'delivery_days', type: 'int' })
  deliveryDays: number;

  // Filtered with `region_codes && ARRAY[...]` on rows a word or a sort order already narrowed.
  @Column({ name: 'region_codes', type: 'text', array: true })
  regionCodes: string[];

  @Column({ name: 'srdi_special', type: 'boolean' })
  srdiSpecial: boolean;

  @Column({ name: 'voucher_eligible', type: 'boolean' })
  voucherEligible: boolean;

  // The sort orders of filter-only browsing, each a btree read in order (hand-written migration
  // SearchSummaryAndSortIndexes, with the facet summary its triggers keep).
  @Index('ix_search_document_by_rating_served', { synchronize: false })
  @Index('ix_search_document_by_rating', { synchronize: false })
  @Column({ type: 'double precision', default: 0 })
  rating: number;

  @Column({ name: 'rating_count', type: 'int', default: 0 })
  ratingCount: number;

  @Index('ix_search_document_by_served', { synchronize: false })
  @Column({ name: 'served_count', type: 'int', default: 0 })
  servedCount: number;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt: Date;

  /** Title (A), tags (B), provider name (C), description (D), GIN-indexed in a hand-written migration. */
  @Index('ix_search_document_tsv', { synchronize: false })
  @Column({ type: 'tsvector', select: false })
  tsv: string;

  /** The title's words as `t:word` and the tags' as `g:word` (no positions), GIN-indexed by hand. */
  @Index('ix_search_document_field_tsv', { synchronize: false })
  @Column({ name: 'field_tsv', type: 'tsvector', select: false })
  fieldTsv: string;
}

/**
 * The transactional outbox feeding Meilisearch: a listing id whose document changed, written in the
 * same transaction as the change, deleted by the worker once Meilisearch has applied it.
 */
@Entity('search_outbox')
export class SearchOutbox {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ name: 'listing_id', type: 'uuid' })
  listingId: string;

  @Column({ name: 'enqueued_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  enqueuedAt: Date;
}

/**
 * One row whose `version` every search write bumps in its own transaction: a cached result is
 * served only while the version it was computed at is still current.
 */
@Entity('search_state')
export class SearchState {
  @PrimaryColumn({ type: 'smallint' })
  id: number;

  @Column({ type: 'bigint', default: 0 })
  version: string;
}
