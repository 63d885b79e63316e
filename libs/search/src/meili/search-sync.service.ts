import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, MoreThan } from 'typeorm';
import { SearchDocument } from '../search-document.entity.js';
import { fromRow } from '../search-index.service.js';
import type { MeiliGateway } from './meili-gateway.js';
import { MEILI_SETTINGS, toMeiliDocument } from './meili-index.js';

/** The part of the gateway the sync uses (tests fake it at this boundary). */
export type MeiliWriter = Pick<
  MeiliGateway,
  'indexUid' | 'applySettings' | 'upsert' | 'delete' | 'createIndex' | 'createIndexIfMissing' | 'swapAndDrop'
>;

// Drainers share this lock; a full reindex takes it exclusively so no change is applied to the old index meanwhile.
const REINDEX_LOCK = 0x5ea4c4;

/**
 * Keeps Meilisearch in step with `search_document`. Outbox rows are claimed with
 * `FOR UPDATE SKIP LOCKED`, the listings' current documents are pushed (or deleted when gone) and
 * the rows are deleted only after Meilisearch has applied the task, in the same transaction: a
 * crash at any point leaves the rows to be claimed again, and re-applying is harmless.
 */
export class SearchSync {
  private readonly logger = new Logger(SearchSync.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly gateway: MeiliWriter,
  ) {}

  async applySettings(): Promise<void> {
    await this.gateway.createIndexIfMissing(this.gateway.indexUid);
    await this.gateway.applySettings(this.gateway.indexUid, MEILI_SETTINGS);
  }

  /** Applies up to `limit` outbox rows; returns how many it applied (0: nothing to do). */
  async drainOnce(limit = 500): Promise<number> {
    return this.dataSource.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock_shared($1)', [REINDEX_LOCK]);
      const rows: Array<{ id: string; listing_id: string }> = await em.query(
        `SELECT id, listing_id FROM search_outbox ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit],
      );
      if (rows.length === 0) return 0;
      const listingIds = [...new Set(rows.map((r) => r.listing_id))].sort();
      // Two drainers never push the same listing at once, so an older document cannot land after a newer one.
      await em.query(`SELECT pg_advisory_xact_lock(hashtext(id)) FROM unnest($1::text[]) AS id ORDER BY id`, [
        listingIds,
      ]);
      const docs = await em.findBy(SearchDocument, { listingId: In(listingIds) });
      const present = new Set(docs.map((d) => d.listingId));
      await this.gateway.upsert(
        this.gateway.indexUid,
        docs.map((d) => toMeiliDocument(fromRow(d))),
      );
      await this.gateway.delete(
        this.gateway.indexUid,
        listingIds.filter((id) => !present.has(id)),
      );
      await em.query(`DELETE FROM search_outbox WHERE id = ANY($1::bigint[])`, [rows.map((r) => r.id)]);
      return rows.length;
    });
  }

  /** Drains until the outbox is empty (tests, and the end of a reindex). */
  async drainAll(): Promise<number> {
    let total = 0;
    for (let n = await this.drainOnce(); n > 0; n = await this.drainOnce()) total += n;
    return total;
  }

  /**
   * Rebuilds the index from `search_document` into a fresh index, swaps it in and drops the old
   * one. Outbox draining waits meanwhile, then resumes against the new index.
   */
  async reindex(batchSize = 1000): Promise<number> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock($1)', [REINDEX_LOCK]);
      const fresh = `${this.gateway.indexUid}_reindex`;
      await this.gateway.createIndex(fresh);
      await this.gateway.applySettings(fresh, MEILI_SETTINGS);
      let count = 0;
      for (let after = ''; ;) {
        const batch = await runner.manager.find(SearchDocument, {
          where: after ? { listingId: MoreThan(after) } : {},
          order: { listingId: 'ASC' },
          take: batchSize,
        });
        if (batch.length === 0) break;
        await this.gateway.upsert(
          fresh,
          batch.map((d) => toMeiliDocument(fromRow(d))),
        );
        count += batch.length;
        after = batch[batch.length - 1].listingId;
      }
      await this.gateway.swapAndDrop(this.gateway.indexUid, fresh);
      this.logger.log(`Reindexed ${count} documents into Meilisearch index ${this.gateway.indexUid}`);
      return count;
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [REINDEX_LOCK]).catch(() => undefined);
      await runner.release();
    }
  }
}
