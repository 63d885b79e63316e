import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { AWARD_JOB_ABANDONED, AWARD_ROUND_COMPUTE_QUEUE, AwardComputeJobs } from '@app/awards';
import { JobQueue } from '@app/jobs';
import { FixedClock } from '@app/shared';
import { AwardComputeJob } from '../apps/worker/src/award-compute.job.js';
import { createTestApp, type TestApp } from './support/app.js';
import { Marketplace } from './support/marketplace.js';
import type { TestSession } from './support/session.js';

const ROUNDS = '/api/v1/award-rounds';
const MISSING = '00000000-0000-4000-8000-000000000000';
const SCORES = { overall: 5, professionalism: 4, timeliness: 4, effectiveness: 5, value: 4 };
const CONFIG = { minServed: 1, minRatings: 1, tiers: [{ fromRank: 1, toRank: 1, amountFen: 10_000_000 }] };

/**
 * Computing a round as a pg-boss job (API.md "Awards"): the API queues it (202, nothing computed in
 * the request), the worker's handler runs it on the test database and records running, done or
 * failed with the error; a failed round is queued again by POSTing compute.
 * World (2025): provider A served by E1 and E2, each rating 5.
 */
describe('award round computation as a worker job (real PostgreSQL, pg-boss)', () => {
  let t: TestApp;
  let admin: TestSession;
  let reviewer: TestSession;
  let provider: TestSession;
  let enterprise: TestSession;
  let worker: AwardComputeJob;
  const clock = new FixedClock(new Date('2025-03-01T02:00:00Z'));
  let roundId: string;

  const round = async () => (await admin.get(`${ROUNDS}/${roundId}`).expect(200)).body;
  const jobRows = async () =>
    t.dataSource.query<Array<{ state: string }>>(
      `SELECT state FROM pgboss.job WHERE name = $1 AND singleton_key = $2 ORDER BY created_on`,
      [AWARD_ROUND_COMPUTE_QUEUE, roundId],
    );
  /** Polls the round until its job leaves queued/running (the worker polls pg-boss every 2 s). */
  async function settled(): Promise<Record<string, unknown>> {
    for (const deadline = Date.now() + 20_000; Date.now() < deadline; await sleep(200)) {
      const body = await round();
      if (body.jobStatus === 'done' || body.jobStatus === 'failed') return body;
    }
    throw new Error('the compute job did not finish in 20 s');
  }

  beforeAll(async () => {
    t = await createTestApp({ clock });
    admin = await t.api.bureauAdmin();
    reviewer = await t.api.bureauUser('reviewer');
    const m = new Marketplace(t.api, reviewer);
    provider = await m.provider();
    const listingId = (await m.listing(provider)).id;
    clock.set(new Date('2025-04-01T02:00:00Z'));
    for (const buyer of [await t.api.enterprise(), await t.api.enterprise()]) {
      enterprise = buyer;
      const { id } = await m.order(buyer, listingId);
      const path = (action: string) => `/api/v1/orders/${id}/${action}`;
      await provider.post(path('accept')).expect(200);
      await provider.post(path('payments/offline'), { reference: 'BANK-REF-001' }).expect(200);
      await provider.post(path('start')).expect(200);
      await provider.post(path('deliver'), { summary: '已交付' }).expect(200);
      await buyer.post(path('accept-delivery')).expect(200);
      await buyer.post(path('rating'), SCORES).expect(201);
    }
    clock.set(new Date('2026-01-10T02:00:00Z'));
    roundId = (await admin.post(ROUNDS, { year: 2025, budgetFen: 10_000_000, config: CONFIG }).expect(201)).body.id;
    worker = new AwardComputeJob(t.app.get(AwardComputeJobs), t.app.get(JobQueue));
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('only an admin queues a computation', async () => {
    await t.api.request('post', `${ROUNDS}/${roundId}/compute`).expect(401);
    for (const who of [reviewer, provider, enterprise]) await who.post(`${ROUNDS}/${roundId}/compute`).expect(403);
    await admin.post(`${ROUNDS}/${MISSING}/compute`).expect(404);
    expect(await round()).toMatchObject({ jobStatus: null, jobPercent: null, jobError: null, result: null });
  });

  it('answers 202 queued without computing in the request; a double click enqueues once', async () => {
    const res = await admin.post(`${ROUNDS}/${roundId}/compute`).expect(202);
    expect(res.body).toMatchObject({ id: roundId, status: 'draft', jobStatus: 'queued', jobPercent: 0, result: null });
    expect(res.body.jobUpdatedAt).toEqual(expect.any(String));
    await admin.post(`${ROUNDS}/${roundId}/compute`).expect(202);
    expect(await round()).toMatchObject({ status: 'draft', jobStatus: 'queued', result: null, computedAt: null });
    expect(await jobRows()).toEqual([{ state: 'created' }]);
  });

  it('the worker runs the job: running with percents per step, then done at 100 with the result', async () => {
    // Every job write to the round, in order, as PostgreSQL saw them.
    await t.dataSource.query(`
      CREATE TABLE job_log (n serial, status text, percent int);
      CREATE FUNCTION log_job() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN INSERT INTO job_log (status, percent) VALUES (NEW.job_status, NEW.job_percent); RETURN NEW; END $$;
      CREATE TRIGGER award_round_job_log AFTER UPDATE OF job_updated_at ON award_round
        FOR EACH ROW EXECUTE FUNCTION log_job();
    `);
    await worker.start();
    const body = await settled();
    expect(body).toMatchObject({ status: 'computed', jobStatus: 'done', jobPercent: 100, jobError: null });
    expect(body.result).toMatchObject({
      eligibleCount: 1,
      ranked: [{ providerId: provider.orgId, awardFen: 10_000_000 }],
    });
    expect(await jobRows()).toEqual([{ state: 'completed' }]);
    const log = await t.dataSource.query(`SELECT status, percent FROM job_log ORDER BY n`);
    expect(log.map((r: { status: string; percent: number }) => `${r.status} ${r.percent}`)).toEqual([
      'running 0',
      'running 10',
      'running 50',
      'running 80',
      'done 100',
    ]);
  }, 30_000);

  it('a failing computation marks the round failed with its error, and it can be queued again', async () => {
    // The configuration became invalid behind the service's back: the weights no longer add up to 1.
    await t.dataSource.query(
      `UPDATE award_round SET config = jsonb_set(config, '{weights,served}', '0.9') WHERE id = $1`,
      [roundId],
    );
    await admin.post(`${ROUNDS}/${roundId}/compute`).expect(202);
    const failed = await settled();
    expect(failed).toMatchObject({ status: 'computed', jobStatus: 'failed' });
    expect(failed.jobError).toMatch(/weight/i);
    expect((await jobRows()).map((j) => j.state)).toEqual(['completed', 'failed']);

    await t.dataSource.query(
      `UPDATE award_round SET config = jsonb_set(config, '{weights,served}', '0.4') WHERE id = $1`,
      [roundId],
    );
    const again = await admin.post(`${ROUNDS}/${roundId}/compute`).expect(202);
    expect(again.body).toMatchObject({ jobStatus: 'queued', jobPercent: 0, jobError: null });
    expect(await settled()).toMatchObject({ jobStatus: 'done', jobPercent: 100, jobError: null });
  }, 60_000);

  it('the exported handler runs in-process; a failure is recorded and rethrown so pg-boss fails the job', async () => {
    const awards = t.app.get(AwardComputeJobs);
    const data = { roundId, actor: { userId: admin.user.id, orgId: admin.orgId } };
    await new AwardComputeJob(awards, t.app.get(JobQueue)).handle([{ id: 'in-process', data }]);
    expect(await round()).toMatchObject({ jobStatus: 'done', jobPercent: 100 });

    await t.dataSource.query(`UPDATE award_round SET status = 'published' WHERE id = $1`, [roundId]);
    await admin.post(`${ROUNDS}/${roundId}/compute`).expect(409);
    await expect(new AwardComputeJob(awards, t.app.get(JobQueue)).handle([{ id: 'x', data }])).rejects.toThrow(
      /published/,
    );
    expect(await round()).toMatchObject({ jobStatus: 'failed', jobError: expect.stringMatching(/published/) });
  });

  it('a job that died with its worker is marked failed (running with no compute lock held, queued with no job left)', async () => {
    const awards = t.app.get(AwardComputeJobs);
    const setJob = (status: string, updatedAt: Date) =>
      t.dataSource.query(
        `UPDATE award_round SET job_status = $2, job_error = NULL, job_updated_at = $3 WHERE id = $1`,
        [roundId, status, updatedAt],
      );
    // Running while a live worker (a connection of its own) holds the round's compute lock: left alone.
    const live = new pg.Client({ connectionString: t.database.url });
    await live.connect();
    await live.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [`award-round-compute:${roundId}`]);
    await setJob('running', clock.now());
    expect(await awards.failAbandoned()).toBe(0);
    expect(await round()).toMatchObject({ jobStatus: 'running' });
    // Its connection gone (the process killed): failed, and the round can be computed again.
    await live.end();
    expect(await awards.failAbandoned()).toBe(1);
    expect(await round()).toMatchObject({ jobStatus: 'failed', jobError: AWARD_JOB_ABANDONED });

    // Queued a minute ago but no job waits (the API stopped before sending it): failed; just queued: left alone.
    await setJob('queued', new Date(clock.now().getTime() - 60_000));
    expect(await awards.failAbandoned()).toBe(1);
    expect(await round()).toMatchObject({ jobStatus: 'failed', jobError: AWARD_JOB_ABANDONED });
    await setJob('queued', clock.now());
    expect(await awards.failAbandoned()).toBe(0);
    expect(await round()).toMatchObject({ jobStatus: 'queued' });
  });
});
