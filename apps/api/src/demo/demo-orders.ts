import type { ModuleRef } from '@nestjs/core';
import { EnterprisesService, type SrdiTier } from '@app/enterprises';
import { IdentityService } from '@app/identity';
import { ListingsService, OwnListingsQuery } from '@app/listings';
import { OrderPaymentsService, OrdersService } from '@app/orders';
import { type Actor, withUsccCheckChar } from '@app/shared';
import { DEMO_LISTINGS } from './demo-listings.js';

interface DemoEnterprise {
  email: string;
  name: string;
  regionCode: string;
  code: string;
  profile: {
    legalRepresentative: string;
    contactPhone: string;
    industry: string;
    employeeCount: number;
    revenueBand: string;
  };
  tier?: { tier: SrdiTier; certificateNo: string; year: number; verified: boolean };
}

/** Ningbo manufacturers (the first is the demo login enterprise@demo.srdi.local, registered by the identity step). */
export const DEMO_ENTERPRISES: DemoEnterprise[] = [
  {
    email: 'enterprise@demo.srdi.local',
    name: '宁波甬江精密机械有限公司',
    regionCode: '330212',
    code: '',
    profile: {
      legalRepresentative: '陈建华',
      contactPhone: '0574-88231456',
      industry: '通用设备制造业',
      employeeCount: 186,
      revenueBand: '1亿-2亿元',
    },
    tier: { tier: 'srdi', certificateNo: '浙经信企业〔2024〕0871号', year: 2024, verified: true },
  },
  {
    email: 'enterprise01@demo.srdi.local',
    name: '宁波北仑海天液压科技有限公司',
    regionCode: '330206',
    code: 'MA2H7Q3R4',
    profile: {
      legalRepresentative: '王海涛',
      contactPhone: '0574-86123456',
      industry: '液压和气压动力机械制造',
      employeeCount: 420,
      revenueBand: '2亿-5亿元',
    },
    tier: { tier: 'little_giant', certificateNo: '工信部企业函〔2023〕1123号', year: 2023, verified: true },
  },
  {
    email: 'enterprise02@demo.srdi.local',
    name: '宁波慈溪智联电器有限公司',
    regionCode: '330282',
    code: 'MA2J6T8U1',
    profile: {
      legalRepresentative: '孙伟',
      contactPhone: '13905741288',
      industry: '家用电力器具制造',
      employeeCount: 95,
      revenueBand: '5000万-1亿元',
    },
    tier: { tier: 'innovative_sme', certificateNo: '浙创新〔2025〕3345号', year: 2025, verified: true },
  },
  {
    email: 'enterprise03@demo.srdi.local',
    name: '宁波余姚光电材料有限公司',
    regionCode: '330281',
    code: 'MA2K2W5X7',
    profile: {
      legalRepresentative: '黄丽',
      contactPhone: '0574-62781234',
      industry: '光电子器件制造',
      employeeCount: 60,
      revenueBand: '2000万-5000万元',
    },
    tier: { tier: 'srdi', certificateNo: '浙经信企业〔2025〕1502号', year: 2025, verified: false },
  },
];

type Step =
  'quote' | 'accept' | 'confirm' | 'pay' | 'start' | 'deliver' | 'accept_delivery' | 'dispute' | 'cancel' | 'decline';

/** Orders of the demo enterprises, left in every state an order can wait in. */
const DEMO_ORDERS: Array<{ enterprise: number; listing: string; requirement: string; steps: Step[] }> = [
  {
    enterprise: 0,
    listing: 'ip-invention-patent',
    requirement: '新研发的两款精密减速器结构拟申请发明专利，希望本月内完成检索与撰写。',
    steps: [],
  },
  {
    enterprise: 0,
    listing: 'finance-equity-financing',
    requirement: '计划明年启动A轮融资，规模约5000万元，需要梳理估值与投资人对接。',
    steps: ['quote'],
  },
  {
    enterprise: 1,
    listing: 'energy-audit',
    requirement: '年综合能耗约8000吨标煤，需要完成能源审计并出具节能建议。',
    steps: ['accept'],
  },
  {
    enterprise: 1,
    listing: 'digital-transformation-diagnosis',
    requirement: '液压件车间设备联网率低，希望做一次数字化转型诊断。',
    steps: ['accept', 'pay', 'start'],
  },
  {
    enterprise: 2,
    listing: 'testing-ce-rohs',
    requirement: '出口欧盟的电热水壶需CE和RoHS检测认证。',
    steps: ['accept', 'pay', 'start', 'deliver'],
  },
  {
    enterprise: 0,
    listing: 'consulting-iso9001',
    requirement: '建立ISO9001质量管理体系并通过认证审核。',
    steps: ['accept', 'pay', 'start', 'deliver', 'accept_delivery'],
  },
  {
    enterprise: 1,
    listing: 'consulting-iso9001',
    requirement: '集团内新设子公司需要ISO9001认证辅导。',
    steps: ['accept', 'pay', 'start', 'deliver', 'accept_delivery'],
  },
  {
    enterprise: 2,
    listing: 'tax-hnte-recognition',
    requirement: '申报今年的高新技术企业认定。',
    steps: ['accept', 'pay', 'start', 'deliver', 'accept_delivery'],
  },
  {
    enterprise: 2,
    listing: 'energy-carbon-accounting',
    requirement: '核算2025年度碳排放，配合出口客户的碳数据要求。',
    steps: ['accept', 'pay', 'start', 'deliver', 'dispute'],
  },
  { enterprise: 0, listing: 'ip-trademark-registration', requirement: '在第7类注册新品牌商标。', steps: ['cancel'] },
  { enterprise: 3, listing: 'talent-headhunting', requirement: '招聘一名光学工艺工程师。', steps: ['decline'] },
];

