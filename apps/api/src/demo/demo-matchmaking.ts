import type { ModuleRef } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { IdentityService } from '@app/identity';
import { DemandsService, EventsService, MeetingsService, ProposalsService } from '@app/matchmaking';
import { OrdersService } from '@app/orders';
import { type Actor, Clock, shanghaiDate } from '@app/shared';
import { backdateEvent } from './demo-history.js';
import { DEMO_ENTERPRISES, demoListing } from './demo-orders.js';
import { demoProviderEmail } from './demo-pool.js';

const DAY = 24 * 3600 * 1000;
const HOUR = 3600 * 1000;

/**
 * Matchmaking (供需对接): open demands in several categories with proposals (the demo enterprise's
 * own among them), one matched demand with its quoted order, a draft; a past matchmaking event with
 * held meetings and a converted order, and an upcoming one open for registration.
 */
export async function loadDemoMatchmaking(moduleRef: ModuleRef, accounts: { admin: string; provider: string }) {
  const identity = moduleRef.get(IdentityService, { strict: false });
  const demands = moduleRef.get(DemandsService, { strict: false });
  const proposals = moduleRef.get(ProposalsService, { strict: false });
  const events = moduleRef.get(EventsService, { strict: false });
  const meetings = moduleRef.get(MeetingsService, { strict: false });
  const orders = moduleRef.get(OrdersService, { strict: false });
  const now = moduleRef.get(Clock, { strict: false }).now();
  const admin = await identity.actorByEmail(accounts.admin);
  const [e0, e1, e2, e3] = await Promise.all(DEMO_ENTERPRISES.slice(0, 4).map((e) => identity.actorByEmail(e.email)));
  const provider = (i: number) => identity.actorByEmail(demoProviderEmail(i));
  const [digital, energy, digitalLab, carbon] = await Promise.all([
    provider(0),
    provider(1),
    provider(10),
    provider(11),
  ]);
  const ipFirm = await identity.actorByEmail(accounts.provider);
  const deadline = (days: number) => shanghaiDate(new Date(now.getTime() + days * DAY));

  const post = async (
    owner: Actor,
    body: { title: string; description: string; category: string; regionCode: string; budget?: [number, number] },
    options: { days: number; visibility?: 'pool' | 'public'; publish?: boolean },
  ) => {
    const demand = await demands.create(owner, {
      title: body.title,
      description: body.description,
      category: body.category,
      regionCode: body.regionCode,
      budgetMinFen: body.budget?.[0] ?? null,
      budgetMaxFen: body.budget?.[1] ?? null,
      deadline: deadline(options.days),
      voucherIntended: true,
      visibility: options.visibility ?? 'pool',
    });
    if (options.publish !== false) await demands.publish(owner, demand.id);
    return demand.id;
  };
  const propose = (
    who: Actor,
    demandId: string,
    priceFen: number,
    deliveryDays: number,
    note: string,
    listingId?: string,
  ) => proposals.propose(who, demandId, { priceFen, deliveryDays, note, ...(listingId ? { listingId } : {}) });

  const mes = await post(
    e0,
    {
      title: '注塑车间MES系统升级与设备数据采集',
      description:
        '公司现有注塑机 48 台，生产报工仍靠纸质单据。计划上线MES系统，实现设备联网数据采集、工单派工与质量追溯，希望服务机构先做现场诊断，再给出分阶段实施方案与报价。',
      category: 'digital',
      regionCode: '330212',
      budget: [15_000_000, 30_000_000],
    },
    { days: 30 },
  );
  const mesListing = await demoListing(moduleRef, 'digital-mes-implementation');
  await propose(
    digital,
    mes,
    26_800_000,
    90,
    '两周现场诊断后分三期实施：设备联网、生产执行、质量追溯；含操作培训与一年运维。',
    mesListing.id,
  );
  await propose(digitalLab, mes, 23_500_000, 75, '基于工业互联网平台的轻量化MES，先在两条产线试点，验收后推广全车间。');

  const carbonDemand = await post(
    e1,
    {
      title: '年度碳排放核算与节能诊断',
      description:
        '出口欧盟的液压件需提供产品碳足迹数据。需要完成 2026 年度组织碳排放核算，并对空压站与热处理工序做节能诊断。',
      category: 'energy_carbon',
      regionCode: '330206',
      budget: [3_000_000, 8_000_000],
    },
    { days: 21, visibility: 'public' },
  );
  await propose(
    energy,
    carbonDemand,
    5_600_000,
    45,
    '按ISO 14064开展核算，出具核查报告；节能诊断含空压站能效测试与改造建议。',
  );
  await propose(
    carbon,
    carbonDemand,
    6_200_000,
    40,
    '碳核算与产品碳足迹（CBAM口径）一并完成，附节能改造投资回报测算。',
  );

  const ipDemand = await post(
    e2,
    {
      title: '出口产品海外商标注册与PCT专利布局',
      description:
        '主力产品拟进入东南亚与欧洲市场，需要在 6 个国家注册商标，并对两项核心技术做PCT国际专利申请与布局分析。',
      category: 'ip',
      regionCode: DEMO_ENTERPRISES[2].regionCode,
      budget: [8_000_000, 12_000_000],
    },
    { days: 45 },
  );
  await propose(ipFirm, ipDemand, 9_800_000, 60, '先做目标国商标近似检索与专利自由实施（FTO）分析，再分批递交。');

  // Matched: the enterprise chose one proposal; the order waits for it to confirm the quoted price.
  const erp = await post(
    e3,
    {
      title: 'ERP系统选型与业财一体化咨询',
      description:
        '现有财务与进销存系统各自独立，月结耗时长。希望选型一套适合百人规模制造企业的ERP，实现业务财务一体化。',
      category: 'digital',
      regionCode: DEMO_ENTERPRISES[3].regionCode,
      budget: [5_000_000, 12_000_000],
    },
    { days: 20 },
  );
  await propose(digital, erp, 11_800_000, 60, '三家主流ERP比选与POC演示，输出选型报告和实施路线图。');
  const chosen = await propose(
    digitalLab,
    erp,
    8_600_000,
    45,
    '选型咨询加业财一体化流程梳理，提供两家候选厂商的POC对比。',
  );
  await proposals.accept(e3, chosen.id, {});

  await post(
    e0,
    {
      title: '专精特新企业股权融资路演辅导',
      description: '计划明年启动A轮融资，需要商业计划书打磨、估值建议与投资机构路演对接。',
      category: 'finance',
      regionCode: '330212',
    },
    { days: 60, publish: false },
  );

  // A past event: made ahead (as the bureau would), its meetings held, then moved 40 days back.
  const start = new Date(now.getTime() + DAY);
  const past = await events.create(admin, {
    title: '2026年秋季专精特新企业服务对接会',
    description: '面向专精特新中小企业的数字化转型、节能降碳与知识产权服务一对一洽谈。',
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 6 * HOUR).toISOString(),
    place: '宁波市鄞州区科技大厦 3 楼会议室',
    online: false,
    categories: ['digital', 'energy_carbon', 'ip'],
    enterpriseCapacity: 30,
    providerCapacity: 15,
  });
  for (const who of [e0, e1, e2, digital, energy, ipFirm]) await events.register(who, past.id);
  const slot = (i: number) => new Date(start.getTime() + i * 30 * 60 * 1000).toISOString();
  const pairs: Array<[Actor, Actor]> = [
    [e0, digital],
    [e1, energy],
    [e2, ipFirm],
  ];
  const scheduled = [];
  for (const [i, [enterprise, provider]] of pairs.entries()) {
    scheduled.push(
      await meetings.schedule(admin, past.id, {
        enterpriseId: enterprise.orgId,
        providerId: provider.orgId,
        startsAt: slot(i),
        minutes: 30,
      }),
    );
  }
  await backdateEvent(moduleRef.get<DataSource>(getDataSourceToken(), { strict: false }), past.id, 40 * DAY);
  await meetings.recordOutcome(admin, scheduled[0].id, { held: true, note: '企业确认先做数字化诊断，会后提交预约。' });
  await meetings.recordOutcome(admin, scheduled[1].id, { held: true, note: '双方就碳核算范围达成初步意向。' });
  await meetings.recordOutcome(admin, scheduled[2].id, { held: false, note: '企业负责人临时出差，未到场。' });
  // The conversion: the pair that met booked (and confirmed) an engagement afterwards.
  const diagnosis = await demoListing(moduleRef, 'digital-transformation-diagnosis');
  const converted = await orders.create(e0, {
    listingId: diagnosis.id,
    requirement: '对接会洽谈后预约：注塑车间数字化转型诊断，为MES上线做准备。',
  });
  await orders.accept(diagnosis.provider, converted.id);

  const upcoming = new Date(now.getTime() + 14 * DAY);
  const next = await events.create(admin, {
    title: '数字化转型专题供需对接会',
    description: '工业互联网、MES与ERP服务机构与制造业企业专场对接，现场安排一对一洽谈。',
    startsAt: upcoming.toISOString(),
    endsAt: new Date(upcoming.getTime() + 3 * HOUR).toISOString(),
    place: '线上会议室（报名后通知链接）',
    online: true,
    categories: ['digital'],
    enterpriseCapacity: 30,
    providerCapacity: 10,
  });
  for (const who of [e1, digital, digitalLab]) await events.register(who, next.id);
}
