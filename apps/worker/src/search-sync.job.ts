import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { SearchSync } from '@app/search';

const IDLE_MS = 250;
const MAX_BACKOFF_MS = 30_000;

/**
 * Drains the search outbox into Meilisearch (only with MEILI_URL set): polls every 250 ms when
 * idle, at once while there is work; backs off on errors (Meilisearch down) and retries forever,
 * since the outbox keeps every change until it is applied.
 */
@Injectable()
export class SearchSyncJob implements OnApplicationShutdown {
  private readonly logger = new Logger(SearchSyncJob.name);
  private stopping = false;
  private loop?: Promise<void>;

  constructor(private readonly sync: SearchSync | null) {}

  get enabled(): boolean {
    return this.sync !== null;
  }

  start(): void {
    if (!this.sync || this.loop) return;
    this.loop = this.run(this.sync);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.loop;
  }

  private async run(sync: SearchSync): Promise<void> {
    let settingsApplied = false;
    let backoff = 1000;
    while (!this.stopping) {
      try {
        if (!settingsApplied) {
          await sync.applySettings();
          settingsApplied = true;
          this.logger.log('Meilisearch index settings applied; syncing the search outbox');
        }
        const applied = await sync.drainOnce();
        backoff = 1000;
        if (applied === 0) await sleep(IDLE_MS);
      } catch (error) {
        this.logger.error(`Search sync failed, retrying in ${backoff / 1000} s: ${(error as Error).message}`);
        await sleep(backoff);
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
      }
    }
  }
}
