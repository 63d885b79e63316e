// Starts one throw-away PostgreSQL for the whole run (plain .mjs: a TypeScript globalSetup fails in
// ESM mode). Each test file then clones its own database from a migrated template (test/support/database.ts).
// The server is started by test/support/test-postgres.ts, in a child process that runs the app's own
// launcher from TypeScript source, so tests start PostgreSQL exactly as `npm start` does.
import { spawn } from 'node:child_process';
import { fileURLToPath, URL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default async function globalSetup() {
  if (process.env.SRDI_TEST_PG) return; // a server given from outside
  const child = spawn(
    process.execPath,
    ['--import', '@swc-node/register/esm-register', 'test/support/test-postgres.ts'],
    { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const { url } = await new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.on('data', (d) => {
      stdout += d;
      if (stdout.includes('\n')) resolve(JSON.parse(stdout.split('\n')[0]));
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      reject(new Error(`The test PostgreSQL did not start (exit code ${code}): ${stderr.trim() || stdout.trim()}`)),
    );
  });
  child.stderr.pipe(process.stderr);
  globalThis.__SRDI_TEST_PG__ = child;
  process.env.SRDI_TEST_PG = url;
}
