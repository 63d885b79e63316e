import type { ModuleRef } from '@nestjs/core';
import { CatalogService } from '@app/catalog';
import { IdentityService } from '@app/identity';
import { OrderPaymentsService, OrdersService } from '@app/orders';
import { Clock, shanghaiDate } from '@app/shared';
import { RedemptionService, SettlementService, VoucherIssuanceService, VoucherProgramsService } from '@app/vouchers';
import { DEMO_ENTERPRISES, demoListing } from './demo-orders.js';

/**
 * The year's voucher programme (open, 50% of the fee up to 30,000 CNY a voucher), applications
 * approved (one for less), one rejected, a bulk issue to little giants, one voucher revoked, and
 * orders that hold, release and consume voucher money.
 */
export async function loadDemoVouchers(
  moduleRef: ModuleRef,
  accounts: { admin: string; reviewer: string; finance: string },
): Promise<void> {
  const identity = moduleRef.get(IdentityService, { strict: false });
  const catalog = moduleRef.get(CatalogService, { strict: false });
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
    categories: (await catalog.listCategories()).map((c) => c.code),
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

  // Consumed: completed engagements paid in part by voucher, each then claimed by its provider.
  const completed = async (who: typeof e0, key: string, voucherId: string, requirement: string) => {
    const listing = await demoListing(moduleRef, key);
    const order = await orders.create(who, { listingId: listing.id, requirement, voucherId });
    await orders.accept(listing.provider, order.id);
    await payments.recordOfflinePayment(listing.provider, order.id, `NBBANK-V-${order.id.slice(0, 8).toUpperCase()}`);
    await orders.start(listing.provider, order.id);
    await orders.deliver(listing.provider, order.id, '服务内容已全部交付，报告与证明材料见附件。');
    await orders.acceptDelivery(who, order.id);
    return { order, provider: listing.provider };
  };
  const iso = await completed(e0, 'consulting-iso9001', v0, '新厂区纳入ISO9001体系，需补充认证辅导。');
  const hnte = await completed(e2, 'tax-hnte-recognition', v2, '申报今年的高新技术企业认定，需要辅导。');
  const trademark = await completed(e0, 'ip-trademark-registration', v0, '新产品线商标注册。');
  const roadshow = await completed(e1, 'finance-bp-roadshow', v1, '准备A轮融资的商业计划书与路演。');

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

  // 兑付 claims in every state, and settlement batches: one paid, one waiting for the bank.
  const redemption = moduleRef.get(RedemptionService, { strict: false });
  const settlement = moduleRef.get(SettlementService, { strict: false });
  const finance = await identity.actorByEmail(accounts.finance);
  let invoice = 0;
  const claim = (done: { order: { id: string; listedPriceFen: number | null }; provider: typeof e0 }) =>
    redemption.submit(done.provider, {
      orderId: done.order.id,
      invoiceNo: `3302${year}${String(++invoice).padStart(8, '0')}`,
      invoiceAmountFen: done.order.listedPriceFen ?? 0,
      contractNo: `HT-${year}-${String(invoice).padStart(4, '0')}`,
      reportSummary: '服务已按合同完成交付，企业已验收，附服务报告与验收单。',
    });
  const paid = await claim(iso);
  const batched = await claim(hnte);
  const rejected = await claim(trademark);
  const approved = await claim(roadshow);
  for (const c of [paid, batched, approved]) await redemption.approve(reviewer, c.id);
  await redemption.reject(reviewer, rejected.id, '发票金额与合同金额不一致，请更正发票后重新提交。', false);
  const first = await settlement.create(finance, [paid.id]);
  await settlement.markPaid(finance, first.id, `NBZF-${year}1130-0001`);
  await settlement.create(finance, [batched.id]);
}
