import type { ModuleRef } from '@nestjs/core';
import { IdentityService } from '@app/identity';
import { OrderPaymentsService, OrdersService } from '@app/orders';
import { Clock, shanghaiDate } from '@app/shared';
import { VoucherIssuanceService, VoucherProgramsService } from '@app/vouchers';
import { DEMO_ENTERPRISES, demoListing } from './demo-orders.js';

const CATEGORIES = [
  'tech_innovation',
  'ip',
  'digital',
  'energy_carbon',
  'finance',
  'market',
  'consulting',
  'industry_matching',
  'testing',
  'talent',
  'legal_tax',
];

/**
 * The year's voucher programme (open, 50% of the fee up to 30,000 CNY a voucher), applications
 * approved (one for less), one rejected, a bulk issue to little giants, one voucher revoked, and
 * orders that hold, release and consume voucher money.
 */
export async function loadDemoVouchers(
  moduleRef: ModuleRef,
  accounts: { admin: string; reviewer: string },
): Promise<void> {
  const identity = moduleRef.get(IdentityService, { strict: false });
  const programs = moduleRef.get(VoucherProgramsService, { strict: false });
  const issuance = moduleRef.get(VoucherIssuanceService, { strict: false });
  const orders = moduleRef.get(OrdersService, { strict: false });
  const payments = moduleRef.get(OrderPaymentsService, { strict: false });
  const year = Number(shanghaiDate(moduleRef.get(Clock, { strict: false }).now()).slice(0, 4));
  const admin = await identity.actorByEmail(accounts.admin);
  const reviewer = await identity.actorByEmail(accounts.reviewer);
  const [e0, e1, e2] = await Promise.all(DEMO_ENTERPRISES.slice(0, 3).map((e) => identity.actorByEmail(e.email)));

  const program = await programs.create(admin, {
    name: `${year}年度宁波市专精特新企业服务券`,
    year,
    budgetFen: 500_000_000,
    coverageBp: 5000,
    maxFaceValueFen: 3_000_000,
    perEnterpriseYearCapFen: 5_000_000,
    categories: CATEGORIES,
    tiers: ['innovative_sme', 'srdi', 'little_giant', 'single_champion'],
    applyFrom: `${year}-01-01`,
    applyUntil: `${year}-12-31`,
    validFrom: `${year}-01-01`,
    validUntil: `${year + 1}-06-30`,
  });
  await programs.transition(admin, program.id, 'open');

  const apply = (who: typeof e0, requestedFen: number, purpose: string) =>
    issuance.apply(who, program.id, { requestedFen, purpose });
  const a0 = await apply(e0, 2_000_000, '质量管理体系认证与知识产权布局服务');
  const a1 = await apply(e1, 3_000_000, '车间数字化转型诊断及后续实施咨询');
  const a2 = await apply(e2, 2_000_000, '出口产品检测认证与高新技术企业认定辅导');
  const a3 = await apply(e0, 3_000_000, '海外展会参展补贴');
  const v0 = (await issuance.approve(reviewer, a0.id)).voucherId!;
  const v1 = (await issuance.approve(reviewer, a1.id, 2_000_000)).voucherId!;
  const v2 = (await issuance.approve(reviewer, a2.id)).voucherId!;
  await issuance.reject(reviewer, a3.id, '展会参展不属于本年度服务券支持范围，请关注市场开拓专项。');
  await issuance.bulkIssue(admin, program.id, ['little_giant'], 500_000);

  // Consumed: a completed ISO 9001 engagement paid half by voucher.
  const iso = await demoListing(moduleRef, 'consulting-iso9001');
  const done = await orders.create(e0, {
    listingId: iso.id,
    requirement: '新厂区纳入ISO9001体系，需补充认证辅导。',
    voucherId: v0,
  });
  await orders.accept(iso.provider, done.id);
  await payments.recordOfflinePayment(iso.provider, done.id, `NBBANK-V-${done.id.slice(0, 8).toUpperCase()}`);
  await orders.start(iso.provider, done.id);
  await orders.deliver(iso.provider, done.id, '体系文件与内审报告已交付，认证审核通过。');
  await orders.acceptDelivery(e0, done.id);

  // Held: a confirmed diagnosis, co-pay not yet paid.
  const diagnosis = await demoListing(moduleRef, 'digital-transformation-diagnosis');
  const held = await orders.create(e1, { listingId: diagnosis.id, requirement: '新产线设备联网评估。', voucherId: v1 });
  await orders.accept(diagnosis.provider, held.id);

  // Released: a cancelled energy audit gave its hold back.
  const audit = await demoListing(moduleRef, 'energy-audit');
  const released = await orders.create(e2, { listingId: audit.id, requirement: '年度能源审计。', voucherId: v2 });
  await orders.cancel(e2, released.id, '集团统一安排能源审计，本次取消。');

  // Revoked: the bureau withdrew one bulk-issued voucher.
  const bulk = await issuance.vouchers(admin, Object.assign({ page: 1, pageSize: 100, programId: program.id }));
  const toRevoke = bulk.items.find((v) => v.faceValueFen === 500_000);
  if (toRevoke) await issuance.revoke(admin, toRevoke.id, '企业已获同类市级补助，按规定收回。');
}
