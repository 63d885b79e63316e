import type { ModuleRef } from '@nestjs/core';
import { IdentityService } from '@app/identity';
import { ListingsService } from '@app/listings';
import { ProvidersService } from '@app/providers';
import { type BureauRole, withUsccCheckChar } from '@app/shared';
import { describeDemoAwards, loadDemoAwards } from './demo-awards.js';
import { DEMO_LISTINGS } from './demo-listings.js';
import { DEMO_ENTERPRISES, DEMO_ORDER_COUNT, loadDemoOrders } from './demo-orders.js';
import { DEMO_LOGIN_PROVIDER_NAME, DEMO_PROVIDERS, demoProviderEmail, loadDemoPool } from './demo-pool.js';
import { loadDemoMatchmaking } from './demo-matchmaking.js';
import { loadDemoRatings } from './demo-ratings.js';
import { loadDemoVouchers } from './demo-vouchers.js';

export interface DemoStep {
  /** Recorded once applied; never rename a step that has shipped. */
  name: string;
  run(moduleRef: ModuleRef): Promise<void>;
  /** What to tell the user at start (logins). */
  describe(): string[];
}

export const DEMO_PASSWORD = 'demo-password-2026';

/** The logins the identity step creates. */
const DEMO_ACCOUNTS = {
  admin: 'demo-admin@demo.srdi.local',
  reviewer: 'reviewer@demo.srdi.local',
  finance: 'finance@demo.srdi.local',
  enterprise: 'enterprise@demo.srdi.local',
  provider: 'provider@demo.srdi.local',
};

export type DemoRole = keyof typeof DEMO_ACCOUNTS;

/**
 * Every demo login (all with the public {@link DEMO_PASSWORD}), from the same constants the steps
 * create them from; the start banner lists these.
 */
export function demoAccounts(): Array<{ role: DemoRole; email: string }> {
  return [
    ...Object.entries(DEMO_ACCOUNTS).map(([role, email]) => ({ role: role as DemoRole, email })),
    // The orders step registers the enterprises with a code (the first is the identity step's).
    ...DEMO_ENTERPRISES.filter((e) => e.code).map((e) => ({ role: 'enterprise' as const, email: e.email })),
    // The pool step registers one login per demo provider.
    ...DEMO_PROVIDERS.map((_, i) => ({ role: 'provider' as const, email: demoProviderEmail(i) })),
  ];
}

const ROLE_LABELS: Record<DemoRole, string> = {
  admin: 'bureau admin 管理员',
  reviewer: 'reviewer 审核',
  finance: 'finance 财务',
  enterprise: 'enterprise 企业',
  provider: 'provider 服务机构',
};

/** The banner's list of demo logins, by role; numbered runs are shortened (`provider01..15@demo.srdi.local`). */
export function describeDemoAccounts(accounts = demoAccounts()): string[] {
  const byRole = new Map<DemoRole, string[]>();
  for (const { role, email } of accounts) byRole.set(role, [...(byRole.get(role) ?? []), email]);
  const width = Math.max(...[...byRole.keys()].map((role) => displayWidth(ROLE_LABELS[role])));
  return [
    `Demo accounts (password ${DEMO_PASSWORD}, public: never with NODE_ENV=production):`,
    ...[...byRole].map(([role, emails]) => {
      const label = ROLE_LABELS[role];
      return `  ${label}${' '.repeat(width - displayWidth(label))}  ${shortenRuns(emails).join(', ')}`;
    }),
  ];
}

/** `a01@x, a02@x, a03@x` → `a01..03@x`: a run of consecutive numbers with one prefix and domain. */
function shortenRuns(emails: string[]): string[] {
  const out: string[] = [];
  let run: { prefix: string; domain: string; digits: number; from: number; to: number } | undefined;
  const flush = () => {
    if (!run) return;
    const n = (i: number) => String(i).padStart(run!.digits, '0');
    out.push(
      run.from === run.to
        ? `${run.prefix}${n(run.from)}${run.domain}`
        : `${run.prefix}${n(run.from)}..${n(run.to)}${run.domain}`,
    );
    run = undefined;
  };
  for (const email of emails) {
    const m = /^(.*?)(\d+)(@.*)$/.exec(email);
    if (!m) {
      flush();
      out.push(email);
      continue;
    }
    const [, prefix, digits, domain] = m;
    const value = Number(digits);
    if (run && run.prefix === prefix && run.domain === domain && run.digits === digits.length && value === run.to + 1) {
      run.to = value;
      continue;
    }
    flush();
    run = { prefix, domain, digits: digits.length, from: value, to: value };
  }
  flush();
  return out;
}

/** Columns a string takes in a terminal (CJK characters take two). */
function displayWidth(text: string): number {
  return [...text].reduce((n, c) => n + (c.codePointAt(0)! >= 0x2e80 ? 2 : 1), 0);
}

