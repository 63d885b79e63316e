import type { ModuleRef } from '@nestjs/core';
import { IdentityService } from '@app/identity';
import { PoolMembershipService, type UpdateProviderProfileDto } from '@app/providers';
import { withUsccCheckChar } from '@app/shared';

interface DemoProvider {
  name: string;
  regionCode: string;
  /** 9 USCC body characters (no I, O, S, V, Z). */
  code: string;
  categories: string[];
  legalRepresentative: string;
  contactName: string;
  contactPhone: string;
  address: string;
  introduction: string;
  qualifications: UpdateProviderProfileDto['qualifications'];
  staffCount: number;
  /** Where the demo leaves it (default approved). */
  outcome?: { action: 'submit' | 'return' | 'suspend' | 'reject'; reason?: string };
}

/** The provider behind the demo login provider@demo.srdi.local (registered by the identity step). */
export const DEMO_LOGIN_PROVIDER_NAME = '宁波知行知识产权代理有限公司';

/** Login email of DEMO_PROVIDERS[i]. */
export const demoProviderEmail = (i: number): string => `provider${String(i + 1).padStart(2, '0')}@demo.srdi.local`;

/** Every demo provider login with its name and whether the demo admits it to the pool. */
export function demoProviderAccounts(loginEmail: string): Array<{ email: string; name: string; approved: boolean }> {
  return [
    { email: loginEmail, name: DEMO_LOGIN_PROVIDER_NAME, approved: true },
    ...DEMO_PROVIDERS.map((p, i) => ({ email: demoProviderEmail(i), name: p.name, approved: !p.outcome })),
  ];
}

const q = (kind: string, number: string, issuer: string, validUntil: string) => ({ kind, number, issuer, validUntil });

