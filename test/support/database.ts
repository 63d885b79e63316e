import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '@app/database';

const TEMPLATE = 'srdi_template';

function serverUrl(): string {
  const url = process.env.SRDI_TEST_PG;
  if (!url)
    throw new Error('SRDI_TEST_PG is not set: run the tests with `npm test` (jest globalSetup starts PostgreSQL)');
  return url;
}

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/**
 * A fresh database for one test file, cloned from a template that is migrated once per run.
 * Real PostgreSQL, the same migrations as production.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const base = serverUrl();
  const admin = new pg.Client({ connectionString: `${base}/postgres` });
  await admin.connect();
  const name = `test_${randomBytes(8).toString('hex')}`;
  try {
    // Serialises template creation and cloning across parallel jest workers.
    await admin.query('SELECT pg_advisory_lock(727001)');
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [TEMPLATE]);
    if (!rowCount) {
      await admin.query(`CREATE DATABASE ${TEMPLATE}`);
      const migrator = new DataSource({
        type: 'postgres',
        url: `${base}/${TEMPLATE}`,
        migrations: MIGRATIONS,
        migrationsTransactionMode: 'all',
      });
      await migrator.initialize();
      await migrator.runMigrations();
      await migrator.destroy();
    }
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE}`);
  } finally {
    await admin.query('SELECT pg_advisory_unlock(727001)').catch(() => undefined);
    await admin.end();
  }
  return handle(base, name);
}

/** An empty database (no schema, no migrations) on the test server, as a fresh install has. */
export async function createEmptyDatabase(): Promise<TestDatabase> {
  const base = serverUrl();
  const admin = new pg.Client({ connectionString: `${base}/postgres` });
  await admin.connect();
  const name = `test_${randomBytes(8).toString('hex')}`;
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return handle(base, name);
}

function handle(base: string, name: string): TestDatabase {
  return {
    url: `${base}/${name}`,
    name,
    drop: async () => {
      const client = new pg.Client({ connectionString: `${base}/postgres` });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
