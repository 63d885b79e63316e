/**
 * Generates a migration from the difference between the entities and the migrated schema:
 *   npm run migration:generate -- <PascalCaseName>
 * Starts a throw-away embedded PostgreSQL, applies the existing migrations, asks TypeORM's schema
 * builder for the remaining changes, writes libs/database/src/migrations/<timestamp>-<name>.ts and
 * registers it in migrations/index.ts. Read the result before committing it.
 */
import 'reflect-metadata';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppModule } from '../apps/api/src/app.module.js';
import { ensureDatabaseExists, startEmbeddedPostgres } from '../libs/database/src/index.js';
import { loadConfig, withConfig } from '../libs/shared/src/index.js';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('Usage: npm run migration:generate -- <PascalCaseName>');
  process.exit(2);
}

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../libs/database/src/migrations');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'srdi-migration-'));
const server = await startEmbeddedPostgres({ dir: tmp, persistent: false });
try {
  await ensureDatabaseExists(server.url, 'gen');
  const config = withConfig(loadConfig({ ...process.env, DATA_DIR: tmp, LOG_LEVEL: 'silent' }), {
    databaseUrl: server.databaseUrl('gen'),
  });
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error'] });
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const sql = await dataSource.driver.createSchemaBuilder().log();
  await app.close();
  if (sql.upQueries.length === 0) {
    console.log('The schema matches the entities: no migration needed.');
  } else {
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const q = (query: string) => `        await queryRunner.query(\`${query.replace(/`/g, '\\`')}\`);`;
    const file = `${timestamp}-${name}`;
    writeFileSync(
      path.join(dir, `${file}.ts`),
      `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
    name = '${className}';

    public async up(queryRunner: QueryRunner): Promise<void> {
${sql.upQueries.map((u) => q(u.query)).join('\n')}
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
${sql.downQueries
  .reverse()
  .map((d) => q(d.query))
  .join('\n')}
    }
}
`,
    );
    const indexFile = path.join(dir, 'index.ts');
    const index = readFileSync(indexFile, 'utf8')
      .replace(/\n(\nexport const MIGRATIONS)/, `\nimport { ${className} } from './${file}.js';\n$1`)
      .replace(
        /\[([^\]]*)\];/,
        (_m, list: string) =>
          `[${[
            ...list
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean),
            className,
          ].join(', ')}];`,
      );
    writeFileSync(indexFile, index);
    console.log(
      `Wrote libs/database/src/migrations/${file}.ts (${sql.upQueries.length} statements). Read it, then run npm run format.`,
    );
  }
} finally {
  await server.stop();
}
