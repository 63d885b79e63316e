import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { toMeiliDocument } from '@app/search';
import { FixedClock } from '@app/shared';
import { createTestApp, type TestApp } from '../support/app.js';
import { Marketplace } from '../support/marketplace.js';
import { searchDocuments } from '../support/search-documents.js';
import { seededRandom } from '../support/seeded.js';
import type { TestSession } from '../support/session.js';
import { postWebhook, signedEvent, stripeEnv, StripeStub } from '../support/stripe-stub.js';
import { openProgramme, verifiedEnterprise } from '../support/voucher-programs.js';
import { MeiliStub } from './meili-stub.js';
import { ChildApp, childEnv, killsPerScenario, report, SCENARIO_TIMEOUT_MS, until } from './processes.js';

const SEED = Number(process.env.FAULTS_SEED ?? 20261202);
const random = seededRandom(SEED);
const KILLS = killsPerScenario(3, 12);
const ROUNDS = '/api/v1/award-rounds';

/**
 * The real worker process (apps/worker/src/main.ts) on a test database, SIGKILLed at seeded random
 * instants while it syncs the search outbox to Meilisearch, expires vouchers, sends refunds to
 * Stripe and computes an award round, then started again: afterwards the index equals
 * search_document, ledger-check is ok, each refund reached Stripe once (Stripe's Idempotency-Key
 * dedupe counted as Stripe counts it), and the award job is done, or failed and computed on a re-run.
 * Meilisearch and Stripe are local HTTP stand-ins the worker reaches through MEILI_URL and
 * STRIPE_API_URL; the work is made through the API (in this process) on the same database.
 */
