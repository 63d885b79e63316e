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

  /** Runs `handler` for the queue's jobs; a handler that throws fails the job. */
  async work<T>(name: string, handler: (jobs: Job<T>[]) => Promise<unknown>): Promise<string> {
    return this.boss.work<T>(name, handler);
  }
}
