import { Logger } from '@nestjs/common';
import type { ModuleRef } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AwardNoticeService, AwardsService } from '@app/awards';
import { IdentityService } from '@app/identity';
import { OrderPaymentsService, OrdersService } from '@app/orders';
import { RatingsService } from '@app/ratings';
import { type Actor, Clock, PageQuery, shanghaiDate } from '@app/shared';
import {
  backdateMembership,
  backdateOrder,
  backdateRating,
  type MembershipStep,
  membershipStatuses,
} from './demo-history.js';
import { DEMO_LISTINGS } from './demo-listings.js';
import { DEMO_ENTERPRISES, demoListing } from './demo-orders.js';
import { demoProviderEmail } from './demo-pool.js';

/** Scores in RatingDto order: overall, professionalism, timeliness, effectiveness, value. */
type Scores = [number, number, number, number, number];

/** A completed order of a past year: `ago` years before the current one, completed on `on` (MM-DD). */
interface PastOrder {
  ago: 1 | 2;
  enterprise: number;
  listing: string;
  on: string;
  /** The enterprise's rating; none: it never rated. */
  scores?: Scores;
}

const o = (ago: 1 | 2, enterprise: number, listing: string, on: string, scores?: Scores): PastOrder => ({
  ago,
  enterprise,
  listing,
  on,
  ...(scores ? { scores } : {}),
});

/**
 * Two years of engagements between the demo enterprises (DEMO_ENTERPRISES by index) and the demo
 * pool, made so the rounds rank and exclude for visible reasons. Last year: eight providers served
 * and were rated by at least 3 enterprises each; 海创 served 2; 甬才 served 3 but only 2 rated; 外贸通
 * qualifies but was admitted in September; a 300 CNY test of 中检 is below the 1,000 CNY minimum;
 * 知行 and 明律 tie on every figure (the earlier admission ranks first, across an award tier). The
 * year before: four qualify; 知行 and 新材料 served 2 each. The pool's other members took part with
 * no orders (served 0).
 */
