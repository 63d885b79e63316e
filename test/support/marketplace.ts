import type { OrdersService } from '@app/orders';
import { newListing } from './factories.js';
import type { TestApi, TestSession } from './session.js';

export type OrderState =
  | 'requested'
  | 'quoted'
  | 'confirmed'
  | 'in_progress'
  | 'delivered'
  | 'completed'
  | 'disputed'
  | 'declined'
  | 'cancelled'
  | 'expired';

async function ok(test: Promise<{ status: number; body: unknown }>, status = 200) {
  const res = await test;
  if (res.status !== status) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
  return res.body as Record<string, unknown> & { id: string; status: string };
}

/** Builds the parties and orders of the marketplace through the API, in any state. */
export class Marketplace {
  constructor(
    private readonly api: TestApi,
    readonly reviewer: TestSession,
  ) {}

  async provider(): Promise<TestSession> {
    return this.api.poolMember(this.reviewer);
  }

  /** A published listing (fixed price 4,500.00 CNY unless overridden). */
  async listing(
    provider: TestSession,
    overrides: Record<string, unknown> = {},
  ): Promise<{ id: string; priceFen: number | null }> {
    const listing = await ok(provider.post('/api/v1/listings', newListing(overrides)), 201);
    await ok(provider.post(`/api/v1/listings/${listing.id}/publish`));
    return listing as unknown as { id: string; priceFen: number | null };
  }

  async order(
    enterprise: TestSession,
    listingId: string,
    requirement = '需要申请两件发明专利，月底前提交',
  ): Promise<{ id: string; status: string } & Record<string, unknown>> {
    return ok(enterprise.post('/api/v1/orders', { listingId, requirement }), 201);
  }

  /**
   * A fresh order (fixed-price listing, or quote-priced when `quote`) driven to `state` by its
   * parties, the co-pay paid offline on the way to in_progress.
   */
  async orderIn(
    state: OrderState,
    options: { quote?: boolean; orders?: OrdersService; advance?: (ms: number) => void } = {},
  ): Promise<{ id: string; enterprise: TestSession; provider: TestSession }> {
    const provider = await this.provider();
    const enterprise = await this.api.enterprise();
    const listing = await this.listing(
      provider,
      options.quote || state === 'quoted' ? { priceModel: 'quote', priceFen: null } : {},
    );
    const { id } = await this.order(enterprise, listing.id);
    const path = (action: string) => `/api/v1/orders/${id}/${action}`;
    const confirm = options.quote
      ? [
          () => ok(provider.post(path('quote'), { priceFen: 500000 })),
          () => ok(enterprise.post(path('confirm'), { priceFen: 500000 })),
        ]
      : [() => ok(provider.post(path('accept')))];
    const pay = () => ok(provider.post(path('payments/offline'), { reference: 'BANK-REF-001' }));
    const plan: Record<OrderState, Array<() => Promise<unknown>>> = {
      requested: [],
      quoted: [() => ok(provider.post(path('quote'), { priceFen: 500000 }))],
      confirmed: confirm,
      in_progress: [...confirm, pay, () => ok(provider.post(path('start')))],
      delivered: [
        ...confirm,
        pay,
        () => ok(provider.post(path('start'))),
        () => ok(provider.post(path('deliver'), { summary: '已交付' })),
      ],
      completed: [],
      disputed: [],
      declined: [() => ok(provider.post(path('decline'), { reason: '档期已满' }))],
      cancelled: [() => ok(enterprise.post(path('cancel'), { reason: '需求变更' }))],
      expired: [],
    };
    plan.completed = [...plan.delivered, () => ok(enterprise.post(path('accept-delivery')))];
    plan.disputed = [...plan.delivered, () => ok(enterprise.post(path('dispute'), { reason: '交付不完整' }))];
    for (const step of plan[state]) await step();
    if (state === 'expired') {
      if (!options.orders || !options.advance) throw new Error('expired orders need orders and advance');
      options.advance(7 * 24 * 3600 * 1000);
      await options.orders.expireDue(1000);
    }
    return { id, enterprise, provider };
  }

  /**
   * An order of `listingId` by `buyer` accepted, paid offline, delivered, accepted and rated by its
   * parties: `overall` and `effectiveness` as given, the other scores 4.
   */
  async completedAndRated(
    provider: TestSession,
    listingId: string,
    buyer: TestSession,
    [overall, effectiveness]: [number, number],
  ): Promise<string> {
    const { id } = await this.order(buyer, listingId);
    const path = (action: string) => `/api/v1/orders/${id}/${action}`;
    await ok(provider.post(path('accept')));
    await ok(provider.post(path('payments/offline'), { reference: 'BANK-REF-001' }));
    await ok(provider.post(path('start')));
    await ok(provider.post(path('deliver'), { summary: '已交付' }));
    await ok(buyer.post(path('accept-delivery')));
    await ok(buyer.post(path('rating'), { overall, professionalism: 4, timeliness: 4, effectiveness, value: 4 }), 201);
    return id;
  }
}
