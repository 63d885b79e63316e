import type { ModuleRef } from '@nestjs/core';
import { IdentityService } from '@app/identity';
import { OrdersQuery, OrdersService } from '@app/orders';
import { RatingsService } from '@app/ratings';
import { DEMO_LISTINGS } from './demo-listings.js';
import { DEMO_ENTERPRISES } from './demo-orders.js';

/** Scores and words the demo enterprises give, in turn, to their completed orders. */
const REVIEWS = [
  { scores: [5, 5, 4, 5, 4], comment: '辅导老师经验丰富，体系文件一次通过审核，响应很及时。' },
  { scores: [4, 4, 4, 4, 5], comment: '整体满意，价格合理，个别节点比约定晚了两天。' },
  { scores: [5, 5, 5, 4, 4], comment: '材料准备细致，认定一次通过。' },
  { scores: [3, 4, 2, 3, 3], comment: '交付质量尚可，但沟通不够主动，多次催促才有进展。' },
  { scores: [5, 4, 5, 5, 5], comment: '商标注册流程清楚，费用透明。' },
  { scores: [4, 5, 4, 4, 4], comment: '商业计划书质量高，已对接三家投资机构。' },
];

/** Measured outcomes (成效) by category, where the demo has them. */
const OUTCOMES: Record<string, Record<string, number | string>> = {
  ip: { trademarks: 1, note: '第7类商标已受理' },
  finance: { financingRaisedFen: 1_500_000_000 },
  consulting: { note: 'ISO9001 认证通过，一次不合格项 0 项' },
};

/**
 * Ratings of the demo's completed orders, with outcomes where the category has them; the provider
 * of the first replies; the bureau hides one (its enterprise sees why).
 */
export async function loadDemoRatings(moduleRef: ModuleRef, accounts: { reviewer: string }): Promise<void> {
  const identity = moduleRef.get(IdentityService, { strict: false });
  const orders = moduleRef.get(OrdersService, { strict: false });
  const ratings = moduleRef.get(RatingsService, { strict: false });
  const query = Object.assign(new OrdersQuery(), { status: 'completed', pageSize: 100 });
  const given: Array<{ id: string; providerId: string }> = [];
  let n = 0;
  for (const e of DEMO_ENTERPRISES) {
    const enterprise = await identity.actorByEmail(e.email);
    for (const order of (await orders.list(enterprise, query)).items) {
      const { scores, comment } = REVIEWS[n++ % REVIEWS.length];
      const [overall, professionalism, timeliness, effectiveness, value] = scores;
      const rating = await ratings.rate(enterprise, order.id, {
        overall,
        professionalism,
        timeliness,
        effectiveness,
        value,
        comment,
        ...(OUTCOMES[order.category] ? { outcomes: OUTCOMES[order.category] } : {}),
      });
      given.push({ id: rating.id, providerId: rating.providerId });
    }
  }
  // The ISO 9001 consultancy answers a rating of its work.
  const iso = DEMO_LISTINGS.find((l) => l.key === 'consulting-iso9001')!;
  const provider = await identity.actorByEmail(iso.provider);
  const answered = given.find((r) => r.providerId === provider.orgId)!;
  await ratings.reply(provider, answered.id, '感谢认可！后续监督审核我们会继续跟进，有问题随时联系。');
  const reviewer = await identity.actorByEmail(accounts.reviewer);
  await ratings.hide(reviewer, given[3].id, '评价中包含与本次服务无关的竞争机构信息，经核实予以隐藏。');
}