const PAST_ORDERS: PastOrder[] = [
  // 卓越企业管理咨询 (provider05): every enterprise, high scores; 甬江 twice (one vote, the mean).
  o(1, 0, 'consulting-iso9001', '03-18', [5, 5, 5, 5, 4]),
  o(1, 1, 'consulting-lean-production', '06-20', [5, 4, 5, 5, 4]),
  o(1, 2, 'consulting-srdi-application', '05-10', [5, 5, 4, 5, 5]),
  o(1, 3, 'consulting-iatf16949', '09-25', [4, 5, 4, 4, 4]),
  o(1, 0, 'consulting-okr', '11-12', [5, 5, 5, 4, 5]),
  // 甬智数字科技 (provider01)
  o(1, 0, 'digital-mes-implementation', '04-22', [4, 4, 3, 5, 4]),
  o(1, 1, 'digital-transformation-diagnosis', '02-27', [5, 5, 4, 5, 4]),
  o(1, 2, 'digital-erp-implementation', '08-15', [4, 4, 4, 4, 4]),
  o(1, 3, 'digital-saas-cloud', '10-30', [5, 4, 5, 4, 4]),
  // 明律财税 (provider09): four served, the fourth never rated.
  o(1, 0, 'tax-hnte-recognition', '07-08', [5, 5, 5, 4, 5]),
  o(1, 1, 'tax-annual-advisor', '01-20', [4, 5, 4, 4, 4]),
  o(1, 2, 'tax-rd-super-deduction', '05-26', [5, 4, 5, 4, 4]),
  o(1, 3, 'finance-pre-financing-standardization', '12-05'),
  // 绿源节能环保 (provider02)
  o(1, 1, 'energy-audit', '03-30', [4, 4, 3, 4, 4]),
  o(1, 2, 'energy-carbon-accounting', '06-12', [3, 4, 3, 3, 4]),
  o(1, 3, 'energy-carbon-footprint', '09-08', [4, 4, 4, 5, 4]),
  // 中检计量检测 (provider07): the metal test (300 CNY) is below the minimum and does not count.
  o(1, 1, 'testing-ce-rohs', '04-14', [5, 5, 5, 4, 4]),
  o(1, 2, 'testing-emc-safety', '07-21', [5, 4, 5, 5, 4]),
  o(1, 3, 'testing-reliability', '10-16', [4, 4, 4, 4, 4]),
  o(1, 0, 'testing-metal-material', '08-05', [5, 5, 5, 5, 5]),
  // 双碳咨询 (provider12)
  o(1, 0, 'consulting-esg-report', '05-15', [3, 3, 4, 3, 3]),
  o(1, 1, 'energy-carbon-peak-plan', '08-28', [4, 4, 3, 3, 4]),
  o(1, 3, 'energy-cleaner-production', '11-20', [3, 4, 3, 4, 3]),
  // 新材料技术转移中心 (provider10)
  o(1, 0, 'tech-rd-center', '06-05', [4, 5, 4, 4, 5]),
  o(1, 2, 'tech-university-cooperation', '09-12', [5, 4, 4, 5, 4]),
  o(1, 3, 'tech-key-project-application', '12-10', [4, 4, 4, 3, 4]),
  // 知行知识产权 (the demo provider login): four served, three rated.
  o(1, 0, 'ip-ipms-standard', '03-05', [5, 5, 4, 4, 5]),
  o(1, 1, 'ip-invention-patent', '06-18', [4, 4, 4, 4, 4]),
  o(1, 2, 'ip-pct-international', '10-22', [5, 5, 5, 4, 4]),
  o(1, 3, 'ip-utility-design-patent', '11-28'),
  // Not eligible. 海创股权投资 (provider03): two enterprises.
  o(1, 0, 'finance-bp-roadshow', '04-08', [4, 5, 4, 5, 4]),
  o(1, 1, 'finance-equity-incentive', '09-30', [5, 4, 4, 4, 5]),
  // 甬才人力资源 (provider08): three served, two rated.
  o(1, 0, 'talent-in-house-training', '05-20', [4, 4, 4, 4, 4]),
  o(1, 1, 'talent-srdi-entrepreneur', '07-15', [5, 5, 4, 5, 4]),
  o(1, 2, 'talent-in-house-training', '10-10'),
  // 外贸通 (provider04): enough served and ratings, but admitted on 15 Sep (after 30 Jun).
  o(1, 0, 'market-overseas-exhibition', '11-26', [5, 5, 5, 5, 4]),
  o(1, 1, 'market-b2b-website', '11-15', [5, 4, 5, 4, 5]),
  o(1, 2, 'market-amazon-operation', '12-12', [4, 5, 4, 5, 4]),

  // The year before.
  o(2, 0, 'consulting-srdi-application', '04-12', [5, 5, 4, 5, 4]),
  o(2, 1, 'consulting-iso9001', '06-25', [5, 4, 5, 4, 5]),
  o(2, 3, 'consulting-lean-production', '10-18', [4, 5, 4, 5, 4]),
  o(2, 0, 'digital-transformation-diagnosis', '03-15', [4, 4, 4, 4, 4]),
  o(2, 1, 'digital-mes-implementation', '09-09', [5, 5, 4, 5, 5]),
  o(2, 2, 'digital-saas-cloud', '11-05', [4, 4, 5, 4, 4]),
  o(2, 1, 'tax-hnte-recognition', '05-30', [5, 5, 5, 5, 5]),
  o(2, 2, 'tax-hnte-recognition', '06-28', [4, 4, 4, 4, 4]),
  o(2, 3, 'tax-rd-super-deduction', '12-02', [5, 4, 4, 4, 5]),
  o(2, 0, 'energy-audit', '07-10', [4, 3, 4, 4, 4]),
  o(2, 1, 'energy-retrofit-plan', '08-22', [3, 4, 3, 4, 3]),
  o(2, 2, 'energy-carbon-accounting', '11-26', [4, 4, 4, 3, 4]),
  o(2, 0, 'ip-invention-patent', '05-08', [5, 5, 5, 5, 5]),
  o(2, 2, 'ip-utility-design-patent', '09-17', [4, 4, 4, 4, 4]),
  o(2, 1, 'tech-achievement-transfer', '07-25', [4, 4, 4, 4, 4]),
  o(2, 3, 'tech-key-project-application', '10-28', [5, 4, 5, 5, 4]),
];

/** When each demo pool member was admitted (`ago` years back, on MM-DD), and the one suspended since. */
const ADMISSIONS: Array<{ provider: number | 'login'; ago: number; on: string; suspended?: string }> = [
  { provider: 'login', ago: 3, on: '03-06' },
  { provider: 1, ago: 3, on: '03-06' },
  { provider: 2, ago: 3, on: '04-17' },
  { provider: 3, ago: 3, on: '04-17' },
  { provider: 4, ago: 1, on: '09-15' },
  { provider: 5, ago: 3, on: '03-06' },
  { provider: 6, ago: 3, on: '06-12' },
  { provider: 7, ago: 3, on: '06-12' },
  { provider: 8, ago: 3, on: '09-04' },
  { provider: 9, ago: 3, on: '09-04' },
  { provider: 10, ago: 2, on: '03-01' },
  { provider: 11, ago: 3, on: '11-20' },
  { provider: 12, ago: 2, on: '05-20' },
  // 启航营销策划: suspended on complaints last October (the pool step's suspension), so out of last year's round.
  { provider: 15, ago: 3, on: '08-01', suspended: '10-20' },
];

