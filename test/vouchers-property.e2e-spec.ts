import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  applyMovement,
  type Buckets,
  bucketsHold,
  type CreateVoucherProgramDto,
  EMPTY_BUCKETS,
  type LedgerKind,
  movementOf,
  VoucherHoldsService,
  VoucherIssuanceService,
  VoucherProgramsService,
} from '@app/vouchers';
import { Actor, DomainError, FixedClock, type UserRole } from '@app/shared';
import { createTestApp, type TestApp } from './support/app.js';
import type { TestSession } from './support/session.js';
import { newProgramme, verifiedEnterprise } from './support/voucher-programs.js';

// ---------------------------------------------------------------------------------------------
// The pure model: DOMAIN.md §5 rules 1-5 written out again, moving money only through the rules'
// own movementOf / applyMovement, as the ledger check recomputes it.
// ---------------------------------------------------------------------------------------------

type Step =
  | { kind: 'issue'; enterprise: number; faceFen: number }
  | { kind: 'hold'; pick: number; priceFen: number; again: boolean; foreign: boolean }
  | { kind: 'release'; pick: number }
  | { kind: 'consume'; pick: number }
  | { kind: 'expire' }
  | { kind: 'revoke'; pick: number };

interface Terms {
  budgetFen: number;
  coverageBp: number;
  maxFaceValueFen: number;
  perEnterpriseCapFen: number;
}
interface ModelVoucher {
  id: string;
  enterprise: number;
  faceFen: number;
  status: 'active' | 'expired' | 'revoked';
  buckets: Buckets;
}
interface ModelHold {
  orderId: string;
  voucher: ModelVoucher;
  amountFen: number;
  status: 'held' | 'released' | 'consumed';
}
/** What a step came to: `ok` (with an amount where there is one), a refusal's code, or nothing to do. */
type Outcome = string;

const ENTERPRISES = 3;
const MAX_FACE = 200_000;
const CAP = 300_000;

class VoucherModel {
  committedFen = 0;
  ledgerRows = 0;
  readonly vouchers: ModelVoucher[] = [];
  readonly holds: ModelHold[] = [];
  private readonly issuedTo = new Array<number>(ENTERPRISES).fill(0);

  constructor(readonly terms: Terms) {}

  /** A movement of `amount` (none when 0), as VoucherMoney makes it: buckets, committed, one ledger row. */
  private move(v: ModelVoucher, kind: LedgerKind, amount: number): void {
    if (amount <= 0) return;
    const movement = movementOf(kind, amount);
    v.buckets = applyMovement(v.buckets, movement);
    this.committedFen += movement.committedFen;
    this.ledgerRows++;
  }

  /** Rule 1: face <= max, the enterprise's face values <= cap, committed <= budget. */
  issue(enterprise: number, faceFen: number, id: () => string): Outcome {
    if (faceFen > this.terms.maxFaceValueFen) return 'VOUCHER_FACE_VALUE_EXCEEDED';
    if (this.issuedTo[enterprise] + faceFen > this.terms.perEnterpriseCapFen) return 'VOUCHER_ENTERPRISE_CAP_EXCEEDED';
    if (this.committedFen + faceFen > this.terms.budgetFen) return 'VOUCHER_BUDGET_EXCEEDED';
    const v: ModelVoucher = { id: id(), enterprise, faceFen, status: 'active', buckets: { ...EMPTY_BUCKETS } };
    this.vouchers.push(v);
    this.issuedTo[enterprise] += faceFen;
    this.move(v, 'issue', faceFen);
    return 'ok';
  }

  /**
   * Rule 2: the holder's own active voucher with money left; hold = min(available, floor(price x
   * coverage)). An order already holding is held again at the new price (its hold counts as available).
   */
  hold(v: ModelVoucher, own: boolean, existing: ModelHold | null, orderId: string, priceFen: number): Outcome {
    const heldNow = existing?.amountFen ?? 0;
    if (!own) return 'VOUCHER_NOT_FOUND';
    if (v.status === 'revoked') return 'VOUCHER_REVOKED';
    if (v.status === 'expired') return 'VOUCHER_EXPIRED';
    if (v.buckets.availableFen + heldNow <= 0) return 'VOUCHER_NOTHING_AVAILABLE';
    const amount = Math.min(v.buckets.availableFen + heldNow, Math.floor((priceFen * this.terms.coverageBp) / 10000));
    if (amount === heldNow) return `ok ${amount}`;
    this.move(v, 'release', heldNow);
    this.move(v, 'hold', amount);
    if (existing) existing.amountFen = amount;
    else this.holds.push({ orderId, voucher: v, amountFen: amount, status: 'held' });
    return `ok ${amount}`;
  }

