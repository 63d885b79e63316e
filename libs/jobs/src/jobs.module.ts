import { type DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '@app/shared';
import { JobQueue } from './job-queue.js';

/** Background jobs on pg-boss, in the app's own database (schema `pgboss`, created by pg-boss). */
@Module({})
export class JobsModule {
  static forRoot(options: { supervise: boolean }): DynamicModule {
    return {
      module: JobsModule,
      global: true,
      providers: [
        {
          provide: JobQueue,
          inject: [AppConfig],
          useFactory: (config: AppConfig) => {
            if (!config.databaseUrl) throw new Error('JobsModule needs the resolved database URL');
            return new JobQueue({ databaseUrl: config.databaseUrl, supervise: options.supervise });
          },
        },
      ],
      exports: [JobQueue],
    };
  }
}