/** Within the default tiers (3 x 500,000 + 3 x 300,000 + 4 x 100,000 = 2,800,000 CNY). */
const BUDGET_FEN = 300_000_000;

const COMMENTS: Record<number, string> = {
  5: '服务专业细致，交付成果超出预期，值得推荐。',
  4: '整体满意，沟通顺畅，个别环节还可以更快。',
  3: '基本完成约定内容，但响应偏慢，多次催促才有进展。',
};

const DAY = 24 * 3600 * 1000;
const HOUR = 3600 * 1000;
/** An instant of a Shanghai calendar day. */
const on = (year: number, monthDay: string, time: string) => new Date(`${year}-${monthDay}T${time}:00+08:00`);

/** What the step loaded, for its banner line (known only in the process that ran it). */
let loaded: { year: number; ranked: number; ineligible: number } | undefined;

type Listing = Awaited<ReturnType<typeof demoListing>>;

/**
 * History for the awards (DOMAIN.md §7) and two rounds over it: the pool's admissions moved into
 * past years, the orders and ratings of {@link PAST_ORDERS} made through the real services and then
 * dated in their years (demo-history.ts says why and how), the round of the year before last computed
 * and published, last year's computed, by the demo admin. Skipped, with a warning, on an install whose
 * demo pool was changed since it was loaded (its providers' histories or listings are not the
 * demo's) or that already has a round of those years.
 */
export async function loadDemoAwards(moduleRef: ModuleRef, accounts: { admin: string; provider: string }) {
  const get = <T>(type: abstract new (...args: never[]) => T): T => moduleRef.get(type, { strict: false });
  const identity = get(IdentityService);
  const dataSource = get(DataSource);
  const awards = get(AwardsService);
  const year = Number(shanghaiDate(get(Clock).now()).slice(0, 4));

  const admissions = await Promise.all(
    ADMISSIONS.map(async (a) => {
      const email = a.provider === 'login' ? accounts.provider : demoProviderEmail(a.provider - 1);
      return { email, providerId: (await identity.actorByEmail(email)).orgId, steps: membershipSteps(a, year) };
    }),
  );
  const ready = await preflight(moduleRef, year, admissions);
  if (typeof ready === 'string') {
    new Logger('DemoData').warn(`Award history not loaded: ${ready}`);
    return;
  }
  for (const { providerId, steps } of admissions) await backdateMembership(dataSource, providerId, steps);

  const admitted = new Map(admissions.map((a) => [a.email, a.steps.find((s) => s.status === 'approved')!.at]));
  const enterprises = await Promise.all(DEMO_ENTERPRISES.map((e) => identity.actorByEmail(e.email)));
  for (const [n, spec] of PAST_ORDERS.entries()) {
    const listing = ready.get(spec.listing)!;
    await pastOrder(moduleRef, year, spec, enterprises[spec.enterprise], listing, admitted, n);
  }

  const admin = await identity.actorByEmail(accounts.admin);
  const before = await awards.create(admin, { year: year - 2, budgetFen: BUDGET_FEN });
  await awards.compute(admin, before.id);
  await get(AwardNoticeService).publish(admin, before.id);
  const last = await awards.create(admin, { year: year - 1, budgetFen: BUDGET_FEN });
  const { result } = await awards.compute(admin, last.id);
  loaded = { year, ranked: result?.ranked.length ?? 0, ineligible: result?.ineligible.length ?? 0 };
}

/** Draft a month before admission, submitted two weeks before it, approved, and suspended where it was. */
function membershipSteps(a: (typeof ADMISSIONS)[number], year: number): MembershipStep[] {
  const at = on(year - a.ago, a.on, '10:00');
  return [
    { status: 'draft', at: new Date(at.getTime() - 30 * DAY) },
    { status: 'submitted', at: new Date(at.getTime() - 14 * DAY) },
    { status: 'approved', at },
    ...(a.suspended ? [{ status: 'suspended' as const, at: on(year - 1, a.suspended, '15:00') }] : []),
  ];
}

