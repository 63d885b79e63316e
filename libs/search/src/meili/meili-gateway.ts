import { Injectable } from '@nestjs/common';
import { Meilisearch, type SearchParams, type SearchResponse, type Settings } from 'meilisearch';
import { AppConfig } from '@app/shared';
import type { MeiliDocument } from './meili-index.js';

/**
 * The only code that talks to the Meilisearch server (the adapter boundary tests fake): every write
 * waits for its task and fails unless the task succeeded.
 */
@Injectable()
export class MeiliGateway {
  private readonly client: Meilisearch;
  readonly indexUid: string;

  constructor(config: AppConfig) {
    if (!config.meili) throw new Error('MeiliGateway needs MEILI_URL');
    this.client = new Meilisearch({ host: config.meili.url, apiKey: config.meili.apiKey });
    this.indexUid = config.meili.index;
  }

  async applySettings(indexUid: string, settings: Settings): Promise<void> {
    await this.wait(this.client.index(indexUid).updateSettings(settings));
  }

  async upsert(indexUid: string, docs: MeiliDocument[]): Promise<void> {
    if (docs.length) await this.wait(this.client.index(indexUid).addDocuments(docs, { primaryKey: 'id' }));
  }

  async delete(indexUid: string, ids: string[]): Promise<void> {
    if (ids.length) await this.wait(this.client.index(indexUid).deleteDocuments(ids));
  }

  async search(indexUid: string, q: string, params: SearchParams): Promise<SearchResponse<MeiliDocument>> {
    return this.client.index<MeiliDocument>(indexUid).search(q, params);
  }

  /** Makes `fresh` the live index under `indexUid` (atomic), then drops the old one. */
  async swapAndDrop(indexUid: string, fresh: string): Promise<void> {
    await this.createIndexIfMissing(indexUid);
    await this.wait(this.client.swapIndexes([{ indexes: [indexUid, fresh], rename: false }]));
    await this.wait(this.client.deleteIndex(fresh));
  }

  /** An empty index (an old one of that name is dropped first). */
  async createIndex(indexUid: string): Promise<void> {
    if (await this.exists(indexUid)) await this.wait(this.client.deleteIndex(indexUid));
    await this.wait(this.client.createIndex(indexUid, { primaryKey: 'id' }));
  }

  async createIndexIfMissing(indexUid: string): Promise<void> {
    if (!(await this.exists(indexUid))) await this.wait(this.client.createIndex(indexUid, { primaryKey: 'id' }));
  }

  private async exists(indexUid: string): Promise<boolean> {
    try {
      await this.client.getIndex(indexUid);
      return true;
    } catch {
      return false;
    }
  }

  private async wait(enqueued: {
    waitTask: (options: { timeout: number; interval: number }) => Promise<{ status: string; error?: unknown }>;
  }): Promise<void> {
    // Large reindex batches can take longer than the SDK's 5 s default.
    const task = await enqueued.waitTask({ timeout: 120_000, interval: 50 });
    if (task.status !== 'succeeded') throw new Error(`Meilisearch task ${task.status}: ${JSON.stringify(task.error)}`);
  }
}
