import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from './support/app.js';

describe('database: migrations and the append-only audit log', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('the committed migrations produce exactly the schema the entities describe', async () => {
    const sql = await t.dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('every migration is applied and none is pending', async () => {
    expect(await t.dataSource.showMigrations()).toBe(false);
  });

  it('refuses UPDATE and DELETE on audit_event', async () => {
    await t.api.enterprise();
    await expect(t.dataSource.query(`UPDATE audit_event SET reason = 'edited'`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('DELETE FROM audit_event')).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('TRUNCATE audit_event')).rejects.toThrow(/append-only/);
    const rows = await t.dataSource.query('SELECT count(*)::int AS n FROM audit_event WHERE reason IS NULL');
    expect(rows[0].n).toBeGreaterThan(0);
  });

  it('uses a UTF-8 ctype, so text functions and pg_trgm work on Chinese', async () => {
    const [row] = await t.dataSource.query(
      `SELECT upper('专精特新abc') AS u, length('专精特新') AS n, datctype AS ctype FROM pg_database WHERE datname = current_database()`,
    );
    expect(row).toEqual({ u: '专精特新ABC', n: 4, ctype: 'C.UTF-8' });
  });
});
