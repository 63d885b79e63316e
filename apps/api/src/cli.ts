import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { type DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { validate } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { DatabaseModule, resolveDatabase } from '@app/database';
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

Uses DATABASE_URL, or the embedded PostgreSQL in DATA_DIR (default ./.data) when it is unset.`;

const COMMANDS = ['admin:create', 'migration:run', 'search:reindex'];

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

  const database = await resolveDatabase(loadConfig());
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

main()
  .then((code) => process.exit(code))
  .catch(exitWithStartError);