describe(`the worker killed with SIGKILL at random points (seed ${SEED}, ${KILLS} kills per scenario)`, () => {
  const clock = new FixedClock(new Date('2025-03-01T02:00:00Z'));
  const stripe = new StripeStub();
  const meili = new MeiliStub();
  let t: TestApp;
  let worker: ChildApp;
  let m: Marketplace;
  let admin: TestSession;
  let reviewer: TestSession;
  let enterprises: TestSession[];

  const count = async (sql: string, params: unknown[] = []): Promise<number> =>
    (await t.dataSource.query(sql, params))[0].n;

  /** Starts the worker, SIGKILLs it `delay()` ms after it is ready, `kills` times; the work is made by `before` each time. */
  async function killRepeatedly(kills: number, delay: () => number, before?: () => Promise<void>): Promise<number[]> {
    const delays: number[] = [];
    for (let k = 0; k < kills; k++) {
      await before?.();
      const ms = Math.round(delay());
      delays.push(ms);
      await worker.start();
      await sleep(ms);
      await worker.kill();
    }
    return delays;
  }

  beforeAll(async () => {
    const [stripeUrl, meiliUrl] = await Promise.all([stripe.start(), meili.start()]);
    // MEILI_URL: every search write also enqueues its listing in the outbox the worker drains.
    const env = { ...stripeEnv(stripeUrl), MEILI_URL: meiliUrl, LOG_LEVEL: 'error' };
    t = await createTestApp({ clock, env });
    worker = new ChildApp('worker', childEnv(t.database.url, { ...env, LOG_LEVEL: 'info' }));
    admin = await t.api.bureauAdmin();
    reviewer = await t.api.bureauUser('reviewer');
    m = new Marketplace(t.api, reviewer);
    enterprises = [];
    for (let i = 0; i < 6; i++) enterprises.push(await verifiedEnterprise(t.api, reviewer, 'srdi', 2025));
  }, 180_000);

  afterAll(async () => {
    await worker?.stop();
    await t?.close();
    await Promise.all([stripe.stop(), meili.stop()]);
  });

  it(
    'search sync: the Meilisearch index equals search_document after kills while listings change',
    async () => {
      const started = Date.now();
      const providers = [await m.provider(), await m.provider()];
      const listings: Array<{ id: string; owner: TestSession; published: boolean; n: number }> = [];
      for (const owner of providers) {
        for (let i = 0; i < 6; i++) {
          const { id } = await m.listing(owner, { title: `专利检索服务 ${listings.length}` });
          listings.push({ id, owner, published: true, n: 0 });
        }
      }
      // Each Meilisearch task takes 10-60 ms: the worker is often killed with a write sent but not confirmed.
      meili.taskMs = () => 10 + random() * 50;
      let writing = true;
      let changes = 0;
      const writer = (async () => {
        while (writing) {
          const l = listings[Math.floor(random() * listings.length)];
          const roll = random();
          const path = `/api/v1/listings/${l.id}`;
          if (!l.published) {
            await l.owner.post(`${path}/publish`).expect(200);
            l.published = true;
          } else if (roll < 0.2) {
            await l.owner.post(`${path}/unpublish`).expect(200);
            l.published = false;
          } else {
            l.n++;
            await l.owner
              .patch(path, { title: `专利检索服务 ${l.id.slice(0, 4)} v${l.n}`, priceFen: 100_000 + l.n * 100 })
              .expect(200);
          }
          changes++;
          await sleep(5);
        }
      })();
      const delays = await killRepeatedly(KILLS, () => random() * 1500);
      writing = false;
      await writer;
      await worker.start();
      await until(
        'the outbox to drain',
        async () => (await count('SELECT count(*)::int AS n FROM search_outbox')) === 0,
      );
      await until('Meilisearch to apply its tasks', async () => meili.pending === 0);
      await worker.stop();

      const docs = await searchDocuments(t.dataSource);
      const expected = Object.fromEntries(docs.map((d) => [d.id, JSON.parse(JSON.stringify(toMeiliDocument(d)))]));
      expect(Object.fromEntries([...meili.live()].sort())).toEqual(expected);
      // And search_document is the listings as they are: the published ones, with their current title and price.
      const published = await t.dataSource.query(
        `SELECT id, title, price_fen::int AS "priceFen" FROM listing WHERE status = 'published' ORDER BY id`,
      );
      expect(docs.map((d) => ({ id: d.id, title: d.title, priceFen: d.priceFen }))).toEqual(published);
      expect(docs.length).toBe(listings.filter((l) => l.published).length);
      report(
        `search sync: ${worker.kills} kills survived (after ${delays.join(', ')} ms), ${changes} listing changes, ` +
          `${meili.writes} Meilisearch writes, ${docs.length} documents equal; ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    },
    SCENARIO_TIMEOUT_MS,
  );

  it(
    'voucher expiry: every voucher past validity expires once and ledger-check is ok after kills',
    async () => {
      const started = Date.now();
      const killsBefore = worker.kills;
      clock.set(new Date('2025-03-01T02:00:00Z'));
      const programmes: string[] = [];
      // 2025 programmes: valid until 2025-12-31, so due to expire for the worker's clock (today).
      const issue = async () => {
        clock.set(new Date('2025-06-01T02:00:00Z'));
        const programId = await openProgramme(admin, {
          name: `2025年度服务券 ${programmes.length}`,
          year: 2025,
          applyFrom: '2025-01-01',
          applyUntil: '2025-12-31',
          validFrom: '2025-01-01',
          validUntil: '2025-12-31',
          maxFaceValueFen: 1_000_000,
        });
        programmes.push(programId);
        for (let i = 0; i < 8; i++) {
          await admin
            .post(`/api/v1/voucher-programs/${programId}/bulk-issue`, { tiers: ['srdi'], faceValueFen: 10_000 + i })
            .expect(200);
        }
      };
      const active = () => count(`SELECT count(*)::int AS n FROM voucher WHERE status = 'active'`);
      const delays = await killRepeatedly(KILLS, () => random() * 600, issue);
      const issued = await count('SELECT count(*)::int AS n FROM voucher');
      await worker.start();
      await until('every voucher to expire', async () => (await active()) === 0);
      await worker.stop();

      for (const id of programmes) {
        const check = (await admin.get(`/api/v1/voucher-programs/${id}/ledger-check`).expect(200)).body;
        expect(check).toMatchObject({ ok: true, differences: [] });
      }
      // Each voucher expired exactly once: one expire ledger row and one audit event, its money all expired.
      expect(
        await t.dataSource.query(
          `SELECT v.id FROM voucher v
         WHERE (SELECT count(*) FROM voucher_ledger l WHERE l.voucher_id = v.id AND l.kind = 'expire') <> 1
            OR v.expired_fen <> v.face_value_fen OR v.available_fen <> 0`,
        ),
      ).toEqual([]);
      expect(
        await count(`SELECT count(*)::int AS n FROM audit_event WHERE entity_type = 'voucher' AND action = 'expire'`),
      ).toBe(issued);
      report(
        `voucher expiry: ${worker.kills - killsBefore} kills survived (after ${delays.join(', ')} ms), ${issued} vouchers ` +
          `in ${programmes.length} programmes expired once each, ledger-check ok; ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    },
    SCENARIO_TIMEOUT_MS,
  );

  it(
    'refunds: each requested refund reaches Stripe exactly once however often the sender is killed',
    async () => {
      const started = Date.now();
      const killsBefore = worker.kills;
      clock.set(new Date('2025-04-01T02:00:00Z'));
      const provider = await m.provider();
      const listing = await m.listing(provider);
      let event = 0;
      const orders: string[] = [];
      /** Card-paid orders cancelled while Stripe refused the refund: left `requested` for the worker. */
      const pendingRefunds = async (n: number) => {
        const paid: string[] = [];
        for (let i = 0; i < n; i++) {
          const buyer = enterprises[i % enterprises.length];
          const { id } = await m.order(buyer, listing.id);
          await provider.post(`/api/v1/orders/${id}/accept`).expect(200);
          await buyer.post(`/api/v1/orders/${id}/payments`).expect(200);
          const [{ pi }] = await t.dataSource.query(
            `SELECT stripe_payment_intent_id AS pi FROM payment WHERE order_id = $1`,
            [id],
          );
          const succeeded = signedEvent(`evt_fault_${++event}`, 'payment_intent.succeeded', {
            id: pi,
            object: 'payment_intent',
            amount: 450000,
            amount_received: 450000,
            currency: 'cny',
          });
          await postWebhook(t.api, succeeded).expect(200);
          paid.push(id);
        }
        stripe.failWith = 500;
        stripe.failFinal = true;
        try {
          for (const id of paid) {
            const res = await provider.post(`/api/v1/orders/${id}/cancel`, { reason: '无法履约' }).expect(200);
            expect(res.body.payment.refundStatus).toBe('requested');
          }
        } finally {
          stripe.failWith = null;
          stripe.failFinal = false;
        }
        orders.push(...paid);
      };
      const requested = () => count(`SELECT count(*)::int AS n FROM payment WHERE refund_status = 'requested'`);
      // Stripe makes the refund, then answers 20-80 ms later: a kill in between leaves it made but not recorded.
      stripe.answerDelayMs = () => 20 + random() * 60;
      const refundsBefore = stripe.effects.filter((e) => e.path === '/v1/refunds').length;
      const requestsBefore = stripe.requests.length;
      const delays = await killRepeatedly(
        KILLS,
        () => random() * 8 * 60,
        () => pendingRefunds(8),
      );
      const leftAfterKills = await requested();
      await worker.start();
      await until('every refund to be sent', async () => (await requested()) === 0);
      await worker.stop();
      stripe.answerDelayMs = () => 0;

      const payments: Array<{ pi: string; refundId: string; status: string }> = await t.dataSource.query(
        `SELECT stripe_payment_intent_id AS pi, stripe_refund_id AS "refundId", refund_status AS status
       FROM payment WHERE order_id = ANY($1::uuid[])`,
        [orders],
      );
      const refunds = stripe.effects.filter((e) => e.path === '/v1/refunds').slice(refundsBefore);
      expect(payments).toHaveLength(orders.length);
      expect(refunds).toHaveLength(orders.length);
      for (const p of payments) {
        const made = refunds.filter((r) => r.body.payment_intent === p.pi);
        expect({ pi: p.pi, refunds: made.length, status: p.status }).toEqual({
          pi: p.pi,
          refunds: 1,
          status: 'submitted',
        });
        expect(p.refundId).toBe(made[0].body.id);
      }
      const asked = stripe.requests.slice(requestsBefore).filter((r) => r.path === '/v1/refunds').length;
      report(
        `refunds: ${worker.kills - killsBefore} kills survived (after ${delays.join(', ')} ms), ${orders.length} refunds ` +
          `made once each at Stripe (${asked} requests with their Idempotency-Keys, ${leftAfterKills} left to the last run); ` +
          `${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    },
    SCENARIO_TIMEOUT_MS,
  );

  it(
    'award round: a compute job killed at any point ends done, or failed and done on a re-run',
    async () => {
      const started = Date.now();
      const killsBefore = worker.kills;
      clock.set(new Date('2025-05-01T02:00:00Z'));
      const providers = [await m.provider(), await m.provider()];
      for (const [i, provider] of providers.entries()) {
        const listing = await m.listing(provider);
        for (const buyer of enterprises.slice(0, 2 + i)) await m.completedAndRated(provider, listing.id, buyer, [5, 4]);
      }
      clock.set(new Date('2026-01-10T02:00:00Z'));
      const config = { minServed: 1, minRatings: 1, tiers: [{ fromRank: 1, toRank: 2, amountFen: 10_000_000 }] };
      const roundId = (await admin.post(ROUNDS, { year: 2025, budgetFen: 20_000_000, config }).expect(201)).body.id;
      type Round = { status: string; job_status: string | null; job_error: string | null; facts: number };
      const round = async (): Promise<Round> =>
        (
          await t.dataSource.query(
            `SELECT status, job_status, job_error,
                  (SELECT count(*)::int FROM award_round_facts f WHERE f.round_id = r.id) AS facts
           FROM award_round r WHERE id = $1`,
            [roundId],
          )
        )[0];
      const jobStatus = async (): Promise<string | null> =>
        (await t.dataSource.query(`SELECT job_status FROM award_round WHERE id = $1`, [roundId]))[0].job_status;
      const compute = () => admin.post(`${ROUNDS}/${roundId}/compute`).expect(202);
      const seen: string[] = [];
      const delays = await killRepeatedly(
        KILLS,
        () => random() * 300,
        async () => {
          seen.push((await round()).job_status ?? 'none');
          await compute();
        },
      );
      seen.push((await round()).job_status ?? 'none');

      // One kill at a known point: the job running, its results half stored (a table lock the test holds stops it there).
      await compute();
      const blocker = t.dataSource.createQueryRunner();
      await blocker.connect();
      await blocker.startTransaction();
      const factsBefore = (await round()).facts;
      try {
        await blocker.query('LOCK TABLE award_round_facts IN ACCESS EXCLUSIVE MODE');
        await worker.start();
        // What the round and its jobs were when the wait ended (award_round_facts is locked: not read here).
        const state = async () =>
          JSON.stringify({
            round: await t.dataSource.query(
              `SELECT status, job_status, job_error, job_updated_at FROM award_round WHERE id = $1`,
              [roundId],
            ),
            jobs: await t.dataSource.query(
              `SELECT state, started_on, created_on FROM pgboss.job WHERE singleton_key = $1 ORDER BY created_on`,
              [roundId],
            ),
          });
        await until('the compute job to wait on the lock while storing', async () => {
          const waiting = await count(
            `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
           WHERE c.relname = 'award_round_facts' AND NOT l.granted`,
          );
          return waiting > 0 && (await jobStatus()) === 'running';
        }).catch(async (error: Error) => {
          throw new Error(`${error.message}: ${await state()}`);
        });
        await worker.kill();
      } finally {
        await blocker.rollbackTransaction();
        await blocker.release();
      }
      // Nothing of the killed store transaction is left.
      expect((await round()).facts).toBe(factsBefore);

      await worker.start();
      await until('the killed job to settle (done or failed)', async () =>
        ['done', 'failed'].includes((await round()).job_status ?? ''),
      );
      const settled = await round();
      if (settled.job_status === 'failed') {
        await compute();
        await until('the re-run to finish', async () => (await round()).job_status === 'done');
      }
      await worker.stop();
      const done = (await admin.get(`${ROUNDS}/${roundId}`).expect(200)).body;
      expect(done).toMatchObject({ status: 'computed', jobStatus: 'done', jobPercent: 100, jobError: null });
      expect(done.result.ranked.map((r: { providerId: string }) => r.providerId).sort()).toEqual(
        providers.map((p) => p.orgId).sort(),
      );
      expect((await round()).facts).toBeGreaterThanOrEqual(providers.length);
      // No job of the round is left started by a dead worker.
      expect(
        await count(`SELECT count(*)::int AS n FROM pgboss.job WHERE singleton_key = $1 AND state = 'active'`, [
          roundId,
        ]),
      ).toBe(0);
      report(
        `award round: ${worker.kills - killsBefore} kills survived (after ${delays.join(', ')} ms and one while storing), ` +
          `job states met after kills: ${seen.join(', ')}, after the storing kill: ${settled.job_status} ` +
          `(${settled.job_error ?? 'no error'}), then done; ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    },
    SCENARIO_TIMEOUT_MS,
  );
});
