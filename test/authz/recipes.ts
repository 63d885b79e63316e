import { newListing, newRegistration, TEST_PASSWORD, uniqueEmail } from '../support/factories.js';
import type { TestSession } from '../support/session.js';
import { newProgramme } from '../support/voucher-programs.js';
import type { Role } from './matrix.js';
import { claimBody, DEMAND, PROPOSAL, type Side, SIDES, unique, type World } from './world.js';

/** One request of a row: its path (with query), a valid body, and what a 2xx uses up. */
export interface Req {
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  /**
   * What a 2xx changes so that the same request could not succeed again (default: the path of a
   * non-GET request); the next caller expected to succeed then gets freshly built objects. null:
   * repeatable (creates another, reads).
   */
  key?: string | null;
}

export interface Context<O> {
  w: World;
  o: O;
  role: Role;
  /** 0: the caller's own side's object; 1: the other side's. */
  side: Side;
  caller: TestSession | null;
}

/**
 * How to exercise one row of the matrix: `setup` builds its objects (again whenever a success has
 * used them up), `request` the request of a caller; `sided` rows are sent on both sides' objects.
 * `callers` replaces the default enterprise or provider caller where the row needs one in another
 * state (a draft provider submitting, the applicant of a pool application).
 */
export interface Recipe<O = unknown> {
  sided: boolean;
  setup?: (w: World) => Promise<O>;
  request: (c: Context<O>) => Req;
  callers?: (o: O) => Partial<Record<Role, TestSession>>;
}

type Pair<T> = [T, T];

/** The table holds recipes of every object type; each is only ever given the objects its own setup built. */
const erase = <O>(recipe: Recipe<O>) => recipe as unknown as Recipe<unknown>;
/** A row without objects. */
const plain = (request: (c: Context<undefined>) => Req) => erase({ sided: false, request });
/** A row without own/foreign objects, on objects (or a caller) built by `setup`. */
const single = <O>(
  setup: (w: World) => Promise<O>,
  request: (c: Context<O>) => Req,
  callers?: (o: O) => Partial<Record<Role, TestSession>>,
) => erase({ sided: false, setup, request, callers });
/** A row sent on an own and a foreign object. */
const sided = <O>(
  setup: (w: World) => Promise<O>,
  request: (c: Context<O>) => Req,
  callers?: (o: O) => Partial<Record<Role, TestSession>>,
) => erase({ sided: true, setup, request, callers });
/** One object per side, built by `make`. */
const pair =
  <T>(make: (w: World, side: Side) => Promise<T>) =>
  async (w: World): Promise<Pair<T>> => [await make(w, 0), await make(w, 1)];

const V1 = '/api/v1';
const reason = (text: string) => ({ reason: text });
const SCORES = { overall: 5, professionalism: 4, timeliness: 4, effectiveness: 5, value: 4 };

/** Rows on providers in a pool state: the own side's applicant is also the provider caller. */
const poolDecision = (action: string, state: 'submitted' | 'approved' | 'suspended', body: object): Recipe<unknown> =>
  sided(
    pair((w) => w.providerIn(state)),
    ({ o, side }) => ({ path: `${V1}/providers/${o[side].orgId}/${action}`, body }),
    (o) => ({ prov: o[0] }),
  );

/** Rows on an order of each side in `state`. */
const onOrder = (
  state: Parameters<World['order']>[1],
  action: string,
  body?: object,
  options: { quote?: boolean } = {},
): Recipe<unknown> =>
  sided(
    pair((w, side) => w.order(side, state, options)),
    ({ o, side }) => ({ path: `${V1}/orders/${o[side]}${action}`, body }),
  );

/** Rows on a demand of each side's enterprise in `state`. */
const onDemand = (state: 'draft' | 'open', action: string, body?: object): Recipe<unknown> =>
  sided(
    pair((w, side) => w.demand(side, state)),
    ({ o, side }) => ({ path: `${V1}/demands/${o[side]}${action}`, body }),
  );

