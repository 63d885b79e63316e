import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import PgBoss from 'pg-boss';

export type Job<T> = PgBoss.Job<T>;
export type JobSendOptions = PgBoss.SendOptions;
export type JobQueueOptions = Omit<PgBoss.Queue, 'name'>;

export interface JobQueueSettings {
  /** The database pg-boss keeps its `pgboss` schema in (the app's own). */
  databaseUrl: string;
  /** Run pg-boss maintenance (expiry, archiving): the worker does, the API only sends. */
  supervise: boolean;
}

/** One pg-boss instance per process, started with the module and stopped on shutdown. */
@Injectable()
export class JobQueue implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private readonly boss: PgBoss;
  private readonly queues = new Map<string, Promise<void>>();

  constructor(settings: JobQueueSettings) {
    this.boss = new PgBoss({
      connectionString: settings.databaseUrl,
      max: 4,
      application_name: 'srdi-jobs',
      supervise: settings.supervise,
      schedule: false,
    });
    this.boss.on('error', (error) => this.logger.error(`pg-boss: ${error.message}`));
  }

  async onModuleInit(): Promise<void> {
    await this.boss.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.boss.stop({ graceful: true, timeout: 10_000 });
  }

  /** Declares a queue (once per process; pg-boss keeps an existing one as it is). */
  queue(name: string, options: JobQueueOptions = {}): Promise<void> {
    let created = this.queues.get(name);
    if (!created) {
      created = this.boss.createQueue(name, { ...options, name });
      created.catch(() => this.queues.delete(name));
      this.queues.set(name, created);
    }
    return created;
  }

  /** Enqueues a job; null when the queue's policy refused it (a job with that singletonKey already waits). */
  async send<T extends object>(name: string, data: T, options: JobSendOptions = {}): Promise<string | null> {
    return this.boss.send(name, data, options);
  }

  /**
   * Whether a job of the queue with this singletonKey waits to run (created or retry) or was started
   * less than `graceMs` ago (its worker may still be getting to it).
   */
  async hasLiveJob(name: string, singletonKey: string, graceMs: number): Promise<boolean> {
    const { rows } = await this.boss.getDb().executeSql(
      `SELECT EXISTS (
         SELECT 1 FROM pgboss.job WHERE name = $1 AND singleton_key = $2
           AND (state IN ('created', 'retry') OR (state = 'active' AND started_on > now() - make_interval(secs => $3)))
       ) AS live`,
      [name, singletonKey, graceMs / 1000],
    );
    return rows[0].live === true;
  }

  /** Fails the jobs of the queue with this singletonKey still marked started: the caller knows their worker is gone. */
  async failStarted(name: string, singletonKey: string, message: string): Promise<number> {
    const { rows } = await this.boss
      .getDb()
      .executeSql(`SELECT id FROM pgboss.job WHERE name = $1 AND singleton_key = $2 AND state = 'active'`, [
        name,
        singletonKey,
      ]);
    const ids = rows.map((r: { id: string }) => r.id);
    for (const id of ids) await this.boss.fail(name, id, { message });
    return ids.length;
  }

  /** Runs `handler` for the queue's jobs; a handler that throws fails the job. */
  async work<T>(name: string, handler: (jobs: Job<T>[]) => Promise<unknown>): Promise<string> {
    return this.boss.work<T>(name, handler);
  }
}
