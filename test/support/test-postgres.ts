// The throw-away PostgreSQL of a test run, started by global-setup.mjs in a process of its own with
// the app's own launcher (libs/database: a user namespace as root, else the postgres user), which a
// plain .mjs global set-up cannot import. Prints `{"url": …}` on one line once ready; stops the server
// and deletes its files on SIGTERM, or when its standard input closes (jest went away).
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '@app/database';

const server = await startEmbeddedPostgres({
  dir: mkdtempSync(path.join(os.tmpdir(), 'srdi-test-pg-')),
  persistent: false,
  password: 'srdi-test',
  // Test databases are tiny: PostgreSQL's stock 128 MB of shared buffers, not the product's 1 GB.
  settings: {
    fsync: 'off',
    synchronous_commit: 'off',
    full_page_writes: 'off',
    max_connections: 400,
    shared_buffers: '128MB',
  },
});

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  server.stop().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop).on('close', stop).resume();
process.stdout.write(`${JSON.stringify({ url: server.url.replace(/\/postgres$/, '') })}\n`);