/** A realistic Ningbo pool: 16 providers across every category, 13 approved, the rest in review states. */
export const DEMO_PROVIDERS: DemoProvider[] = [
  {
    name: '宁波甬智数字科技有限公司',
    regionCode: '330212',
    code: 'MA2J8K1L5',
    categories: ['digital'],
    legalRepresentative: '周建国',
    contactName: '孙丽',
    contactPhone: '0574-87321056',
    address: '宁波市鄞州区首南街道泰康中路456号',
    introduction: '工业互联网与智能制造服务商，为中小制造企业提供MES、ERP实施与数字化转型诊断，累计服务企业300余家。',
    qualifications: [q('信息系统建设和服务能力等级证书', 'CS3-3302-000123', '中国电子信息行业联合会', '2027-06-30')],
    staffCount: 85,
  },
  {
    name: '宁波绿源节能环保技术有限公司',
    regionCode: '330206',
    code: 'MA2H3N6P2',
    categories: ['energy_carbon'],
    legalRepresentative: '郑海峰',
    contactName: '何静',
    contactPhone: '0574-86852210',
    address: '宁波市北仑区新碶街道明州路288号',
    introduction: '提供能源审计、碳排放核算与碳足迹认证、节能改造方案设计，协助企业申报绿色工厂。',
    qualifications: [q('节能评估机构备案证明', 'ZJJN-2022-041', '浙江省经济和信息化厅', '2027-12-31')],
    staffCount: 42,
  },
  {
    name: '宁波海创股权投资管理有限公司',
    regionCode: '330212',
    code: 'MA2GX5R7T',
    categories: ['finance'],
    legalRepresentative: '林志远',
    contactName: '吴婷',
    contactPhone: '0574-88015566',
    address: '宁波市鄞州区宁东路269号环球航运广场',
    introduction: '专注专精特新企业股权融资、IPO辅导与上市规划，管理基金规模12亿元。',
    qualifications: [q('私募基金管理人登记', 'P1071234', '中国证券投资基金业协会', '2029-12-31')],
    staffCount: 28,
  },
  {
    name: '宁波外贸通国际市场服务有限公司',
    regionCode: '330205',
    code: 'MA2K7W3X1',
    categories: ['market'],
    legalRepresentative: '陈晓东',
    contactName: '徐敏',
    contactPhone: '0574-87658899',
    address: '宁波市江北区文教路72号',
    introduction: '跨境电商运营、海外展会组织与国际市场拓展服务，帮助制造企业开拓东南亚和欧洲市场。',
    qualifications: [],
    staffCount: 36,
  },
  {
    name: '宁波卓越企业管理咨询有限公司',
    regionCode: '330203',
    code: 'MA2E9Y4U6',
    categories: ['consulting'],
    legalRepresentative: '黄文斌',
    contactName: '杨帆',
    contactPhone: '0574-87296633',
    address: '宁波市海曙区中山西路138号天宁大厦',
    introduction: '精益生产、卓越绩效与ISO9001质量管理体系咨询，专精特新企业申报辅导。',
    qualifications: [q('质量管理体系认证咨询资质', 'ZJZX-2021-118', '浙江省质量协会', '2026-12-31')],
    staffCount: 22,
  },
  {
    name: '宁波产融对接服务中心有限公司',
    regionCode: '330211',
    code: 'MA2F1B8C3',
    categories: ['industry_matching', 'finance'],
    legalRepresentative: '王志强',
    contactName: '赵蕾',
    contactPhone: '0574-86301288',
    address: '宁波市镇海区骆驼街道民和路518号',
    introduction: '组织产业链上下游供需对接、银企对接会，搭建大中小企业融通平台。',
    qualifications: [],
    staffCount: 18,
  },
  {
    name: '宁波中检计量检测技术有限公司',
    regionCode: '330281',
    code: 'MA2D6E2F9',
    categories: ['testing'],
    legalRepresentative: '蒋国平',
    contactName: '钱芳',
    contactPhone: '0574-62751234',
    address: '宁波市余姚市阳明街道舜达西路285号',
    introduction: 'CMA、CNAS认可实验室，提供材料性能、电气安全与产品可靠性检验检测。',
    qualifications: [
      q('检验检测机构资质认定证书', '231112340567', '浙江省市场监督管理局', '2029-05-20'),
      q('实验室认可证书', 'CNAS L12345', '中国合格评定国家认可委员会', '2028-09-30'),
    ],
    staffCount: 120,
  },
  {
    name: '宁波甬才人力资源服务有限公司',
    regionCode: '330282',
    code: 'MA2C4G7H5',
    categories: ['talent'],
    legalRepresentative: '沈伟',
    contactName: '朱琳',
    contactPhone: '0574-63801122',
    address: '宁波市慈溪市浒山街道新城大道北路1号',
    introduction: '高技能人才培训、企业内训与专业技术人才引进服务，承接职业技能等级认定。',
    qualifications: [q('人力资源服务许可证', '330282-2020-015', '慈溪市人力资源和社会保障局', '2027-03-31')],
    staffCount: 33,
  },
  {
    name: '宁波明律财税咨询有限公司',
    regionCode: '330213',
    code: 'MA2B2J5K8',
    categories: ['legal_tax', 'finance'],
    legalRepresentative: '胡明',
    contactName: '马丽娟',
    contactPhone: '0574-88951230',
    address: '宁波市奉化区岳林街道南山路150号',
    introduction: '研发费用加计扣除、高新技术企业认定财税辅导、合同合规审查与法律顾问服务。',
    qualifications: [q('税务师事务所执业证', 'ZJSWS-2019-0871', '浙江省注册税务师协会', '2028-06-30')],
    staffCount: 19,
  },
  {
    name: '宁波新材料技术转移中心有限公司',
    regionCode: '330212',
    code: 'MA2A7L3M4',
    categories: ['tech_innovation'],
    legalRepresentative: '罗建华',
    contactName: '郭晶',
    contactPhone: '0574-87903456',
    address: '宁波市鄞州区聚贤路1299号',
    introduction: '技术成果转化、产学研合作对接与企业研发中心建设辅导，联合高校院所开展技术攻关。',
    qualifications: [q('国家技术转移示范机构', 'GJJSZY-2021-32', '科学技术部', '2027-12-31')],
    staffCount: 26,
  },
  {
    name: '宁波工业互联网研究院有限公司',
    regionCode: '330211',
    code: 'MA2N5P8Q2',
    categories: ['digital', 'tech_innovation'],
    legalRepresentative: '李卫东',
    contactName: '陶然',
    contactPhone: '0574-86881818',
    address: '宁波市镇海区庄市街道中官西路777号',
    introduction: '工业互联网平台建设、设备上云、智能工厂规划与数字化车间改造。',
    qualifications: [],
    staffCount: 150,
  },
  {
    name: '宁波双碳咨询服务有限公司',
    regionCode: '330226',
    code: 'MA2R3T6U1',
    categories: ['energy_carbon', 'consulting'],
    legalRepresentative: '邱晓峰',
    contactName: '曹颖',
    contactPhone: '0574-65123480',
    address: '宁波市宁海县跃龙街道兴海中路88号',
    introduction: '碳达峰行动方案编制、温室气体核查、ESG报告与清洁生产审核。',
    qualifications: [q('温室气体核查员证书', 'GHG-ZJ-2023-0456', '中国质量认证中心', '2027-10-31')],
    staffCount: 14,
  },
  {
    name: '宁波专利运营有限公司',
    regionCode: '330282',
    code: 'MA2W8X4Y7',
    categories: ['ip'],
    legalRepresentative: '韩磊',
    contactName: '冯倩',
    contactPhone: '0574-63389900',
    address: '宁波市慈溪市古塘街道开发大道1277号',
    introduction: '专利导航、高价值专利培育与专利质押融资服务。',
    qualifications: [q('专利代理机构执业许可证', '33255', '国家知识产权局', '2028-04-30')],
    staffCount: 12,
    outcome: { action: 'submit' },
  },
  {
    name: '宁波速达检测有限公司',
    regionCode: '330225',
    code: 'MA2U1D9E3',
    categories: ['testing'],
    legalRepresentative: '彭军',
    contactName: '董雪',
    contactPhone: '0574-65701234',
    address: '宁波市象山县丹西街道靖南大街198号',
    introduction: '产品出口认证检测、CE与UL认证咨询。',
    qualifications: [q('检验检测机构资质认定证书', '221112340999', '浙江省市场监督管理局', '2025-12-31')],
    staffCount: 9,
    outcome: { action: 'return', reason: '检验检测机构资质认定证书已于2025年底到期，请上传换发后的证书' },
  },
  {
    name: '宁波启航营销策划有限公司',
    regionCode: '330203',
    code: 'MA2Q6R2T8',
    categories: ['market'],
    legalRepresentative: '袁刚',
    contactName: '潘佳',
    contactPhone: '0574-87112345',
    address: '宁波市海曙区药行街42号',
    introduction: '品牌策划、展会营销与线上推广服务。',
    qualifications: [],
    staffCount: 11,
    outcome: { action: 'suspend', reason: '多家企业投诉服务未按合同交付，暂停入池资格核查' },
  },
];

