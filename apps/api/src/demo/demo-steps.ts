import type { ModuleRef } from '@nestjs/core';
import { IdentityService } from '@app/identity';
import { ListingsService } from '@app/listings';
import { ProvidersService } from '@app/providers';
import { type BureauRole, withUsccCheckChar } from '@app/shared';
import { DEMO_LISTINGS } from './demo-listings.js';
import { DEMO_ENTERPRISES, DEMO_ORDER_COUNT, loadDemoOrders } from './demo-orders.js';
import { DEMO_LOGIN_PROVIDER_NAME, DEMO_PROVIDERS, loadDemoPool } from './demo-pool.js';

export interface DemoStep {
  /** Recorded once applied; never rename a step that has shipped. */
  name: string;
  run(moduleRef: ModuleRef): Promise<void>;
  /** What to tell the user at start (logins). */
  describe(): string[];
}

export const DEMO_PASSWORD = 'demo-password-2026';

const DEMO_ACCOUNTS = {
  enterprise: 'enterprise@demo.srdi.local',
  provider: 'provider@demo.srdi.local',
  reviewer: 'reviewer@demo.srdi.local',
  finance: 'finance@demo.srdi.local',
};

const identityStep: DemoStep = {
  name: '2026-11-identity',
  async run(moduleRef) {
    const identity = moduleRef.get(IdentityService, { strict: false });
    await identity.register({
      email: DEMO_ACCOUNTS.enterprise,
      password: DEMO_PASSWORD,
      name: '陈静',
      orgType: 'enterprise',
      org: { name: '宁波甬江精密机械有限公司', uscc: withUsccCheckChar('91330212MA2H3K5L0'), regionCode: '330212' },
    });
    await identity.register({
      email: DEMO_ACCOUNTS.provider,
      password: DEMO_PASSWORD,
      name: '王磊',
      orgType: 'provider',
      org: { name: DEMO_LOGIN_PROVIDER_NAME, uscc: withUsccCheckChar('91330203MA2GQ7P81'), regionCode: '330203' },
    });
    const admin = await identity.ensureBureauAdmin({
      email: 'demo-admin@demo.srdi.local',
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
  describe: () => [
    `Demo accounts (password ${DEMO_PASSWORD}):`,
    `  enterprise 企业  ${DEMO_ACCOUNTS.enterprise}`,
    `  provider 服务机构 ${DEMO_ACCOUNTS.provider}`,
    `  reviewer 审核    ${DEMO_ACCOUNTS.reviewer}`,
    `  finance 财务     ${DEMO_ACCOUNTS.finance}`,
  ],
};

const poolStep: DemoStep = {
  name: '2026-11-pool',
  run: (moduleRef) => loadDemoPool(moduleRef, DEMO_PASSWORD, DEMO_ACCOUNTS),
  describe: () => [
    `Resource pool: ${DEMO_PROVIDERS.length + 1} providers (provider01..${String(DEMO_PROVIDERS.length).padStart(2, '0')}@demo.srdi.local, same password); ` +
      'one application waits in the reviewer queue, one is returned, one suspended',
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
    `Enterprises: ${DEMO_ENTERPRISES.length} (enterprise@ and enterprise01..${String(DEMO_ENTERPRISES.length - 1).padStart(2, '0')}@demo.srdi.local), ` +
      `verified SRDI tiers and one claim waiting for review; ${DEMO_ORDER_COUNT} orders in every state, co-pays paid by bank transfer`,
  ],
};

/** In order; later issues append their steps. */
export const DEMO_STEPS: DemoStep[] = [identityStep, poolStep, listingsStep, ordersStep];
