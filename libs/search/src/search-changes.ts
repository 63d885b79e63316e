import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import { matchesAsPrefix } from './search.repository.js';
import type { SearchQuery } from './search.types.js';

/**
 * The channel every search write notifies at commit: the search_state version it committed, a
 * space, then what it touched as JSON (`changePayload`).
 */
export const SEARCH_CHANGED = 'search_changed';
/** NOTIFY payloads must stay under 8,000 bytes: a bigger change is announced as touching everything. */
const MAX_PAYLOAD = 7000;
/** Versions remembered with what they touched: a cached result older than these is recomputed. */
const LOG_SIZE = 10_000;

/** What a search write touched: the categories and words of its documents before and after. */
export interface SearchChange {
  categories: string[];
  words: string[];
}

/** A change as NOTIFY text: its JSON, or `*` (touches everything) when too long for a notification. */
export function changePayload(change: SearchChange): string {
  const json = JSON.stringify(change);
  return Buffer.byteLength(json) <= MAX_PAYLOAD ? json : '*';
}

/**
 * Whether a write that touched `change` can alter the answer to `query`: a search with words only
 * if a document before or after had one of them (Latin words as prefixes, as the index matches),
 * a search filtered by category only if the category was touched. Everything else is kept.
 */
export function touches(change: SearchChange | '*', query: SearchQuery): boolean {
  if (change === '*') return true;
  if (query.category && !change.categories.includes(query.category)) return false;
  if (query.terms.length === 0) return true;
  const words = new Set(change.words);
  return query.terms.some((term) =>
    matchesAsPrefix(term) ? change.words.some((w) => w.startsWith(term)) : words.has(term),
  );
}
/** After how long an own write the database has not committed is taken as rolled back. */
const OWN_WRITE_WAIT_MS = 2000;
const RECONNECT_MS = 1000;

/**
 * Which version of the search index this process has seen committed, learnt by LISTEN: a cached
 * search result is checked against it without a database round trip. Writes (in any process)
 * notify at commit; this process's own writes are also told here first, so that a search it makes
 * right after its own commit never gets ahead of the notification. Whenever the listening
 * connection is down, `current()` reads the version from the database as before.
 */
@Injectable()
export class SearchChanges implements OnModuleDestroy {
  private readonly log = new Logger(SearchChanges.name);
  /** The highest committed version heard; null while not listening. */
  private heard: bigint | null = null;
  /** The highest version notified on the current connection (also while its first read runs). */
  private notified = 0n;
  private client?: PoolClient;
  private connecting?: Promise<void>;
  private closed = false;
  /** What each recently notified version touched, oldest first. */
  private readonly touched = new Map<bigint, SearchChange | '*'>();
  /** The last version this process wrote and until when it waits for its notification. */
  private own = { version: 0n, until: 0 };

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The current index version: from the notifications when listening, else from the database. */
  async current(): Promise<string> {
    if (this.heard === null) void this.listen();
    // Until its notification is heard, this process's own write is looked for in the database, however
    // late the notification (a loaded machine): a search right after the write must see it.
    if (this.heard !== null && this.own.version <= this.heard) return String(this.heard);
    const version = await this.read();
    // Not committed well after it was written: rolled back (the next commit reuses its number).
    if (version < this.own.version && Date.now() > this.own.until) this.own = { version: 0n, until: 0 };
    return String(version);
  }

  /**
   * Whether any write after `since` up to `now` can alter the answer to `query`; true when a
   * version between is not known (before listening, or forgotten).
   */
  changedFor(query: SearchQuery, since: string, now: string): boolean {
    if (BigInt(now) - BigInt(since) > LOG_SIZE) return true;
    for (let v = BigInt(since) + 1n; v <= BigInt(now); v++) {
      const change = this.touched.get(v);
      if (change === undefined || touches(change, query)) return true;
    }
    return false;
  }

  private remember(version: bigint, payload: string): void {
    let change: SearchChange | '*' = '*';
    if (payload !== '*') {
      try {
        change = JSON.parse(payload) as SearchChange;
      } catch {
        change = '*';
      }
    }
    this.touched.set(version, change);
    if (this.touched.size > LOG_SIZE) this.touched.delete(this.touched.keys().next().value!);
  }

  /** A write of this process will commit `version` (or roll back). */
  wrote(version: string): void {
    const v = BigInt(version);
    if (v > this.own.version) this.own = { version: v, until: Date.now() + OWN_WRITE_WAIT_MS };
  }

  /** Whether the version comes from notifications (for tests and the health of the cache). */
  get listening(): boolean {
    return this.heard !== null;
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    await this.connecting?.catch(() => undefined);
    this.drop();
  }

  private listen(): Promise<void> {
    this.connecting ??= this.connect().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private async connect(): Promise<void> {
    if (this.closed || !this.dataSource.isInitialized) return;
    try {
      const pool = (this.dataSource.driver as unknown as { master: { connect(): Promise<PoolClient> } }).master;
      const client = await pool.connect();
      this.client = client;
      client.on('notification', (message) => {
        if (message.channel !== SEARCH_CHANGED || !message.payload) return;
        const space = message.payload.indexOf(' ');
        const version = BigInt(space < 0 ? message.payload : message.payload.slice(0, space));
        this.remember(version, space < 0 ? '*' : message.payload.slice(space + 1));
        if (version > this.notified) this.notified = version;
        if (this.heard !== null && version > this.heard) this.heard = version;
      });
      client.on('error', (error) => {
        this.log.warn(`search change listener lost (${error.message}); reconnecting`);
        this.drop(error);
        setTimeout(() => void this.listen(), RECONNECT_MS).unref();
      });
      await client.query(`LISTEN ${SEARCH_CHANGED}`);
      // Listening first, then reading: no commit falls between the two unseen.
      const { rows } = await client.query<{ version: string }>('SELECT version FROM search_state WHERE id = 1');
      const version = BigInt(rows[0].version);
      this.heard = this.notified > version ? this.notified : version;
      if (this.closed) this.drop();
    } catch (error) {
      this.drop(error as Error);
    }
  }

  private drop(error?: Error): void {
    this.heard = null;
    const client = this.client;
    this.client = undefined;
    client?.removeAllListeners('notification');
    client?.release(error ?? true);
  }

  private async read(): Promise<bigint> {
    const [{ version }] = await this.dataSource.query('SELECT version FROM search_state WHERE id = 1');
    return BigInt(version);
  }
}