/** The demo provider login's own organisation joins the pool as an IP agency. */
const DEMO_LOGIN_PROFILE: UpdateProviderProfileDto = {
  legalRepresentative: '王磊',
  contactName: '王磊',
  contactPhone: '13805741234',
  address: '宁波市海曙区中山西路2号恒隆中心',
  introduction: '专利申请、商标注册、知识产权布局与维权，服务宁波制造业中小企业十余年。',
  categories: ['ip', 'legal_tax'],
  qualifications: [q('专利代理机构执业许可证', '33107', '国家知识产权局', '2028-12-31')],
  staffCount: 25,
};

export async function loadDemoPool(
  moduleRef: ModuleRef,
  password: string,
  loginEmails: { provider: string; reviewer: string },
): Promise<void> {
  const identity = moduleRef.get(IdentityService, { strict: false });
  const providers = moduleRef.get(PoolMembershipService, { strict: false });
  const reviewer = await identity.actorByEmail(loginEmails.reviewer);

  const join = async (email: string, profile: UpdateProviderProfileDto, outcome: DemoProvider['outcome']) => {
    const actor = await identity.actorByEmail(email);
    await providers.updateOwn(actor, profile);
    await providers.submit(actor);
    if (outcome?.action === 'submit') return;
    if (outcome?.action === 'return' || outcome?.action === 'reject') {
      await providers.decide(reviewer, actor.orgId, outcome.action, outcome.reason ?? null);
      return;
    }
    await providers.decide(reviewer, actor.orgId, 'approve', null);
    if (outcome?.action === 'suspend') await providers.decide(reviewer, actor.orgId, 'suspend', outcome.reason ?? null);
  };

  await join(loginEmails.provider, DEMO_LOGIN_PROFILE, undefined);
  for (const [i, p] of DEMO_PROVIDERS.entries()) {
    const email = demoProviderEmail(i);
    await identity.register(
      {
        email,
        password,
        name: p.contactName,
        orgType: 'provider',
        org: { name: p.name, uscc: withUsccCheckChar(`91${p.regionCode}${p.code}`), regionCode: p.regionCode },
      },
      null,
    );
    const { name: _name, regionCode: _region, code: _code, outcome, ...profile } = p;
    await join(email, profile, outcome);
  }
}