  /** Rule 3 (and 5: on a voucher no longer active, the released money goes on back to the budget). */
  release(h: ModelHold): Outcome {
    if (h.status !== 'held') return 'ok';
    this.move(h.voucher, 'release', h.amountFen);
    if (h.voucher.status !== 'active')
      this.move(h.voucher, h.voucher.status === 'revoked' ? 'revoke' : 'expire', h.amountFen);
    h.status = 'released';
    return 'ok';
  }

  /** Rule 4. */
  consume(h: ModelHold): Outcome {
    if (h.status !== 'held') return 'ok';
    this.move(h.voucher, 'consume', h.amountFen);
    h.status = 'consumed';
    return 'ok';
  }

  /** Rule 5: past validity every active voucher's available money goes back to the budget. */
  expire(): Outcome {
    for (const v of this.vouchers.filter((x) => x.status === 'active')) {
      this.move(v, 'expire', v.buckets.availableFen);
      v.status = 'expired';
    }
    return 'ok';
  }

  revoke(v: ModelVoucher): Outcome {
    if (v.status !== 'active') return 'INVALID_STATE';
    this.move(v, 'revoke', v.buckets.availableFen);
    v.status = 'revoked';
    return 'ok';
  }

  /** The step's target, picked from the model's state (the database's twin); null when there is none. */
  target(step: Step): { voucher?: ModelVoucher; hold?: ModelHold } | null {
    if (step.kind === 'hold' && step.again) {
      const held = this.holds.filter((h) => h.status === 'held');
      if (held.length) return { hold: held[step.pick % held.length], voucher: held[step.pick % held.length].voucher };
    }
    if (step.kind === 'hold' || step.kind === 'revoke')
      return this.vouchers.length ? { voucher: this.vouchers[step.pick % this.vouchers.length] } : null;
    if (step.kind === 'release' || step.kind === 'consume')
      return this.holds.length ? { hold: this.holds[step.pick % this.holds.length] } : null;
    return {};
  }

  /** What must hold after any step, whatever the database says: the list of what does not. */
  problems(): string[] {
    const problems: string[] = [];
    for (const v of this.vouchers) {
      const mine = this.holds.filter((h) => h.voucher === v);
      const heldFen = sumOf(mine.filter((h) => h.status === 'held').map((h) => h.amountFen));
      const consumedFen = sumOf(mine.filter((h) => h.status === 'consumed').map((h) => h.amountFen));
      if (!bucketsHold(v.buckets, v.faceFen)) problems.push(`${v.id}: buckets do not add up to the face value`);
      if (v.buckets.heldFen !== heldFen) problems.push(`${v.id}: held ${v.buckets.heldFen}, holds ${heldFen}`);
      if (v.buckets.consumedFen !== consumedFen)
        problems.push(`${v.id}: consumed ${v.buckets.consumedFen}, holds ${consumedFen}`);
      if (v.status !== 'active' && v.buckets.availableFen !== 0)
        problems.push(`${v.id}: ${v.status} with money available`);
    }
    const committed = sumOf(this.vouchers.map((v) => v.faceFen - v.buckets.expiredFen - v.buckets.revokedFen));
    if (this.committedFen !== committed) problems.push(`committed ${this.committedFen}, vouchers ${committed}`);
    if (this.committedFen < 0 || this.committedFen > this.terms.budgetFen)
      problems.push(`committed ${this.committedFen} outside 0..${this.terms.budgetFen}`);
    return problems;
  }
}

const sumOf = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

const issueArb = fc.record({
  kind: fc.constant('issue' as const),
  enterprise: fc.nat(ENTERPRISES - 1),
  faceFen: fc.integer({ min: 1, max: MAX_FACE + 50_000 }),
});
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: issueArb },
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('hold' as const),
      pick: fc.nat(50),
      priceFen: fc.integer({ min: 1, max: 400_000 }),
      again: fc.boolean(),
      foreign: fc.nat(9).map((n) => n === 0),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('release' as const), pick: fc.nat(50) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('consume' as const), pick: fc.nat(50) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('expire' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('revoke' as const), pick: fc.nat(50) }) },
);
const termsArb: fc.Arbitrary<Terms> = fc.record({
  budgetFen: fc.integer({ min: MAX_FACE, max: 800_000 }),
  coverageBp: fc.integer({ min: 1, max: 10_000 }),
  maxFaceValueFen: fc.constant(MAX_FACE),
  perEnterpriseCapFen: fc.constant(CAP),
});
/** A sequence starts with an issue, so that most steps find a voucher to act on. */
const sequenceArb = (maxLength: number): fc.Arbitrary<Step[]> =>
  fc
    .tuple(issueArb, fc.array(stepArb, { minLength: 5, maxLength, size: 'max' }))
    .map(([first, rest]) => [first, ...rest]);
const SEED = 20261201;

