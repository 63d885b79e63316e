import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '@app/shared';
import { changePayload, SEARCH_CHANGED, SearchChanges } from './search-changes.js';
import { SearchDocument } from './search-document.entity.js';
import type { ListingDocument, ProviderFacts } from './search.types.js';
import { segmentDocument } from './segment.js';

const COLUMNS = [
  'listing_id',
  'provider_id',
  'provider_name',
  'title',
  'description',
  'category',
  'tags',
  'price_model',
  'price_fen',
  'unit',
  'delivery_days',
  'region_codes',
  'srdi_special',
  'voucher_eligible',
  'rating',
  'rating_count',
  'served_count',
  'published_at',
];
// Segmented words of title, tags, provider name and description, weighted A to D.
const TSV_SQL = (p: number) =>
  `setweight(to_tsvector('simple', $${p}), 'A') || setweight(to_tsvector('simple', $${p + 1}), 'B') || ` +
  `setweight(to_tsvector('simple', $${p + 2}), 'C') || setweight(to_tsvector('simple', $${p + 3}), 'D')`;
// The title's and tags' words again, prefixed by their field: relevance groups the index answers.
const FIELD_TSV_SQL = (p: number) =>
  `array_to_tsvector(ARRAY(SELECT 't:' || w FROM unnest(tsvector_to_array(to_tsvector('simple', $${p}))) w ` +
  `UNION SELECT 'g:' || w FROM unnest(tsvector_to_array(to_tsvector('simple', $${p + 1}))) w))`;
const PARAMS_PER_ROW = COLUMNS.length + 4;
/** The categories and words (every lexeme) of a set of documents, before and after a write. */
interface TouchedRow {
  categories: string[] | null;
  words: string[] | null;
}
const TOUCHED_SQL = (documents: string, also = '') =>
  `SELECT ${also ? `${also}, ` : ''}array_agg(DISTINCT category) AS categories,
          (SELECT array_agg(DISTINCT w) FROM (${documents}) d2, unnest(tsvector_to_array(d2.tsv)) w) AS words
   FROM (${documents}) d`;
// PostgreSQL allows 65,535 bind parameters per statement.
const ROWS_PER_STATEMENT = 1000;

function rowParams(doc: ListingDocument): unknown[] {
  return [
    doc.id,
    doc.providerId,
    doc.providerName,
    doc.title,
    doc.description,
    doc.category,
    doc.tags,
    doc.priceModel,
    doc.priceFen,
    doc.unit,
    doc.deliveryDays,
    doc.regionCodes,
    doc.srdiSpecial,
    doc.voucherEligible,
    doc.rating,
    doc.ratingCount,
    doc.servedCount,
    doc.publishedAt,
    segmentDocument(doc.title),
    segmentDocument(doc.tags.join(' ')),
    segmentDocument(doc.providerName),
    segmentDocument(doc.description),
  ];
}

/**
 * The write side of search, always in the caller's transaction: the PostgreSQL index is current the
 * moment the change commits, and with Meilisearch configured each change also enqueues its listing
 * id in the outbox the worker drains. Callers pass the document as it should now be found, or
 * remove it when it should not be found at all.
 */
@Injectable()
export class SearchIndex {
  constructor(
    private readonly config: AppConfig,
    private readonly changes: SearchChanges,
  ) {}

  async upsert(em: EntityManager, docs: ListingDocument[]): Promise<void> {
    for (let i = 0; i < docs.length; i += ROWS_PER_STATEMENT) {
      const chunk = docs.slice(i, i + ROWS_PER_STATEMENT);
      const values = chunk.map((_, r) => {
        const base = r * PARAMS_PER_ROW;
        const cols = COLUMNS.map((_, c) => `$${base + c + 1}`);
        const words = base + COLUMNS.length + 1;
        return `(${cols.join(', ')}, ${TSV_SQL(words)}, ${FIELD_TSV_SQL(words)})`;
      });
      const updates = [...COLUMNS.slice(1), 'tsv', 'field_tsv'].map((c) => `${c} = EXCLUDED.${c}`).join(', ');
      const params = chunk.flatMap(rowParams);
      // The documents as they were and as they are now (one snapshot): what cached searches they touch.
      const [touched]: TouchedRow[] = await em.query(
        `WITH before AS (
           SELECT category, tsv FROM search_document WHERE listing_id = ANY($${params.length + 1}::uuid[])
         ), after AS (
           INSERT INTO search_document (${COLUMNS.join(', ')}, tsv, field_tsv) VALUES ${values.join(', ')}
           ON CONFLICT (listing_id) DO UPDATE SET ${updates}
           RETURNING category, tsv
         )
         ${TOUCHED_SQL('SELECT category, tsv FROM before UNION ALL SELECT category, tsv FROM after')}`,
        [...params, chunk.map((d) => d.id)],
      );
      await this.enqueue(
        em,
        chunk.map((d) => d.id),
        touched,
      );
    }
  }

