import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from './support/app.js';
import type { TestSession } from './support/session.js';

describe('errors when the database goes away', () => {
  let t: TestApp;
  let session: TestSession;
  beforeAll(async () => {
    t = await createTestApp();
    session = await t.api.enterprise();
    // Every query fails from here on, as when the database server is lost.
    const admin = new pg.Client({ connectionString: `${process.env.SRDI_TEST_PG}/postgres` });
    await admin.connect();
    await admin.query(`ALTER DATABASE ${t.database.name} ALLOW_CONNECTIONS false`);
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [t.database.name]);
    await admin.end();
  });
  afterAll(async () => {
    await t.close();
  });

  it('an authenticated request answers 500 with an errorId and no stack or SQL', async () => {
    const res = await session.get('/api/v1/me').expect(500);
    expect(res.body).toEqual({
      statusCode: 500,
      code: 'INTERNAL_ERROR',
      message: 'Something went wrong on our side',
      errorId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(res.text).not.toMatch(/at .*\.(js|ts):\d+|Error:|connection|database/i);
  });

  it('GET /health answers 503 DATABASE_UNAVAILABLE', async () => {
    const res = await t.api.request('get', '/health').expect(503);
    expect(res.body).toMatchObject({ statusCode: 503, code: 'DATABASE_UNAVAILABLE' });
  });
});