/**
 * Random sequences of issue, hold (and hold again at a new price), release, consume, expire and
 * revoke, run against the real services on real PostgreSQL and, step for step, against a pure
 * model built from the rules' movements. After every step: each voucher's buckets add up to its
 * face value and equal the model's, the programme's committed budget equals the model's, the holds
 * agree, and the ledger check finds no difference. Seeded: a failure replays, shrunk.
 */
describe('voucher money under random sequences of movements (fast-check, real PostgreSQL)', () => {
  let t: TestApp;
  let issuance: VoucherIssuanceService;
  let holds: VoucherHoldsService;
  let programs: VoucherProgramsService;
  let admin: Actor;
  let reviewer: Actor;
  let enterprises: Actor[];
  const today = new Date('2026-06-15T02:00:00Z');
  const pastValidity = new Date('2027-01-01T02:00:00Z');
  const clock = new FixedClock(today);
  let orders = 0;
  // Order ids are made up (the vouchers context does not look orders up), deterministic and unique.
  const nextOrderId = () => `00000000-0000-4000-8000-${(++orders).toString(16).padStart(12, '0')}`;
  const actorOf = (s: TestSession, orgType: 'bureau' | 'enterprise', roles: string[]) =>
    new Actor(s.user.id, s.orgId, orgType, roles as UserRole[]);

  beforeAll(async () => {
    t = await createTestApp({ clock });
    issuance = t.app.get(VoucherIssuanceService);
    holds = t.app.get(VoucherHoldsService);
    programs = t.app.get(VoucherProgramsService);
    const adminSession = await t.api.bureauAdmin();
    const reviewerSession = await t.api.bureauUser('reviewer');
    admin = actorOf(adminSession, 'bureau', ['admin']);
    reviewer = actorOf(reviewerSession, 'bureau', ['reviewer']);
    const sessions: TestSession[] = [];
    for (let i = 0; i < ENTERPRISES; i++) sessions.push(await verifiedEnterprise(t.api, reviewerSession));
    enterprises = sessions.map((s) => actorOf(s, 'enterprise', s.user.roles));
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  /** The database's answer to a step, as an Outcome: a domain refusal is its code, anything else fails the test. */
  const outcome = async (run: () => Promise<unknown>): Promise<Outcome> => {
    try {
      const value = await run();
      return typeof value === 'number' ? `ok ${value}` : 'ok';
    } catch (error) {
      if (error instanceof DomainError) return error.code;
      throw error;
    }
  };

  async function applyToDatabase(
    programId: string,
    step: Step,
    target: { voucher?: ModelVoucher; hold?: ModelHold },
    orderId: string,
  ): Promise<{ outcome: Outcome; voucherId?: string }> {
    switch (step.kind) {
      case 'issue': {
        const application = await issuance.apply(enterprises[step.enterprise], programId, {
          requestedFen: step.faceFen,
          purpose: '属性测试',
        });
        let voucherId: string | undefined;
        const result = await outcome(async () => {
          voucherId = (await issuance.approve(reviewer, application.id, step.faceFen)).voucherId ?? undefined;
        });
        return { outcome: result, voucherId };
      }
      case 'hold': {
        const v = target.voucher!;
        const holder = step.foreign ? (v.enterprise + 1) % ENTERPRISES : v.enterprise;
        const use = {
          voucherId: v.id,
          enterpriseId: enterprises[holder].orgId,
          orderId: target.hold?.orderId ?? orderId,
          category: 'ip',
          listingVoucherEligible: true,
        };
        return { outcome: await outcome(() => t.dataSource.transaction((em) => holds.hold(em, use, step.priceFen))) };
      }
      case 'release':
        return {
          outcome: await outcome(() => t.dataSource.transaction((em) => holds.release(em, target.hold!.orderId))),
        };
      case 'consume':
        return {
          outcome: await outcome(() => t.dataSource.transaction((em) => holds.consume(em, target.hold!.orderId))),
        };
      case 'expire':
        return {
          outcome: await outcome(async () => {
            clock.set(pastValidity);
            try {
              // Programmes of earlier runs are past validity too: sweep until nothing is due.
              for (let due = 1; due > 0;) due = await issuance.expireDue(1000);
            } finally {
              clock.set(today);
            }
          }),
        };
      case 'revoke':
        return { outcome: await outcome(() => issuance.revoke(admin, target.voucher!.id, '属性测试撤销')) };
    }
  }

  function applyToModel(
    model: VoucherModel,
    step: Step,
    target: { voucher?: ModelVoucher; hold?: ModelHold },
    ids: { orderId: string; voucherId?: string },
  ): Outcome {
    switch (step.kind) {
      case 'issue':
        return model.issue(step.enterprise, step.faceFen, () => ids.voucherId ?? 'missing');
      case 'hold':
        return model.hold(target.voucher!, !step.foreign, target.hold ?? null, ids.orderId, step.priceFen);
      case 'release':
        return model.release(target.hold!);
      case 'consume':
        return model.consume(target.hold!);
      case 'expire':
        return model.expire();
      case 'revoke':
        return model.revoke(target.voucher!);
    }
  }

  async function expectDatabaseMatches(programId: string, model: VoucherModel): Promise<void> {
    const rows: Array<Record<string, string>> = await t.dataSource.query(
      `SELECT id, status, face_value_fen, available_fen, held_fen, consumed_fen, expired_fen, revoked_fen
       FROM voucher WHERE program_id = $1 ORDER BY id`,
      [programId],
    );
    const stored = rows.map((r) => ({
      id: r.id,
      status: r.status,
      faceFen: Number(r.face_value_fen),
      buckets: {
        availableFen: Number(r.available_fen),
        heldFen: Number(r.held_fen),
        consumedFen: Number(r.consumed_fen),
        expiredFen: Number(r.expired_fen),
        revokedFen: Number(r.revoked_fen),
      },
    }));
    for (const v of stored) expect(bucketsHold(v.buckets, v.faceFen)).toBe(true);
    const modelled = [...model.vouchers]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map(({ id, status, faceFen, buckets }) => ({ id, status, faceFen, buckets }));
    expect(stored).toEqual(modelled);

    const storedHolds: Array<Record<string, string>> = await t.dataSource.query(
      `SELECT h.order_id, h.amount_fen, h.status FROM voucher_hold h JOIN voucher v ON v.id = h.voucher_id
       WHERE v.program_id = $1 ORDER BY h.order_id`,
      [programId],
    );
    expect(
      storedHolds.map((h) => ({ orderId: h.order_id, amountFen: Number(h.amount_fen), status: h.status })),
    ).toEqual(
      [...model.holds]
        .sort((a, b) => (a.orderId < b.orderId ? -1 : 1))
        .map(({ orderId, amountFen, status }) => ({ orderId, amountFen, status })),
    );

    const [program] = await t.dataSource.query(`SELECT committed_fen FROM voucher_program WHERE id = $1`, [programId]);
    expect(Number(program.committed_fen)).toBe(model.committedFen);
    const check = await programs.ledgerCheck(programId);
    expect(check).toEqual({ ok: true, ledgerRows: model.ledgerRows, differences: [] });
  }

  it('after every step: buckets add up, database and model agree, the ledger check is ok', async () => {
    let runs = 0;
    let steps = 0;
    const outcomes: Record<string, number> = {};
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(termsArb, sequenceArb(40), async (terms, sequence) => {
        runs++;
        const dto = newProgramme({
          name: `属性测试服务券 ${runs}`,
          budgetFen: terms.budgetFen,
          coverageBp: terms.coverageBp,
          maxFaceValueFen: terms.maxFaceValueFen,
          perEnterpriseYearCapFen: terms.perEnterpriseCapFen,
        }) as unknown as CreateVoucherProgramDto;
        const { id: programId } = await programs.create(admin, dto);
        await programs.transition(admin, programId, 'open');
        const model = new VoucherModel(terms);
        for (const step of sequence) {
          const target = model.target(step);
          if (!target) continue;
          const orderId = nextOrderId();
          const db = await applyToDatabase(programId, step, target, orderId);
          const expected = applyToModel(model, step, target, { orderId, voucherId: db.voucherId });
          expect({ step, outcome: db.outcome }).toEqual({ step, outcome: expected });
          const key = `${step.kind} ${db.outcome.replace(/ \d+$/, '')}`;
          outcomes[key] = (outcomes[key] ?? 0) + 1;
          steps++;
          expect(model.problems()).toEqual([]);
          await expectDatabaseMatches(programId, model);
        }
      }),
      { seed: SEED, numRuns: 80 },
    );
    // eslint-disable-next-line no-console -- what the sequences exercised, to see they reach every path
    console.log(
      `voucher property test: ${runs} runs, ${steps} steps checked in ${((Date.now() - started) / 1000).toFixed(1)} s\n` +
        Object.entries(outcomes)
          .sort()
          .map(([k, n]) => `  ${k}: ${n}`)
          .join('\n'),
    );
  }, 120_000);

  it('the pure model alone, over many more sequences: buckets add up, committed within budget', () => {
    let id = 0;
    fc.assert(
      fc.property(termsArb, sequenceArb(80), (terms, sequence) => {
        const model = new VoucherModel(terms);
        for (const step of sequence) {
          const target = model.target(step);
          if (!target) continue;
          applyToModel(model, step, target, { orderId: `order-${++id}`, voucherId: `voucher-${id}` });
          const problems = model.problems();
          if (problems.length) expect({ step, problems }).toEqual({ step, problems: [] });
        }
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
});
