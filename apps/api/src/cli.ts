import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { type DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { validate } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import {
  backupDatabase,
  countRows,
  DatabaseModule,
  defaultBackupFile,
  type ResolvedDatabase,
  resolveDatabase,
  restoreDatabase,
} from '@app/database';
import { CreateBureauUserDto, IdentityModule, IdentityService } from '@app/identity';
import { ListingsModule, ListingsService } from '@app/listings';
import { SearchSync } from '@app/search';
import { type AppConfig, CoreModule, exitWithStartError, loadConfig } from '@app/shared';
import { fieldErrors } from './http/validation.js';

const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  admin:create --email <email> --password <password> [--name <name>]
      Create a bureau admin (and the bureau organisation if there is none yet).
      An existing bureau user with that email is left unchanged.
  migration:run
      Apply pending database migrations (the API also does this when it starts).
  search:reindex
      Rebuild the search index from the listings: the PostgreSQL search documents, and with
      MEILI_URL set a fresh Meilisearch index swapped in for the live one.
  backup [--file <path>]
      Copy the whole database into one file (default DATA_DIR/backups/srdi-<UTC time>.backup).
      Reads one snapshot: the API may keep running.
  restore --file <path> [--force]
      Load a backup into the database. Stop the API and the worker first. Refuses a database that
      already holds tables unless --force, which deletes everything in it first.

Uses DATABASE_URL, or the embedded PostgreSQL in DATA_DIR (default ./.data) when it is unset.`;

const COMMANDS = ['admin:create', 'migration:run', 'search:reindex', 'backup', 'restore'];

@Module({})
class CliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [
        CoreModule.forRoot(config),
        DatabaseModule.forRoot({ runMigrations: true }),
        IdentityModule,
        ListingsModule,
      ],
    };
  }
}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      password: { type: 'string' },
      name: { type: 'string' },
      file: { type: 'string' },
      force: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  const command = positionals[0];
  if (values.help || !command || !COMMANDS.includes(command)) {
    console.log(USAGE);
    return command && !values.help ? 2 : 0;
  }
  if (command === 'admin:create') {
    const dto = plainToInstance(CreateBureauUserDto, {
      email: values.email,
      password: values.password,
      name: values.name ?? '系统管理员',
      roles: ['admin'],
    });
    const errors = fieldErrors(await validate(dto));
    if (errors.length > 0) {
      console.error(`Invalid input: ${errors.map((e) => e.messages.join(', ')).join('; ')}\n\n${USAGE}`);
      return 2;
    }
  }

  if (command === 'restore' && !values.file) {
    console.error(`restore needs --file <path> of a backup\n\n${USAGE}`);
    return 2;
  }

  const database = await resolveDatabase(loadConfig());
  if (command === 'backup' || command === 'restore') {
    try {
      return await (command === 'backup'
        ? backup(database, values.file)
        : restore(database, values.file!, values.force));
    } catch (error) {
      console.error(`${command === 'backup' ? 'Backup' : 'Restore'} failed: ${(error as Error).message}`);
      return 1;
    } finally {
      await database.stop();
    }
  }
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(database.config), {
    logger: ['error', 'warn'],
  });
  try {
    if (command === 'admin:create') {
      const { created, user } = await app.get(IdentityService).ensureBureauAdmin({
        email: values.email!,
        password: values.password!,
        name: values.name,
      });
      console.log(
        created
          ? `Created bureau admin ${user.email} (${user.id})`
          : `Bureau user ${user.email} already exists; unchanged`,
      );
    } else if (command === 'search:reindex') {
      const started = Date.now();
      const documents = await app.get(ListingsService).rebuildSearchIndex();
      console.log(`Rebuilt ${documents} PostgreSQL search documents`);
      const sync = app.get(SearchSync, { strict: false });
      if (sync) console.log(`Reindexed ${await sync.reindex()} documents into Meilisearch`);
      console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } else {
      console.log('Migrations are up to date');
    }
    return 0;
  } finally {
    await app.close();
    await database.stop();
  }
}

async function backup(database: ResolvedDatabase, file: string | undefined): Promise<number> {
  const target = file ?? defaultBackupFile(database.config.dataDir);
  console.log(`Backing up ${database.description} to ${target}`);
  const summary = await backupDatabase(database.config.databaseUrl!, target, (line) => console.log(line));
  const rows = summary.tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(
    `Wrote ${summary.file}: ${megabytes(summary.bytes)}, ${rows.toLocaleString('en')} rows in ${summary.tables.length} ` +
      `tables, schema at migration ${summary.migrations}, in ${seconds(summary.ms)}`,
  );
  return 0;
}

async function restore(database: ResolvedDatabase, file: string, force = false): Promise<number> {
  if (database.sharedWithPid) {
    console.error(
      `Restore refused: process ${database.sharedWithPid} (the API) runs the embedded PostgreSQL in DATA_DIR: stop it ` +
        `and the worker before a restore`,
    );
    return 1;
  }
  console.log(`Restoring ${file} into ${database.description}`);
  const url = database.config.databaseUrl!;
  const summary = await restoreDatabase(url, file, { force, log: (line) => console.log(line) });
  const rows = summary.tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(
    `Restored ${summary.file} (${megabytes(summary.bytes)}, made ${summary.createdAt}): ` +
      `${rows.toLocaleString('en')} rows in ${summary.tables.length} tables in ${seconds(summary.ms)}`,
  );
  if (summary.upgradedBy.length > 0) console.log(`Then applied ${summary.upgradedBy.length} newer migrations`);
  console.log(`Now: ${(await countRows(url)).map((c) => `${c.table} ${c.rows.toLocaleString('en')}`).join(', ')}`);
  if (database.config.meili)
    console.log('Meilisearch still holds the old listings: run `npm run cli -- search:reindex`');
  return 0;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

main()
  .then((code) => process.exit(code))
  .catch(exitWithStartError);
