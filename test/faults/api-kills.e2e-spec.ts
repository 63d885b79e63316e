import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../support/app.js';
import { Marketplace } from '../support/marketplace.js';
import { seededRandom } from '../support/seeded.js';
import type { TestSession } from '../support/session.js';
import { issuedVoucher, openProgramme, verifiedEnterprise } from '../support/voucher-programs.js';
import { freePort } from '../support/local-server.js';
import { ChildApp, childEnv, killsPerScenario, report, SCENARIO_TIMEOUT_MS } from './processes.js';

const SEED = Number(process.env.FAULTS_SEED ?? 20261203);
const random = seededRandom(SEED);
const KILLS = killsPerScenario(3, 12);
const IN_FLIGHT = 16;

interface Sent {
  kind: 'create' | 'accept' | 'cancel';
  status: number | 'cut';
}

/**
 * The real API process (apps/api/src/main.ts) SIGKILLed at seeded random instants while it takes
 * concurrent order creations with voucher holds (with Idempotency-Keys), acceptances and
 * cancellations that release holds; restarted each time. Afterwards nothing is half written:
 * every order has its events and audit rows, its hold as its status says, ledger-check is ok,
 * and every creation retried with its key gives one order, never two.
 */
describe(`the API killed with SIGKILL under load (seed ${SEED}, ${KILLS} kills)`, () => {
  let t: TestApp;
  let api: ChildApp;
  let base: string;
  let programId: string;
  let provider: TestSession;
  let listingId: string;
  const buyers: Array<{ session: TestSession; voucherId: string }> = [];

  beforeAll(async () => {
    // The work is set up through an in-process API on the same database; the load goes to the child.
    t = await createTestApp();
    const admin = await t.api.bureauAdmin();
    const reviewer = await t.api.bureauUser('reviewer');
    const m = new Marketplace(t.api, reviewer);
    programId = await openProgramme(admin, { name: '故障测试服务券' });
    provider = await m.provider();
    listingId = (await m.listing(provider)).id;
    for (let i = 0; i < 6; i++) {
      const session = await verifiedEnterprise(t.api, reviewer, 'srdi', 2025);
      buyers.push({ session, voucherId: await issuedVoucher(session, reviewer, programId, 20_000_000) });
    }
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    api = new ChildApp('api', childEnv(t.database.url, { PORT: String(port), LOG_LEVEL: 'error' }));
  }, 180_000);

  afterAll(async () => {
    await api?.stop();
    await t?.close();
  });

  const call = async (session: TestSession, path: string, body: object, key?: string): Promise<Response> =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${session.token}`,
        'content-type': 'application/json',
        ...(key ? { 'idempotency-key': key } : {}),
      },
      body: JSON.stringify(body),
    });

  const creations: Array<{ buyer: number; key: string; requirement: string }> = [];

  /** Keeps IN_FLIGHT requests going until the process dies; what each answered (or 'cut'). */
  async function load(onAnswer: () => void): Promise<Sent[]> {
    const sent: Sent[] = [];
    let alive = true;
    const open = await t.dataSource.query<Array<{ id: string; status: string; enterprise_id: string }>>(
      `SELECT id, status, enterprise_id FROM service_order WHERE status IN ('requested', 'confirmed')`,
    );
    const one = async (): Promise<void> => {
      const roll = random();
      const b = Math.floor(random() * buyers.length);
      const buyer = buyers[b];
      let kind: Sent['kind'] = 'create';
      let request: () => Promise<Response>;
      const mine = open.filter((o) => o.enterprise_id === buyer.session.orgId);
      if (roll < 0.25 && open.some((o) => o.status === 'requested')) {
        const o = open.splice(
          open.findIndex((x) => x.status === 'requested'),
          1,
        )[0];
        kind = 'accept';
        request = () => call(provider, `/api/v1/orders/${o.id}/accept`, {});
      } else if (roll < 0.45 && mine.length) {
        const o = mine[Math.floor(random() * mine.length)];
        open.splice(open.indexOf(o), 1);
        kind = 'cancel';
        request = () => call(buyer.session, `/api/v1/orders/${o.id}/cancel`, { reason: '需求变更' });
      } else {
        const n = creations.length;
        const creation = { buyer: b, key: `fault-create-${SEED}-${n}`, requirement: `故障测试第${n}单，需要专利检索` };
        creations.push(creation);
        request = () =>
          call(
            buyer.session,
            '/api/v1/orders',
            { listingId, requirement: creation.requirement, voucherId: buyer.voucherId },
            creation.key,
          );
      }
      try {
        const res = await request();
        const body = (await res.json()) as { id: string; status: string };
        if (kind === 'create' && res.status === 201)
          open.push({ id: body.id, status: body.status, enterprise_id: buyer.session.orgId });
        sent.push({ kind, status: res.status });
        onAnswer();
      } catch {
        sent.push({ kind, status: 'cut' });
        alive = false;
      }
    };
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (alive) await one();
      }),
    );
    return sent;
  }

  it(
    'after kills mid-request: no partial writes, holds and ledger agree, retried creations make one order',
    async () => {
      const started = Date.now();
      const answered: Record<string, number> = {};
      const delays: number[] = [];
      for (let k = 0; k < KILLS; k++) {
        await api.start();
        // The kill comes a random time after the first answer (a fresh process answers slowly at
        // first), so it finds requests done, half done and just arrived.
        let answered1st: () => void = () => undefined;
        const firstAnswer = new Promise<void>((resolve) => (answered1st = resolve));
        const ms = Math.round(random() * 1500);
        delays.push(ms);
        const running = load(() => answered1st());
        const giveUp = setTimeout(answered1st, 30_000);
        await firstAnswer;
        clearTimeout(giveUp);
        await sleep(ms);
        await api.kill();
        for (const s of await running) {
          const key = `${s.kind} ${s.status}`;
          answered[key] = (answered[key] ?? 0) + 1;
        }
      }
      expect(Object.keys(answered).filter((k) => /\s5\d\d$/.test(k))).toEqual([]);
      expect(Object.entries(answered).filter(([k, n]) => k.endsWith('cut') && n > 0).length).toBeGreaterThan(0);

      await api.start();
      // Runs killed after claiming their key hold it for a minute: end those leases as if it had passed.
      await t.dataSource.query(`UPDATE idempotency_key SET leased_until = now() WHERE completed_at IS NULL`);
      const retried = await Promise.all(
        creations.map(async (c) => {
          const buyer = buyers[c.buyer];
          const body = { listingId, requirement: c.requirement, voucherId: buyer.voucherId };
          const res = await call(buyer.session, '/api/v1/orders', body, c.key);
          return { status: res.status, body: (await res.json()) as { code?: string } };
        }),
      );
      await api.stop();
      // The voucher may run out, but a retry never fails otherwise.
      expect(retried.filter((r) => r.status !== 201 && r.body.code !== 'VOUCHER_NOTHING_AVAILABLE')).toEqual([]);

      // One order per creation, whichever run made it.
      const perRequirement = await t.dataSource.query<Array<{ requirement: string; n: number }>>(
        `SELECT requirement, count(*)::int AS n FROM service_order GROUP BY requirement HAVING count(*) > 1`,
      );
      expect(perRequirement).toEqual([]);
      // Every order has its whole history: events from 'requested' to its status, one audit row each.
      const broken = await t.dataSource.query(
        `SELECT o.id, o.status,
              (SELECT count(*)::int FROM order_event e WHERE e.order_id = o.id) AS events,
              (SELECT count(*)::int FROM audit_event a WHERE a.entity_type = 'order' AND a.entity_id = o.id) AS audits,
              (SELECT e.action FROM order_event e WHERE e.order_id = o.id ORDER BY e.created_at, e.id LIMIT 1) AS first,
              (SELECT e.to_status FROM order_event e WHERE e.order_id = o.id ORDER BY e.created_at DESC, e.id DESC LIMIT 1) AS last
       FROM service_order o`,
      );
      expect(
        broken.filter(
          (o: { status: string; events: number; audits: number; first: string; last: string }) =>
            o.events === 0 || o.events !== o.audits || o.first !== 'requested' || o.last !== o.status,
        ),
      ).toEqual([]);
      // Each voucher order has exactly its hold, held or released as its status says; vouchers' held money is the holds'.
      const holds = await t.dataSource.query(
        `SELECT o.id, o.status, o.voucher_fen::int AS "voucherFen", h.amount_fen::int AS "holdFen", h.status AS hold
       FROM service_order o LEFT JOIN voucher_hold h ON h.order_id = o.id WHERE o.voucher_id IS NOT NULL`,
      );
      const wrongHolds = holds.filter(
        (h: { status: string; voucherFen: number; holdFen: number | null; hold: string | null }) =>
          h.holdFen !== h.voucherFen ||
          h.hold !== (['cancelled', 'declined', 'expired'].includes(h.status) ? 'released' : 'held'),
      );
      expect(wrongHolds).toEqual([]);
      expect(
        await t.dataSource.query(
          `SELECT v.id FROM voucher v WHERE v.held_fen <>
           (SELECT coalesce(sum(h.amount_fen), 0) FROM voucher_hold h WHERE h.voucher_id = v.id AND h.status = 'held')`,
        ),
      ).toEqual([]);
      const admin = await t.api.bureauAdmin();
      const check = (await admin.get(`/api/v1/voucher-programs/${programId}/ledger-check`).expect(200)).body;
      expect(check).toMatchObject({ ok: true, differences: [] });

      const orders = (await t.dataSource.query(`SELECT count(*)::int AS n FROM service_order`))[0].n;
      report(
        `API: ${api.kills} kills survived under ${IN_FLIGHT} requests in flight (after ${delays.join(', ')} ms); answers: ` +
          `${Object.entries(answered)
            .sort()
            .map(([k, n]) => `${k}: ${n}`)
            .join(', ')}; ${creations.length} creations retried with their keys, ${orders} orders, ` +
          `${holds.length} holds, ${check.ledgerRows} ledger rows consistent; ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    },
    SCENARIO_TIMEOUT_MS,
  );
});