const identityStep: DemoStep = {
  name: '2026-11-identity',
  async run(moduleRef) {
    const identity = moduleRef.get(IdentityService, { strict: false });
    await identity.register(
      {
        email: DEMO_ACCOUNTS.enterprise,
        password: DEMO_PASSWORD,
        name: '陈静',
        orgType: 'enterprise',
        org: { name: '宁波甬江精密机械有限公司', uscc: withUsccCheckChar('91330212MA2H3K5L0'), regionCode: '330212' },
      },
      null,
    );
    await identity.register(
      {
        email: DEMO_ACCOUNTS.provider,
        password: DEMO_PASSWORD,
        name: '王磊',
        orgType: 'provider',
        org: { name: DEMO_LOGIN_PROVIDER_NAME, uscc: withUsccCheckChar('91330203MA2GQ7P81'), regionCode: '330203' },
      },
      null,
    );
    const admin = await identity.ensureBureauAdmin({
      email: DEMO_ACCOUNTS.admin,
      password: DEMO_PASSWORD,
      name: '演示管理员',
    });
    const actor = await identity.actorOf(admin.user.id);
    const staff: Array<[string, string, BureauRole]> = [
      [DEMO_ACCOUNTS.reviewer, '李审核', 'reviewer'],
      [DEMO_ACCOUNTS.finance, '赵财务', 'finance'],
    ];
    for (const [email, name, role] of staff) {
      await identity.createBureauUser(actor, { email, password: DEMO_PASSWORD, name, roles: [role] });
    }
  },
  // Its logins, and those of the later steps, are listed by describeDemoAccounts().
  describe: () => [],
};

const poolStep: DemoStep = {
  name: '2026-11-pool',
  run: (moduleRef) => loadDemoPool(moduleRef, DEMO_PASSWORD, DEMO_ACCOUNTS),
  describe: () => [
    `Resource pool: ${DEMO_PROVIDERS.length + 1} providers; one application waits in the reviewer queue, one is returned, one suspended`,
  ],
};

const listingsStep: DemoStep = {
  name: '2026-11-listings',
  async run(moduleRef) {
    const identity = moduleRef.get(IdentityService, { strict: false });
    const listings = moduleRef.get(ListingsService, { strict: false });
    const providers = moduleRef.get(ProvidersService, { strict: false });
    for (const { key: _key, provider, status, ...body } of DEMO_LISTINGS) {
      const actor = await identity.actorByEmail(provider);
      const listing = await listings.create(actor, body);
      // Providers outside the pool (the queued and the suspended one) keep drafts: they may not publish.
      if (status === 'draft' || !(await providers.isApproved(actor.orgId))) continue;
      await listings.publish(actor, listing.id);
      if (status === 'unpublished') await listings.unpublish(actor, listing.id);
    }
  },
  describe: () => [`Listings: ${DEMO_LISTINGS.length} service listings in Chinese; try /api/v1/search/listings?q=专利`],
};

const ordersStep: DemoStep = {
  name: '2026-11-orders',
  run: (moduleRef) => loadDemoOrders(moduleRef, DEMO_PASSWORD, DEMO_ACCOUNTS.reviewer),
  describe: () => [
    `Enterprises: ${DEMO_ENTERPRISES.length}, verified SRDI tiers and one claim waiting for review; ` +
      `${DEMO_ORDER_COUNT} orders in every state, co-pays paid by bank transfer`,
  ],
};

const vouchersStep: DemoStep = {
  name: '2026-12-vouchers',
  run: (moduleRef) => loadDemoVouchers(moduleRef, DEMO_ACCOUNTS),
  describe: () => [
    'Service vouchers: an open programme, vouchers applied for, approved, rejected, bulk-issued and revoked; ' +
      'orders that hold, release and consume voucher money; redemption claims in every state and two settlement batches',
  ],
};

const ratingsStep: DemoStep = {
  name: '2026-12-ratings',
  run: (moduleRef) => loadDemoRatings(moduleRef, DEMO_ACCOUNTS),
  describe: () => [
    'Ratings: every completed order of this year rated, with outcomes; one reply, one rating hidden by the bureau',
  ],
};

const awardsStep: DemoStep = {
  name: '2026-12-awards',
  run: (moduleRef) => loadDemoAwards(moduleRef, DEMO_ACCOUNTS),
  describe: describeDemoAwards,
};

const matchmakingStep: DemoStep = {
  name: '2026-12-matchmaking',
  run: (moduleRef) => loadDemoMatchmaking(moduleRef, DEMO_ACCOUNTS),
  describe: () => [
    'Matchmaking: open demands in three categories with proposals, one matched with its quoted order, a draft; ' +
      'a past event with held meetings and a converted order, an upcoming one open for registration',
  ],
};

/** In order; later issues append their steps. */
export const DEMO_STEPS: DemoStep[] = [
  identityStep,
  poolStep,
  listingsStep,
  ordersStep,
  vouchersStep,
  ratingsStep,
  awardsStep,
  matchmakingStep,
];