/** Rows on each side's provider's proposal on its side's open demand. */
const onProposal = (action: string, body?: object, key?: null): Recipe<unknown> =>
  sided(
    pair((w, side) => w.proposal(side)),
    ({ o, side }) => ({ path: `${V1}/proposals/${o[side].proposal}${action}`, body, ...(key === null ? { key } : {}) }),
  );

const byProviderOrEnterprise = (role: Role) => (role === 'prov' ? 'prov' : 'ent');

export const RECIPES: Record<string, Recipe<unknown>> = {
  // Platform
  'GET /health': plain(() => ({ path: '/health' })),
  'GET /api/v1/categories': plain(() => ({ path: `${V1}/categories` })),
  'GET /api/v1/regions': plain(() => ({ path: `${V1}/regions` })),

  // Identity
  'POST /api/v1/auth/register': plain(() => ({
    path: `${V1}/auth/register`,
    body: newRegistration('enterprise'),
    key: null,
  })),
  'POST /api/v1/auth/login': plain(({ w, caller }) => ({
    path: `${V1}/auth/login`,
    body: { email: (caller ?? w.enterprise[0]).user.email, password: TEST_PASSWORD },
    key: null,
  })),
  'GET /api/v1/me': plain(() => ({ path: `${V1}/me` })),
  'POST /api/v1/bureau/users': plain(() => ({
    path: `${V1}/bureau/users`,
    body: { email: uniqueEmail('staff'), password: TEST_PASSWORD, name: '测试工作人员', roles: ['reviewer'] },
    key: null,
  })),
  'GET /api/v1/bureau/users': plain(() => ({ path: `${V1}/bureau/users` })),
  'POST /api/v1/bureau/users/{id}/deactivate': single(
    async (w) => (await w.t.api.enterprise()).user.id,
    ({ o }) => ({ path: `${V1}/bureau/users/${o}/deactivate`, body: { reason: '营业执照核验不符' } }),
  ),
  'POST /api/v1/bureau/users/{id}/reactivate': single(
    async (w) => {
      const user = (await w.t.api.enterprise()).user.id;
      await w.admin.post(`${V1}/bureau/users/${user}/deactivate`, { reason: '营业执照核验不符' }).expect(200);
      return user;
    },
    ({ o }) => ({ path: `${V1}/bureau/users/${o}/reactivate` }),
  ),
  'GET /api/v1/bureau/uscc-contests': plain(() => ({ path: `${V1}/bureau/uscc-contests` })),
  'GET /api/v1/audit-events': plain(() => ({ path: `${V1}/audit-events` })),

  // Providers and the pool
  'GET /api/v1/providers/me': plain(() => ({ path: `${V1}/providers/me` })),
  'PATCH /api/v1/providers/me': plain(() => ({
    path: `${V1}/providers/me`,
    body: { contactPhone: '13805749999' },
    key: null,
  })),
  'POST /api/v1/providers/me/submit': single(
    (w) => w.providerIn('profiled'),
    () => ({ path: `${V1}/providers/me/submit` }),
    (p) => ({ prov: p }),
  ),
  'GET /api/v1/providers': plain(() => ({ path: `${V1}/providers` })),
  'GET /api/v1/providers/{id}': sided(
    async (w) => [w.provider[0].orgId, w.provider[1].orgId],
    ({ o, side }) => ({ path: `${V1}/providers/${o[side]}` }),
  ),
  'POST /api/v1/providers/{id}/approve': poolDecision('approve', 'submitted', reason('材料齐全，准予入库')),
  'POST /api/v1/providers/{id}/return': poolDecision('return', 'submitted', reason('请补充资质证书扫描件')),
  'POST /api/v1/providers/{id}/reject': poolDecision('reject', 'submitted', reason('不符合入库条件')),
  'POST /api/v1/providers/{id}/suspend': poolDecision('suspend', 'approved', reason('资质到期待补')),
  'POST /api/v1/providers/{id}/reinstate': poolDecision('reinstate', 'suspended', reason('资质已补齐')),
  'POST /api/v1/providers/{id}/remove': poolDecision('remove', 'approved', reason('连续两年无服务记录')),
  'GET /api/v1/pool/applications': plain(() => ({ path: `${V1}/pool/applications` })),
  'GET /api/v1/providers/me/standing': plain(() => ({ path: `${V1}/providers/me/standing` })),

  // Listings and search
  'GET /api/v1/providers/me/listings': plain(() => ({ path: `${V1}/providers/me/listings?pageSize=100` })),
  'POST /api/v1/listings': plain(() => ({ path: `${V1}/listings`, body: newListing(), key: null })),
  'GET /api/v1/listings/{id}': sided(
    async (w) => w.draft,
    ({ o, side }) => ({ path: `${V1}/listings/${o[side]}` }),
  ),
  'PATCH /api/v1/listings/{id}': sided(
    async (w) => w.draft,
    ({ o, side }) => ({ path: `${V1}/listings/${o[side]}`, body: { deliveryDays: 25 }, key: null }),
  ),
  'POST /api/v1/listings/{id}/publish': sided(
    pair((w, side) => w.draftListing(side)),
    ({ o, side }) => ({ path: `${V1}/listings/${o[side]}/publish` }),
  ),
  'POST /api/v1/listings/{id}/unpublish': sided(
    pair((w, side) => w.publishedListing(side)),
    ({ o, side }) => ({ path: `${V1}/listings/${o[side]}/unpublish` }),
  ),
  'POST /api/v1/listings/{id}/take-down': sided(
    pair((w, side) => w.publishedListing(side)),
    ({ o, side }) => ({ path: `${V1}/listings/${o[side]}/take-down`, body: reason('宣传内容与资质不符') }),
  ),
  'GET /api/v1/search/listings': plain(() => ({ path: `${V1}/search/listings?q=${encodeURIComponent('专利')}` })),

  // Enterprises
  'GET /api/v1/enterprises/me': plain(() => ({ path: `${V1}/enterprises/me` })),
  'PATCH /api/v1/enterprises/me': plain(() => ({
    path: `${V1}/enterprises/me`,
    body: { contactPhone: '13805741111' },
    key: null,
  })),
  'POST /api/v1/enterprises/me/tier-claims': single(
    // An enterprise without a claim: the callers' E1 already holds a verified tier.
    (w) => w.t.api.enterprise(),
    () => ({
      path: `${V1}/enterprises/me/tier-claims`,
      body: { tier: 'srdi', certificateNo: unique('ZJ-2025'), year: 2025 },
    }),
    (e) => ({ ent: e }),
  ),
  'GET /api/v1/tier-claims': plain(() => ({ path: `${V1}/tier-claims` })),
  'POST /api/v1/tier-claims/{id}/verify': sided(
    pair((w) => w.pendingTierClaim()),
    ({ o, side }) => ({ path: `${V1}/tier-claims/${o[side].claim}/verify`, body: {} }),
    (o) => ({ ent: o[0].enterprise }),
  ),
  'POST /api/v1/tier-claims/{id}/reject': sided(
    pair((w) => w.pendingTierClaim()),
    ({ o, side }) => ({ path: `${V1}/tier-claims/${o[side].claim}/reject`, body: reason('证书编号与名单不符') }),
    (o) => ({ ent: o[0].enterprise }),
  ),

  // Orders
  'POST /api/v1/orders': sided(
    // The object is the voucher named in the body; the listing (the own provider's) is public.
    async (w) => w.voucher,
    ({ w, o, side }) => ({
      path: `${V1}/orders`,
      body: { listingId: w.fixed[0], requirement: '需要申请一件发明专利', voucherId: o[side] },
      key: null,
    }),
  ),
  'GET /api/v1/orders': plain(() => ({ path: `${V1}/orders?pageSize=100` })),
  'GET /api/v1/orders/{id}': onOrder('requested', ''),
  'POST /api/v1/orders/{id}/quote': onOrder('requested', '/quote', { priceFen: 500000 }, { quote: true }),
  'POST /api/v1/orders/{id}/accept': onOrder('requested', '/accept'),
  'POST /api/v1/orders/{id}/decline': onOrder('requested', '/decline', reason('档期已满')),
  'POST /api/v1/orders/{id}/confirm': onOrder('quoted', '/confirm', { priceFen: 500000 }),
  'POST /api/v1/orders/{id}/cancel': onOrder('requested', '/cancel', reason('需求变更')),
  'POST /api/v1/orders/{id}/payments': onOrder('confirmed', '/payments'),
  'POST /api/v1/orders/{id}/payments/offline': onOrder('confirmed', '/payments/offline', { reference: 'BANK-REF-001' }),
  'POST /api/v1/orders/{id}/start': onOrder('paid', '/start'),
  'POST /api/v1/orders/{id}/deliver': onOrder('in_progress', '/deliver', { summary: '已提交专利申请' }),
  'POST /api/v1/orders/{id}/accept-delivery': onOrder('delivered', '/accept-delivery'),
  'POST /api/v1/orders/{id}/dispute': onOrder('delivered', '/dispute', reason('交付不完整')),
  'POST /api/v1/orders/{id}/resolve': onOrder('disputed', '/resolve', {
    outcome: 'completed',
    reason: '双方协商一致，按交付验收',
  }),
  'GET /api/v1/orders/{id}/messages': onOrder('requested', '/messages'),
  'POST /api/v1/orders/{id}/messages': sided(
    pair((w, side) => w.order(side, 'requested')),
    ({ o, side }) => ({ path: `${V1}/orders/${o[side]}/messages`, body: { body: '请提供技术交底书' }, key: null }),
  ),
  'POST /api/v1/payments/stripe/webhook': plain(() => ({
    path: `${V1}/payments/stripe/webhook`,
    body: { id: unique('evt'), object: 'event', type: 'payment_intent.succeeded', data: { object: {} } },
    key: null,
  })),

  // Vouchers
  'POST /api/v1/voucher-programs': plain(() => ({
    path: `${V1}/voucher-programs`,
    body: newProgramme({ name: unique('服务券') }),
    key: null,
  })),
  'GET /api/v1/voucher-programs': plain(() => ({ path: `${V1}/voucher-programs?pageSize=100` })),
  'PATCH /api/v1/voucher-programs/{id}': sided(
    pair((w) => w.newProgramme()),
    ({ o, side }) => ({ path: `${V1}/voucher-programs/${o[side]}`, body: { budgetFen: 900_000_000 }, key: null }),
  ),
  'GET /api/v1/voucher-programs/{id}': sided(
    async (w) => [w.draftProgramme, w.draftProgramme],
    ({ o, side }) => ({ path: `${V1}/voucher-programs/${o[side]}` }),
  ),
  'POST /api/v1/voucher-programs/{id}/open': sided(
    pair((w) => w.newProgramme()),
    ({ o, side }) => ({ path: `${V1}/voucher-programs/${o[side]}/open` }),
  ),
  'POST /api/v1/voucher-programs/{id}/close': sided(
    pair((w) => w.openedProgramme()),
    ({ o, side }) => ({ path: `${V1}/voucher-programs/${o[side]}/close` }),
  ),
  'POST /api/v1/voucher-programs/{id}/applications': sided(
    pair((w) => w.openedProgramme()),
    ({ o, side }) => ({
      path: `${V1}/voucher-programs/${o[side]}/applications`,
      body: { requestedFen: 1_000_000, purpose: '发明专利申请与知识产权布局' },
    }),
  ),
  'POST /api/v1/voucher-programs/{id}/bulk-issue': sided(
    pair((w) => w.openedProgramme()),
    ({ o, side }) => ({
      path: `${V1}/voucher-programs/${o[side]}/bulk-issue`,
      body: { tiers: ['srdi'], faceValueFen: 100_000 },
    }),
  ),
  'GET /api/v1/voucher-programs/{id}/ledger-check': plain(({ w }) => ({
    path: `${V1}/voucher-programs/${w.programme}/ledger-check`,
  })),
  'GET /api/v1/voucher-applications': plain(() => ({ path: `${V1}/voucher-applications?pageSize=100` })),
  'POST /api/v1/voucher-applications/{id}/approve': sided(
    pair((w, side) => w.application(side)),
    ({ o, side }) => ({ path: `${V1}/voucher-applications/${o[side]}/approve`, body: {} }),
  ),
  'POST /api/v1/voucher-applications/{id}/reject': sided(
    pair((w, side) => w.application(side)),
    ({ o, side }) => ({ path: `${V1}/voucher-applications/${o[side]}/reject`, body: reason('申请用途不符') }),
  ),
  'GET /api/v1/vouchers': plain(() => ({ path: `${V1}/vouchers?pageSize=100` })),
  'GET /api/v1/vouchers/{id}': sided(
    async (w) => w.voucher,
    ({ o, side }) => ({ path: `${V1}/vouchers/${o[side]}` }),
  ),
  'POST /api/v1/vouchers/{id}/revoke': sided(
    pair((w, side) => w.newVoucher(side)),
    ({ o, side }) => ({ path: `${V1}/vouchers/${o[side]}/revoke`, body: reason('申请材料不实') }),
  ),

  // Ratings
  'POST /api/v1/orders/{id}/rating': sided(
    pair((w, side) => w.order(side, 'completed')),
    ({ o, side }) => ({ path: `${V1}/orders/${o[side]}/rating`, body: SCORES }),
  ),
  'PATCH /api/v1/orders/{id}/rating': sided(
    pair((w, side) => w.rated(side)),
    ({ o, side }) => ({ path: `${V1}/orders/${o[side].order}/rating`, body: { overall: 4 }, key: null }),
  ),
  'GET /api/v1/orders/{id}/rating': sided(
    pair((w, side) => w.rated(side)),
    ({ o, side }) => ({ path: `${V1}/orders/${o[side].order}/rating` }),
  ),
  'POST /api/v1/ratings/{id}/reply': sided(
    pair((w, side) => w.rated(side)),
    ({ o, side }) => ({
      path: `${V1}/ratings/${o[side].rating}/reply`,
      body: { body: '感谢认可，后续进展及时同步。' },
    }),
  ),
  'POST /api/v1/ratings/{id}/hide': sided(
    pair((w, side) => w.rated(side)),
    ({ o, side }) => ({ path: `${V1}/ratings/${o[side].rating}/hide`, body: reason('评价中含有联系方式') }),
  ),
  'GET /api/v1/providers/{id}/ratings': sided(
    async (w) => [w.provider[0].orgId, w.provider[1].orgId],
    ({ o, side }) => ({ path: `${V1}/providers/${o[side]}/ratings` }),
  ),

  // Redemption and settlement
  'POST /api/v1/redemption-claims': sided(
    // The object is the order named in the body: one claim per order.
    pair((w, side) => w.order(side, 'completed', { voucher: true })),
    ({ o, side }) => ({ path: `${V1}/redemption-claims`, body: claimBody(o[side]), key: `claim ${o[side]}` }),
  ),
  'GET /api/v1/redemption-claims': plain(() => ({ path: `${V1}/redemption-claims?pageSize=100` })),
  'GET /api/v1/redemption-claims/{id}': sided(
    pair((w, side) => w.claim(side, 'submitted')),
    ({ o, side }) => ({ path: `${V1}/redemption-claims/${o[side]}` }),
  ),
  'POST /api/v1/redemption-claims/{id}/approve': sided(
    pair((w, side) => w.claim(side, 'submitted')),
    ({ o, side }) => ({ path: `${V1}/redemption-claims/${o[side]}/approve` }),
  ),
  'POST /api/v1/redemption-claims/{id}/reject': sided(
    pair((w, side) => w.claim(side, 'submitted')),
    ({ o, side }) => ({
      path: `${V1}/redemption-claims/${o[side]}/reject`,
      body: { reason: '发票金额与合同不符', final: false },
    }),
  ),
  'POST /api/v1/settlement-batches': sided(
    // The object is the approved claim named in the body.
    pair((w, side) => w.claim(side, 'approved')),
    ({ o, side }) => ({ path: `${V1}/settlement-batches`, body: { claimIds: [o[side]] }, key: `batch ${o[side]}` }),
  ),
  'GET /api/v1/settlement-batches': plain(() => ({ path: `${V1}/settlement-batches` })),
  'GET /api/v1/settlement-batches/{id}': sided(
    pair((w, side) => w.batch(side)),
    ({ o, side }) => ({ path: `${V1}/settlement-batches/${o[side]}` }),
  ),
  'POST /api/v1/settlement-batches/{id}/mark-paid': sided(
    pair((w, side) => w.batch(side)),
    ({ o, side }) => ({
      path: `${V1}/settlement-batches/${o[side]}/mark-paid`,
      body: { bankReference: unique('BANK') },
    }),
  ),
  'GET /api/v1/settlement-batches/{id}/export': sided(
    pair((w, side) => w.batch(side)),
    ({ o, side }) => ({ path: `${V1}/settlement-batches/${o[side]}/export` }),
  ),

  // Notifications
  'GET /api/v1/notifications': plain(() => ({ path: `${V1}/notifications?pageSize=100` })),
  'POST /api/v1/notifications/read-all': plain(() => ({ path: `${V1}/notifications/read-all`, key: null })),
  'POST /api/v1/notifications/{id}/read': sided(
    // The own notification is the caller's organisation's: the enterprise's or the provider's.
    async (w) => {
      const of = async (sessions: Pair<TestSession>) =>
        [await w.notification(sessions[0]), await w.notification(sessions[1])] as Pair<string>;
      const found = { ent: await of(w.enterprise), prov: await of(w.provider) };
      for (const side of SIDES) w.hide(side, found.ent[side], found.prov[side]);
      return found;
    },
    ({ o, role, side }) => ({ path: `${V1}/notifications/${o[byProviderOrEnterprise(role)][side]}/read`, key: null }),
  ),

  // Bureau
  'GET /api/v1/stats/overview': plain(() => ({ path: `${V1}/stats/overview` })),

  // Awards
  'POST /api/v1/award-rounds': plain(({ w }) => ({
    path: `${V1}/award-rounds`,
    body: { year: w.nextYear(), budgetFen: 300_000_000 },
    key: null,
  })),
  'GET /api/v1/award-rounds': plain(() => ({ path: `${V1}/award-rounds` })),
  'GET /api/v1/award-rounds/{id}': single(
    (w) => w.round('draft'),
    ({ o }) => ({ path: `${V1}/award-rounds/${o.id}` }),
  ),
  'POST /api/v1/award-rounds/{id}/compute': single(
    (w) => w.round('draft'),
    ({ o }) => ({ path: `${V1}/award-rounds/${o.id}/compute` }),
  ),
  'GET /api/v1/award-rounds/{id}/results': single(
    (w) => w.round('computed'),
    ({ o }) => ({ path: `${V1}/award-rounds/${o.id}/results` }),
  ),
  'GET /api/v1/award-rounds/{id}/results/{providerId}': sided(
    // The object is the provider: the round is the bureau's.
    (w) => w.round('computed'),
    ({ w, o, side }) => ({ path: `${V1}/award-rounds/${o.id}/results/${w.provider[side].orgId}` }),
  ),
  'GET /api/v1/award-rounds/{id}/export': single(
    (w) => w.round('computed'),
    ({ o }) => ({ path: `${V1}/award-rounds/${o.id}/export` }),
  ),
  'POST /api/v1/award-rounds/{id}/publish': single(
    (w) => w.round('computed'),
    ({ o }) => ({ path: `${V1}/award-rounds/${o.id}/publish` }),
  ),
  'POST /api/v1/award-rounds/{id}/finalize': single(
    (w) => w.round('notice_ended'),
    ({ o }) => ({ path: `${V1}/award-rounds/${o.id}/finalize` }),
  ),
  'POST /api/v1/award-rounds/{id}/objections': single(
    (w) => w.round('published'),
    ({ o }) => ({ path: `${V1}/award-rounds/${o.id}/objections`, body: reason('服务项目数统计有误') }),
  ),
  'GET /api/v1/award-rounds/{id}/objections': single(
    async (w) => {
      const round = await w.round('published');
      for (const side of SIDES) await w.objection(side, round.id);
      return round;
    },
    ({ o }) => ({ path: `${V1}/award-rounds/${o.id}/objections` }),
  ),
  'POST /api/v1/award-rounds/{id}/objections/{objectionId}/resolve': sided(
    // The objects are the two sides' objections to one round; dismissed keeps the round on notice.
    async (w) => {
      const round = await w.round('published');
      return { round: round.id, objections: [await w.objection(0, round.id), await w.objection(1, round.id)] };
    },
    ({ o, side }) => ({
      path: `${V1}/award-rounds/${o.round}/objections/${o.objections[side]}/resolve`,
      body: { outcome: 'dismissed', reason: '经核查统计无误' },
    }),
  ),
  'GET /api/v1/awards/{year}': single(
    (w) => w.round('published'),
    ({ o }) => ({ path: `${V1}/awards/${o.year}` }),
  ),

  // Matchmaking
  'POST /api/v1/demands': plain(() => ({ path: `${V1}/demands`, body: DEMAND, key: null })),
  'GET /api/v1/demands': plain(() => ({ path: `${V1}/demands?pageSize=100` })),
  'GET /api/v1/demands/{id}': onDemand('draft', ''),
  'PATCH /api/v1/demands/{id}': sided(
    pair((w, side) => w.demand(side, 'draft')),
    ({ o, side }) => ({ path: `${V1}/demands/${o[side]}`, body: { budgetMaxFen: 2_000_000 }, key: null }),
  ),
  'POST /api/v1/demands/{id}/publish': onDemand('draft', '/publish'),
  'POST /api/v1/demands/{id}/close': onDemand('open', '/close', reason('已线下找到服务机构')),
  'GET /api/v1/demands/{id}/suggested-providers': onDemand('open', '/suggested-providers'),
  'POST /api/v1/demands/{id}/proposals': onDemand('open', '/proposals', PROPOSAL),
  'GET /api/v1/demands/{id}/proposals': sided(
    pair((w, side) => w.proposal(side)),
    ({ o, side }) => ({ path: `${V1}/demands/${o[side].demand}/proposals` }),
  ),
  'PATCH /api/v1/proposals/{id}': onProposal('', { priceFen: 880_000 }, null),
  'POST /api/v1/proposals/{id}/withdraw': onProposal('/withdraw'),
  'POST /api/v1/proposals/{id}/accept': onProposal('/accept', {}),
  // Matchmaking events (the bureau's: no own or foreign side)
  'POST /api/v1/matchmaking-events': plain(({ w }) => ({
    path: `${V1}/matchmaking-events`,
    body: w.eventBody(),
    key: null,
  })),
  'GET /api/v1/matchmaking-events': plain(() => ({ path: `${V1}/matchmaking-events?pageSize=100` })),
  'GET /api/v1/matchmaking-events/{id}': single(
    (w) => w.matchmakingEvent(),
    ({ o }) => ({ path: `${V1}/matchmaking-events/${o}` }),
  ),
  'POST /api/v1/matchmaking-events/{id}/registrations': single(
    // E1 and P1 (a pool member) register; each success takes its place, so the next one gets a new event.
    (w) => w.matchmakingEvent(),
    ({ o }) => ({ path: `${V1}/matchmaking-events/${o}/registrations` }),
  ),
  'POST /api/v1/matchmaking-events/{id}/meetings': single(
    // Parties of their own, registered: a meeting of the world's E1 or P1 could clash with another row's.
    (w) => w.eventWithParties(),
    ({ o }) => ({
      path: `${V1}/matchmaking-events/${o.event}/meetings`,
      body: { enterpriseId: o.enterpriseId, providerId: o.providerId, startsAt: o.startsAt, minutes: 30 },
    }),
  ),
  'POST /api/v1/meetings/{id}/outcome': single(
    (w) => w.startedMeeting(),
    ({ o }) => ({ path: `${V1}/meetings/${o}/outcome`, body: { held: true, note: '双方达成初步合作意向' } }),
  ),
};