  async remove(em: EntityManager, listingIds: string[]): Promise<void> {
    if (listingIds.length === 0) return;
    const [touched]: TouchedRow[] = await em.query(
      `WITH gone AS (DELETE FROM search_document WHERE listing_id = ANY($1::uuid[]) RETURNING category, tsv)
       ${TOUCHED_SQL('SELECT category, tsv FROM gone')}`,
      [listingIds],
    );
    await this.enqueue(em, listingIds, touched);
  }

  /** Hides every listing of a provider (suspension, removal). */
  async removeProvider(em: EntityManager, providerId: string): Promise<void> {
    // A SELECT around the DELETE: TypeORM returns [rows, count] for a bare DELETE … RETURNING.
    const [touched]: Array<TouchedRow & { ids: string[] | null }> = await em.query(
      `WITH gone AS (DELETE FROM search_document WHERE provider_id = $1 RETURNING listing_id, category, tsv)
       ${TOUCHED_SQL('SELECT category, tsv FROM gone', '(SELECT array_agg(listing_id::text) FROM gone) AS ids')}`,
      [providerId],
    );
    await this.enqueue(em, touched.ids ?? [], touched);
  }

  /** New provider name, rating or served count on every one of its documents. */
  async updateProvider(em: EntityManager, providerId: string, facts: ProviderFacts): Promise<void> {
    const docs = await em.find(SearchDocument, { where: { providerId } });
    if (docs.length === 0) return;
    await this.upsert(
      em,
      docs.map((d) => ({ ...fromRow(d), ...facts })),
    );
  }

  /**
   * After every write: invalidates cached results (the version bump, notified to every process at
   * commit) and, with Meilisearch, enqueues the listings. The version row is the last lock a search
   * write takes, so it adds no lock cycle.
   */
  private async enqueue(em: EntityManager, listingIds: string[], touched: TouchedRow): Promise<void> {
    if (listingIds.length === 0) return;
    // A SELECT around the UPDATE: TypeORM returns [rows, count] for a bare UPDATE … RETURNING.
    const [{ version }]: Array<{ version: string }> = await em.query(
      `WITH bumped AS (UPDATE search_state SET version = version + 1 WHERE id = 1 RETURNING version)
       SELECT version, pg_notify('${SEARCH_CHANGED}', version::text || ' ' || $1) FROM bumped`,
      [changePayload({ categories: touched.categories ?? [], words: touched.words ?? [] })],
    );
    this.changes.wrote(version);
    if (this.config.meili) {
      await em.query(`INSERT INTO search_outbox (listing_id) SELECT unnest($1::uuid[])`, [listingIds]);
    }
  }
}

export function fromRow(row: SearchDocument): ListingDocument {
  return {
    id: row.listingId,
    providerId: row.providerId,
    providerName: row.providerName,
    title: row.title,
    description: row.description,
    category: row.category,
    tags: row.tags,
    priceModel: row.priceModel,
    priceFen: row.priceFen,
    unit: row.unit,
    deliveryDays: row.deliveryDays,
    regionCodes: row.regionCodes,
    srdiSpecial: row.srdiSpecial,
    voucherEligible: row.voucherEligible,
    rating: row.rating,
    ratingCount: row.ratingCount,
    servedCount: row.servedCount,
    publishedAt: row.publishedAt,
  };
}
