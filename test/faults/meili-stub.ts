import type { IncomingMessage } from 'node:http';
import type { MeiliDocument } from '@app/search';
import { JsonServer } from '../support/local-server.js';

interface Task {
  taskUid: number;
  indexUid: string | null;
  type: string;
  enqueuedAt: string;
  status: 'enqueued' | 'succeeded' | 'failed';
  apply: () => void;
}

/**
 * A local HTTP stand-in for the Meilisearch server, for the calls the worker's sync makes through
 * the real SDK (MEILI_URL): indexes, settings, document upserts and deletes, swaps and tasks. Like
 * Meilisearch, a write is a task applied later, in order, whether or not the client is still there
 * to poll it: a worker killed while waiting leaves its write to land anyway.
 */
export class MeiliStub {
  readonly indexes = new Map<string, Map<string, MeiliDocument>>();
  private readonly tasks: Task[] = [];
  private readonly server = new JsonServer((req) => this.handle(req));
  private lastDoneAt = 0;
  /** Each task's processing time in ms (a window in which a kill finds the write sent but not confirmed). */
  taskMs: () => number = () => 20;
  writes = 0;

  async start(): Promise<string> {
    return this.server.start();
  }

  async stop(): Promise<void> {
    await this.server.stop();
  }

  live(uid = 'listings'): Map<string, MeiliDocument> {
    return this.indexes.get(uid) ?? new Map();
  }

  /** Tasks not yet applied. */
  get pending(): number {
    return this.tasks.filter((t) => t.status === 'enqueued').length;
  }

  private async handle(req: IncomingMessage): Promise<[number, unknown]> {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const body = raw ? JSON.parse(raw) : undefined;
    const url = new URL(req.url ?? '/', 'http://stub');
    const parts = url.pathname.split('/').filter(Boolean);
    const method = req.method ?? 'GET';
    if (parts[0] === 'tasks' && parts.length === 2) {
      const task = this.tasks[Number(parts[1])];
      if (!task) return [404, { code: 'task_not_found', message: 'no such task' }];
      return [200, { uid: task.taskUid, indexUid: task.indexUid, type: task.type, status: task.status }];
    }
    if (parts[0] === 'swap-indexes' && method === 'POST') {
      const [a, b] = (body as Array<{ indexes: [string, string] }>)[0].indexes;
      return this.enqueue(null, 'indexSwap', () => {
        const first = this.indexes.get(a) ?? new Map();
        this.indexes.set(a, this.indexes.get(b) ?? new Map());
        this.indexes.set(b, first);
      });
    }
    if (parts[0] === 'indexes' && parts.length === 1 && method === 'POST') {
      const uid = (body as { uid: string }).uid;
      return this.enqueue(uid, 'indexCreation', () => {
        if (!this.indexes.has(uid)) this.indexes.set(uid, new Map());
      });
    }
    if (parts[0] !== 'indexes' || parts.length < 2) return [404, { code: 'not_found', message: url.pathname }];
    const uid = parts[1];
    const rest = parts.slice(2).join('/');
    if (rest === '' && method === 'GET') {
      if (!this.indexes.has(uid)) return [404, { code: 'index_not_found', message: `Index \`${uid}\` not found.` }];
      const now = new Date().toISOString();
      return [200, { uid, primaryKey: 'id', createdAt: now, updatedAt: now }];
    }
    if (rest === '' && method === 'DELETE') return this.enqueue(uid, 'indexDeletion', () => this.indexes.delete(uid));
    if (rest === 'settings' && method === 'PATCH') return this.enqueue(uid, 'settingsUpdate', () => undefined);
    if (rest === 'documents' && method === 'POST') {
      const docs = body as MeiliDocument[];
      return this.enqueue(uid, 'documentAdditionOrUpdate', () => {
        const index = this.index(uid);
        for (const doc of docs) index.set(doc.id, doc);
      });
    }
    if (rest === 'documents/delete-batch' && method === 'POST') {
      const ids = body as string[];
      return this.enqueue(uid, 'documentDeletion', () => {
        const index = this.index(uid);
        for (const id of ids) index.delete(id);
      });
    }
    return [404, { code: 'not_found', message: `${method} ${url.pathname}` }];
  }

  private index(uid: string): Map<string, MeiliDocument> {
    if (!this.indexes.has(uid)) this.indexes.set(uid, new Map());
    return this.indexes.get(uid)!;
  }

  /** Queues a task, applied after its processing time and after every task before it. */
  private enqueue(indexUid: string | null, type: string, apply: () => void): [number, unknown] {
    const task: Task = {
      taskUid: this.tasks.length,
      indexUid,
      type,
      enqueuedAt: new Date().toISOString(),
      status: 'enqueued',
      apply,
    };
    this.tasks.push(task);
    if (type.startsWith('document')) this.writes++;
    const doneAt = Math.max(this.lastDoneAt, Date.now()) + this.taskMs();
    this.lastDoneAt = doneAt;
    setTimeout(() => {
      task.apply();
      task.status = 'succeeded';
    }, doneAt - Date.now());
    const { taskUid, enqueuedAt, status } = task;
    return [202, { taskUid, indexUid, status, type, enqueuedAt }];
  }
}
