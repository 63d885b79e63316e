import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { type DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { validate } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { DatabaseModule, resolveDatabase } from '@app/database';
import { CreateBureauUserDto, IdentityModule, IdentityService } from '@app/identity';
import { type AppConfig, CoreModule, exitWithStartError, loadConfig } from '@app/shared';
import { fieldErrors } from './http/validation.js';

const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  admin:create --email <email> --password <password> [--name <name>]
      Create a bureau admin (and the bureau organisation if there is none yet).
      An existing bureau user with that email is left unchanged.
  migration:run
      Apply pending database migrations (the API also does this when it starts).

Uses DATABASE_URL, or the embedded PostgreSQL in DATA_DIR (default ./.data) when it is unset.`;

@Module({})
class CliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [CoreModule.forRoot(config), DatabaseModule.forRoot({ runMigrations: true }), IdentityModule],
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
  if (values.help || !command || !['admin:create', 'migration:run'].includes(command)) {
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