export async function loadDemoOrders(moduleRef: ModuleRef, password: string, reviewerEmail: string): Promise<void> {
  const identity = moduleRef.get(IdentityService, { strict: false });
  const enterprises = moduleRef.get(EnterprisesService, { strict: false });
  const orders = moduleRef.get(OrdersService, { strict: false });
  const payments = moduleRef.get(OrderPaymentsService, { strict: false });
  const reviewer = await identity.actorByEmail(reviewerEmail);

  const actors: Actor[] = [];
  for (const e of DEMO_ENTERPRISES) {
    if (e.code) {
      await identity.register(
        {
          email: e.email,
          password,
          name: e.profile.legalRepresentative,
          orgType: 'enterprise',
          org: { name: e.name, uscc: withUsccCheckChar(`91${e.regionCode}${e.code}`), regionCode: e.regionCode },
        },
        null,
      );
    }
    const actor = await identity.actorByEmail(e.email);
    await enterprises.updateOwn(actor, e.profile);
    if (e.tier) {
      const claim = await enterprises.claimTier(actor, {
        tier: e.tier.tier,
        certificateNo: e.tier.certificateNo,
        year: e.tier.year,
      });
      if (e.tier.verified) await enterprises.decide(reviewer, claim.id, 'verify', {});
    }
    actors.push(actor);
  }

  const listingIds = new Map<string, { id: string; provider: Actor }>();
  for (const key of new Set(DEMO_ORDERS.map((o) => o.listing))) listingIds.set(key, await demoListing(moduleRef, key));

  for (const spec of DEMO_ORDERS) {
    const enterprise = actors[spec.enterprise];
    const { id: listingId, provider } = listingIds.get(spec.listing)!;
    const order = await orders.create(enterprise, { listingId, requirement: spec.requirement });
    for (const step of spec.steps) {
      if (step === 'quote') await orders.quote(provider, order.id, 5_000_000);
      if (step === 'accept') await orders.accept(provider, order.id);
      if (step === 'pay')
        await payments.recordOfflinePayment(provider, order.id, `NBBANK-${order.id.slice(0, 8).toUpperCase()}`);
      if (step === 'start') await orders.start(provider, order.id);
      if (step === 'deliver') await orders.deliver(provider, order.id, '已完成全部交付内容，报告与证书扫描件见附件。');
      if (step === 'accept_delivery') await orders.acceptDelivery(enterprise, order.id);
      if (step === 'dispute')
        await orders.dispute(enterprise, order.id, '核算报告缺少范围三排放数据，与合同约定不符。');
      if (step === 'cancel') await orders.cancel(enterprise, order.id, '品牌名称调整，暂缓申请。');
      if (step === 'decline') await orders.decline(provider, order.id, '该岗位不在本机构服务地域范围内。');
    }
  }
}

export const DEMO_ORDER_COUNT = DEMO_ORDERS.length;

/** A published demo listing by its key, with its provider. */
export async function demoListing(moduleRef: ModuleRef, key: string): Promise<{ id: string; provider: Actor }> {
  const identity = moduleRef.get(IdentityService, { strict: false });
  const listings = moduleRef.get(ListingsService, { strict: false });
  const demo = DEMO_LISTINGS.find((l) => l.key === key)!;
  const provider = await identity.actorByEmail(demo.provider);
  const own = await listings.listOwn(
    provider,
    Object.assign(new OwnListingsQuery(), { pageSize: 100, status: 'published' }),
  );
  return { id: own.items.find((l) => l.title === demo.title)!.id, provider };
}
