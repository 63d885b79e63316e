import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@app/shared';
import { MIGRATIONS } from './migrations/index.js';

export interface DatabaseModuleOptions {
  /** Run pending migrations on start (the API does; the worker waits for it). */
  runMigrations: boolean;
}

/** The TypeORM connection. Entities are registered by each context with `TypeOrmModule.forFeature`. */
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            type: 'postgres' as const,
            url: config.databaseUrl,
            autoLoadEntities: true,
            synchronize: false,
            // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
            uuidExtension: 'pgcrypto' as const,
            installExtensions: false,
            migrations: MIGRATIONS,
            migrationsRun: options.runMigrations,
            migrationsTransactionMode: 'all' as const,
            extra: { max: 20, application_name: 'srdi' },
          }),
        }),
      ],
    };
  }
}
