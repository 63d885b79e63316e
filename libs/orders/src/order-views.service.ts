import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EnterprisesService } from '@app/enterprises';
import { PaymentsService } from '@app/payments';
import { ProvidersService } from '@app/providers';
import type { Order, OrderEvent } from './order.entity.js';
import { orderView, type OrderView } from './order.views.js';

/** Orders as the API shows them: with their payments and the parties' names. */
@Injectable()
export class OrderViews {
  constructor(
    private readonly payments: PaymentsService,
    private readonly enterprises: EnterprisesService,
    private readonly providers: ProvidersService,
  ) {}

  async one(em: EntityManager, order: Order, events?: OrderEvent[]): Promise<OrderView> {
    const [view] = await this.many(em, [order], events);
    return view;
  }

  /** In three queries whatever the count. */
  async many(em: EntityManager, orders: Order[], events?: OrderEvent[]): Promise<OrderView[]> {
    // One after another: inside a transaction they share one connection.
    const pay = await this.payments.summaries(
      em,
      orders.map((o) => o.id),
    );
    const enterprises = await this.enterprises.names(em, [...new Set(orders.map((o) => o.enterpriseId))]);
    const providers = await this.providers.facts(em, [...new Set(orders.map((o) => o.providerId))]);
    const providerNames = new Map(providers.map((p) => [p.id, p.name]));
    return orders.map((o) =>
      orderView(
        o,
        pay.get(o.id)!,
        { enterprise: enterprises.get(o.enterpriseId) ?? '', provider: providerNames.get(o.providerId) ?? '' },
        events,
      ),
    );
  }
}
