import { randomBytes } from 'node:crypto';
import type request from 'supertest';
import { AwardsService } from '@app/awards';
import { type AuditActor, FixedClock } from '@app/shared';
import { createTestApp, type TestApp } from '../support/app.js';
import { newListing, newProviderProfile } from '../support/factories.js';
import { Marketplace } from '../support/marketplace.js';
import type { TestSession } from '../support/session.js';
import { StripeStub, stripeEnv } from '../support/stripe-stub.js';
import { issuedVoucher, newProgramme, openProgramme, verifiedEnterprise } from '../support/voucher-programs.js';

/** The states the matrix needs orders in; `paid`: confirmed with the co-pay paid, not started. */
export type OrderFixtureState =
  'requested' | 'quoted' | 'confirmed' | 'paid' | 'in_progress' | 'delivered' | 'completed' | 'disputed';

/** 0: the callers' own side (E1, P1); 1: the other side (E2, P2). */
export type Side = 0 | 1;
export const SIDES: Side[] = [0, 1];

const DAY = 24 * 3600 * 1000;
/** 10:00 in Shanghai, inside the 2026 programmes' windows. */
const START = new Date('2026-03-02T02:00:00Z');

export async function ok(test: request.Test | Promise<request.Response>, status = 200) {
  const res = await test;
  if (res.status !== status)
    throw new Error(`fixture: expected ${status}, got ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as Record<string, unknown> & { id: string };
}

export const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex').toUpperCase()}`;

/** A valid redemption claim body for a completed voucher order (its invoice number is new each time). */
export const claimBody = (orderId: string) => ({
  orderId,
  invoiceNo: unique('FP'),
  invoiceAmountFen: 450000,
  contractNo: unique('HT-2026'),
  reportSummary: '完成两件发明专利的技术交底、检索与申请文件撰写，已取得受理通知书。',
});

/** A demand of the matrix (category ip, the pool providers', pool visibility) and a proposal on it. */
export const DEMAND = {
  title: '发明专利布局与申请咨询',
  description: '计划明年申请三件发明专利，需要先做专利检索与布局规划。',
  category: 'ip',
  regionCode: '330212',
  deadline: '2026-12-31',
  visibility: 'pool',
};
export const PROPOSAL = { priceFen: 900_000, deliveryDays: 30, note: '检索、布局规划与三件申请文件撰写。' };

/**
 * The fixture world of the matrix, built once per run through the API with the shared helpers: two
 * verified enterprises and two pool providers (one pair per side), each side with its published
 * listings and a voucher; and builders for every object a row needs, on either side, in any state.
 * Ids that must never reach the other side (or, for `public`, anyone outside the bureau) are kept
 * in `hidden` so answers can be searched for them.
 */
export class World {
  readonly clock = new FixedClock(START);
  t!: TestApp;
  stripe = new StripeStub();
  m!: Marketplace;
  admin!: TestSession;
  reviewer!: TestSession;
  finance!: TestSession;
  enterprise!: [TestSession, TestSession];
  provider!: [TestSession, TestSession];
  programme!: string;
  /** Side's published fixed-price and quote-priced listings (voucher-eligible, category ip). */
  fixed!: [string, string];
  quoted!: [string, string];
  /** Each side's voucher, large enough for every voucher order of the run. */
  voucher!: [string, string];
  /** Each side's draft listing (never published by any row). */
  draft!: [string, string];
  /** A draft programme (never opened by any row). */
  draftProgramme!: string;
  readonly hidden: Record<'side0' | 'side1' | 'bureau', Set<string>> = {
    side0: new Set(),
    side1: new Set(),
    bureau: new Set(),
  };
  private year = 2030;

  async build(): Promise<void> {
    const url = await this.stripe.start();
    this.t = await createTestApp({ clock: this.clock, env: stripeEnv(url) });
    this.admin = await this.t.api.bureauAdmin();
    this.reviewer = await this.t.api.bureauUser('reviewer');
    this.finance = await this.t.api.bureauUser('finance');
    this.m = new Marketplace(this.t.api, this.reviewer);
    this.programme = await openProgramme(this.admin, { maxFaceValueFen: 50_000_000 });
    this.enterprise = [
      await verifiedEnterprise(this.t.api, this.reviewer),
      await verifiedEnterprise(this.t.api, this.reviewer),
    ];
    this.provider = [await this.m.provider(), await this.m.provider()];
    this.fixed = [(await this.m.listing(this.provider[0])).id, (await this.m.listing(this.provider[1])).id];
    const quote = { priceModel: 'quote', priceFen: null };
    this.quoted = [
      (await this.m.listing(this.provider[0], quote)).id,
      (await this.m.listing(this.provider[1], quote)).id,
    ];
    this.voucher = [
      await issuedVoucher(this.enterprise[0], this.reviewer, this.programme, 50_000_000),
      await issuedVoucher(this.enterprise[1], this.reviewer, this.programme, 50_000_000),
    ];
    this.draft = [await this.draftListing(0), await this.draftListing(1)];
    this.draftProgramme = await this.newProgramme();
    this.hideFromOutside(this.draftProgramme);
    for (const side of SIDES) this.hide(side, this.voucher[side], this.draft[side]);
  }

  async close(): Promise<void> {
    await this.t?.close();
    await this.stripe.stop();
  }

  /** Ids only `side` (and the bureau) may see. */
  hide(side: Side, ...ids: string[]): void {
    for (const id of ids) this.hidden[side === 0 ? 'side0' : 'side1'].add(id);
  }
  /** Ids only the bureau may see. */
  hideFromOutside(...ids: string[]): void {
    for (const id of ids) this.hidden.bureau.add(id);
  }

  get adminActor(): AuditActor {
    return { userId: this.admin.user.id, orgId: this.admin.orgId };
  }

  // Providers, listings, enterprises

  /** A new provider in `state` (its own session, for "me" rows and as the owner of its application). */
  async providerIn(state: 'registered' | 'profiled' | 'submitted' | 'approved' | 'suspended'): Promise<TestSession> {
    if (state === 'approved') return this.m.provider();
    if (state === 'suspended') {
      const p = await this.m.provider();
      await ok(this.reviewer.post(`/api/v1/providers/${p.orgId}/suspend`, { reason: '资质到期待补' }));
      return p;
    }
    const p = await this.t.api.provider();
    if (state === 'registered') return p;
    await ok(p.patch('/api/v1/providers/me', newProviderProfile()));
    if (state === 'submitted') await ok(p.post('/api/v1/providers/me/submit'));
    return p;
  }

  async draftListing(side: Side): Promise<string> {
    return (await ok(this.provider[side].post('/api/v1/listings', newListing()), 201)).id;
  }

  async publishedListing(side: Side): Promise<string> {
    return (await this.m.listing(this.provider[side])).id;
  }

  /** A new enterprise with a tier claim waiting for review. */
  async pendingTierClaim(): Promise<{ enterprise: TestSession; claim: string }> {
    const enterprise = await this.t.api.enterprise();
    const body = { tier: 'srdi', certificateNo: unique('ZJ-2025'), year: 2025 };
    const claim = (await ok(enterprise.post('/api/v1/enterprises/me/tier-claims', body), 201)).id;
    return { enterprise, claim };
  }

  // Orders

  /**
   * An order of side's enterprise at side's provider (fixed price, or quote-priced when `quote`), the
   * side's voucher on it when `voucher`, driven to `state` by its parties, the co-pay paid offline.
   */
  async order(
    side: Side,
    state: OrderFixtureState,
    options: { quote?: boolean; voucher?: boolean } = {},
  ): Promise<string> {
    const e = this.enterprise[side];
    const p = this.provider[side];
    const quote = options.quote || state === 'quoted';
    const body = {
      listingId: quote ? this.quoted[side] : this.fixed[side],
      requirement: '需要申请两件发明专利，月底前提交',
      ...(options.voucher ? { voucherId: this.voucher[side] } : {}),
    };
    const { id } = await ok(e.post('/api/v1/orders', body), 201);
    this.hide(side, id);
    const path = (action: string) => `/api/v1/orders/${id}/${action}`;
    const confirm = async () => {
      if (quote) {
        await ok(p.post(path('quote'), { priceFen: 500000 }));
        await ok(e.post(path('confirm'), { priceFen: 500000 }));
      } else {
        await ok(p.post(path('accept')));
      }
    };
    const steps: Record<string, () => Promise<unknown>> = {
      quote: () => ok(p.post(path('quote'), { priceFen: 500000 })),
      confirm,
      pay: () => ok(p.post(path('payments/offline'), { reference: unique('BANK') })),
      start: () => ok(p.post(path('start'))),
      deliver: () => ok(p.post(path('deliver'), { summary: '已提交专利申请并取得受理通知书' })),
      accept: () => ok(e.post(path('accept-delivery'))),
      dispute: () => ok(e.post(path('dispute'), { reason: '交付不完整' })),
    };
    const plans: Record<OrderFixtureState, string[]> = {
      requested: [],
      quoted: ['quote'],
      confirmed: ['confirm'],
      paid: ['confirm', 'pay'],
      in_progress: ['confirm', 'pay', 'start'],
      delivered: ['confirm', 'pay', 'start', 'deliver'],
      completed: ['confirm', 'pay', 'start', 'deliver', 'accept'],
      disputed: ['confirm', 'pay', 'start', 'deliver', 'dispute'],
    };
    for (const step of plans[state]) await steps[step]();
    return id;
  }

  /** A completed order of side rated by its enterprise; returns the order's and the rating's ids. */
  async rated(side: Side): Promise<{ order: string; rating: string }> {
    const order = await this.order(side, 'completed');
    const scores = { overall: 5, professionalism: 4, timeliness: 4, effectiveness: 5, value: 4 };
    const rating = (await ok(this.enterprise[side].post(`/api/v1/orders/${order}/rating`, scores), 201)).id;
    return { order, rating };
  }

  /** A redemption claim of side's provider on a completed voucher order, approved when asked. */
  async claim(side: Side, state: 'submitted' | 'approved'): Promise<string> {
    const order = await this.order(side, 'completed', { voucher: true });
    const claim = (await ok(this.provider[side].post('/api/v1/redemption-claims', claimBody(order)), 201)).id;
    this.hide(side, claim);
    if (state === 'approved') await ok(this.reviewer.post(`/api/v1/redemption-claims/${claim}/approve`));
    return claim;
  }

  /** A settlement batch of one approved claim of side. */
  async batch(side: Side): Promise<string> {
    const claim = await this.claim(side, 'approved');
    return (await ok(this.finance.post('/api/v1/settlement-batches', { claimIds: [claim] }), 201)).id;
  }

  /** The newest notification of a session's organisation. */
  async notification(session: TestSession): Promise<string> {
    const items = (await ok(session.get('/api/v1/notifications'))).items as Array<{ id: string }>;
    if (!items.length) throw new Error('fixture: no notification');
    return items[0].id;
  }

  // Vouchers

  async newProgramme(): Promise<string> {
    return (await ok(this.admin.post('/api/v1/voucher-programs', newProgramme({ name: unique('服务券') })), 201)).id;
  }

  async openedProgramme(): Promise<string> {
    return openProgramme(this.admin, { name: unique('服务券'), maxFaceValueFen: 50_000_000 });
  }

  /** A voucher application of side's enterprise to the open programme, waiting for review. */
  async application(side: Side): Promise<string> {
    const body = { requestedFen: 1_000_000, purpose: '发明专利申请与知识产权布局' };
    const path = `/api/v1/voucher-programs/${this.programme}/applications`;
    const id = (await ok(this.enterprise[side].post(path, body), 201)).id;
    this.hide(side, id);
    return id;
  }

  /** A new voucher of side's enterprise (small: for rows that revoke it). */
  async newVoucher(side: Side): Promise<string> {
    const id = await issuedVoucher(this.enterprise[side], this.reviewer, this.programme, 1_000_000);
    this.hide(side, id);
    return id;
  }

  // Awards

  /** A year no round has taken yet. */
  nextYear(): number {
    return this.year++;
  }

  /**
   * An award round of a year of its own (so rounds never collide), with the pool's members in it,
   * taken to `state`; `notice_ended` moves the clock past its notice.
   */
  async round(state: 'draft' | 'computed' | 'published' | 'notice_ended'): Promise<{ id: string; year: number }> {
    const year = this.nextYear();
    const body = { year, budgetFen: 300_000_000, config: { noticeDays: 1 } };
    const { id } = await ok(this.admin.post('/api/v1/award-rounds', body), 201);
    if (state === 'draft') return { id, year };
    await this.t.app.get(AwardsService).compute(this.adminActor, id);
    if (state === 'computed') return { id, year };
    await ok(this.admin.post(`/api/v1/award-rounds/${id}/publish`));
    if (state === 'notice_ended') this.clock.advance(3 * DAY);
    return { id, year };
  }

  // Matchmaking

  /** A demand of side's enterprise (category ip, pool): a draft (only side and the bureau see it) or open. */
  async demand(side: Side, state: 'draft' | 'open'): Promise<string> {
    const id = (await ok(this.enterprise[side].post('/api/v1/demands', DEMAND), 201)).id;
    if (state === 'open') await ok(this.enterprise[side].post(`/api/v1/demands/${id}/publish`));
    else this.hide(side, id);
    return id;
  }

  /** Side's provider's proposal on an open demand of side's enterprise. */
  async proposal(side: Side): Promise<{ demand: string; proposal: string }> {
    const demand = await this.demand(side, 'open');
    const proposal = (await ok(this.provider[side].post(`/api/v1/demands/${demand}/proposals`, PROPOSAL), 201)).id;
    this.hide(side, proposal);
    return { demand, proposal };
  }

  /** An objection of side's provider to a published round. */
  // Matchmaking events

  /** A valid event body: from `startsIn` after the world's clock, for 8 hours; places for 10 of each kind. */
  eventBody(startsIn = 30 * DAY): Record<string, unknown> {
    const startsAt = new Date(this.clock.now().getTime() + startsIn);
    return {
      title: unique('专精特新服务对接会'),
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 8 * 3600 * 1000).toISOString(),
      place: '宁波市鄞州区科技大厦 3 楼',
      online: false,
      categories: ['ip'],
      enterpriseCapacity: 10,
      providerCapacity: 10,
    };
  }

  /** A new event (a month ahead unless `startsIn` says otherwise). */
  async matchmakingEvent(startsIn = 30 * DAY): Promise<string> {
    return (await ok(this.admin.post('/api/v1/matchmaking-events', this.eventBody(startsIn)), 201)).id;
  }

  /** A new event with a new enterprise and a new pool provider registered, and a free slot for them. */
  async eventWithParties(
    startsIn = 30 * DAY,
  ): Promise<{ event: string; enterpriseId: string; providerId: string; startsAt: string }> {
    // Negative startsIn: an event already under way, whose first meeting has started.
    const event = await this.matchmakingEvent(startsIn);
    const enterprise = await this.t.api.enterprise();
    const provider = await this.m.provider();
    for (const party of [enterprise, provider])
      await ok(party.post(`/api/v1/matchmaking-events/${event}/registrations`), 201);
    const startsAt = new Date(this.clock.now().getTime() + startsIn).toISOString();
    return { event, enterpriseId: enterprise.orgId, providerId: provider.orgId, startsAt };
  }

  /** A meeting of an event under way that started an hour ago, its outcome not yet recorded. */
  async startedMeeting(): Promise<string> {
    const o = await this.eventWithParties(-3600 * 1000);
    const body = { enterpriseId: o.enterpriseId, providerId: o.providerId, startsAt: o.startsAt, minutes: 30 };
    return (await ok(this.admin.post(`/api/v1/matchmaking-events/${o.event}/meetings`, body), 201)).id;
  }

  async objection(side: Side, round: string): Promise<string> {
    const path = `/api/v1/award-rounds/${round}/objections`;
    const id = (await ok(this.provider[side].post(path, { reason: '服务项目数统计有误' }), 201)).id;
    this.hide(side, id);
    return id;
  }
}