/** Why the history cannot be made on this install, or the published listings it orders from (by key). */
async function preflight(
  moduleRef: ModuleRef,
  year: number,
  admissions: Array<{ email: string; providerId: string; steps: MembershipStep[] }>,
): Promise<string | Map<string, Listing>> {
  const awards = moduleRef.get(AwardsService, { strict: false });
  const dataSource = moduleRef.get(DataSource, { strict: false });
  const rounds = await awards.list(Object.assign(new PageQuery(), { pageSize: 100 }));
  const taken = rounds.items.filter((r) => r.year === year - 1 || r.year === year - 2).map((r) => r.year);
  if (taken.length > 0) return `an award round of ${taken.join(' and ')} exists`;
  for (const { email, providerId, steps } of admissions) {
    const have = await membershipStatuses(dataSource, providerId);
    const want = steps.map((s) => s.status).join(' > ');
    if (have !== want) return `${email} went ${have} in the pool, not ${want}`;
  }
  const listings = new Map<string, Listing>();
  for (const key of new Set(PAST_ORDERS.map((p) => p.listing))) {
    const listing = await demoListing(moduleRef, key).catch(() => null);
    if (!listing) return `the demo listing ${key} is not published`;
    listings.set(key, listing);
  }
  return listings;
}

/**
 * One engagement of a past year through the real services (request, accept, offline payment, start,
 * deliver, accept delivery, rating), then dated: requested 09:30 a service time before completion,
 * completed at 16:00 on its day, rated two days later.
 */
async function pastOrder(
  moduleRef: ModuleRef,
  year: number,
  spec: PastOrder,
  enterprise: Actor,
  { id: listingId, provider }: Listing,
  admitted: ReadonlyMap<string, Date>,
  n: number,
): Promise<void> {
  const orders = moduleRef.get(OrdersService, { strict: false });
  const payments = moduleRef.get(OrderPaymentsService, { strict: false });
  const dataSource = moduleRef.get(DataSource, { strict: false });
  const demo = DEMO_LISTINGS.find((l) => l.key === spec.listing)!;
  const orderYear = year - spec.ago;
  const completed = on(orderYear, spec.on, '16:00');
  const days = Math.min(Math.max(demo.deliveryDays, 7), 60);
  const created = new Date(completed.getTime() - (days + 6) * DAY - 6.5 * HOUR);
  const since = admitted.get(demo.provider);
  if (!since || created < since)
    throw new Error(`Demo order ${spec.listing} of ${orderYear} precedes its provider's admission`);

  const order = await orders.create(enterprise, {
    listingId,
    requirement: `${orderYear}年度委托：${demo.title}，按合同约定交付。`,
  });
  await orders.accept(provider, order.id);
  await payments.recordOfflinePayment(provider, order.id, `NBBANK-${orderYear}-${String(n + 1).padStart(4, '0')}`);
  await orders.start(provider, order.id);
  await orders.deliver(provider, order.id, '服务内容已按合同全部交付，报告与验收材料见附件。');
  await orders.acceptDelivery(enterprise, order.id);
  // Rated now (the rating window runs from completion), then both dated in their year.
  const rating = spec.scores ? await rate(moduleRef, enterprise, order.id, spec.scores) : null;
  await backdateOrder(dataSource, order.id, {
    created,
    confirmed: new Date(created.getTime() + DAY + HOUR),
    paid: new Date(created.getTime() + 2 * DAY),
    started: new Date(created.getTime() + 3 * DAY),
    delivered: new Date(completed.getTime() - 3 * DAY),
    completed,
  });
  if (rating)
    await backdateRating(dataSource, rating.id, completed, new Date(completed.getTime() + 2 * DAY - 5 * HOUR));
}

function rate(moduleRef: ModuleRef, enterprise: Actor, orderId: string, scores: Scores) {
  const [overall, professionalism, timeliness, effectiveness, value] = scores;
  const dto = { overall, professionalism, timeliness, effectiveness, value, comment: COMMENTS[overall] };
  return moduleRef.get(RatingsService, { strict: false }).rate(enterprise, orderId, dto);
}

/** The banner line: exact where this process loaded the step, in words otherwise. */
export function describeDemoAwards(): string[] {
  if (!loaded) return ['评选: 上一年度已计算（含入围与不符合条件的机构及原因），再前一年度已公示'];
  const { year, ranked, ineligible } = loaded;
  return [
    `评选: ${year - 1} 年度已计算（${ranked} 家入围，${ineligible} 家不符合条件）, ${year - 2} 年度已公示；` +
      `try /api/v1/awards/${year - 2}`,
  ];
}
