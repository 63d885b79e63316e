import { Injectable } from '@nestjs/common';
import { Between, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { Order, OrderEvent, OrderMessage } from './order.entity.js';
import { ENDED_WITHOUT_SERVICE, type OrderStatus } from './orders.rules.js';

/** A (provider, enterprise) pair with orders that count towards the awards of a year. */
export interface AwardOrderPair {
  providerId: string;
  enterpriseId: string;
  /** Its orders completed in the year at an agreed price of at least the round's minimum. */
  orders: number;
}

/** An enterprise-provider pair and the window in which its confirmed orders are counted (matchmaking conversions). */
export interface PairWindow {
  enterpriseId: string;
  providerId: string;
  /** Inclusive. */
  from: Date;
  /** Exclusive. */
  to: Date;
}

/** Named queries of the orders context (its tables only: `service_order`, `order_event`, `order_message`). */
@Injectable()
export class OrdersRepository {
  find(em: EntityManager, id: string): Promise<Order | null> {
    return em.findOneBy(Order, { id });
  }

  /**
   * The order a request with this key already made (a retry after a crash). Runs of one key
   * queue on a transaction lock here, so the second sees the first's order.
   */
  async lockAndFindByRequestKey(em: EntityManager, requestKey: string): Promise<Order | null> {
    await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [requestKey]);
    return em.findOneBy(Order, { requestKey });
  }

  /** The order row, locked for a transition: taken before any payment row of the order. */
  lock(em: EntityManager, id: string): Promise<Order | null> {
    return em.findOne(Order, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * Writes a loaded order back in one UPDATE of its columns; `em.save` would first read the row
   * again to find what changed, one more statement on every transition.
   */
  async update(em: EntityManager, order: Order): Promise<void> {
    const columns = em.connection.getMetadata(Order).columns.filter((c) => !c.isPrimary && !c.isUpdateDate);
    // Columns not loaded (request_key is select: false) stay as they are.
    const values = Object.fromEntries(
      columns.map((c) => [c.propertyName, c.getEntityValue(order)]).filter(([, value]) => value !== undefined),
    );
    const { raw } = await em
      .createQueryBuilder()
      .update(Order)
      .set(values)
      .where('id = :id', { id: order.id })
      .returning('updated_at')
      .execute();
    order.updatedAt = (raw as Array<{ updated_at: Date }>)[0].updated_at;
  }

  page(em: EntityManager, where: FindOptionsWhere<Order>, window: { skip: number; take: number }) {
    return em.findAndCount(Order, { where, order: { createdAt: 'DESC', id: 'ASC' }, ...window });
  }

  events(em: EntityManager, orderId: string): Promise<OrderEvent[]> {
    return em.find(OrderEvent, { where: { orderId }, order: { id: 'ASC' } });
  }

  async addEvent(em: EntityManager, event: Partial<OrderEvent>): Promise<void> {
    await em.save(em.create(OrderEvent, event));
  }

  messages(em: EntityManager, orderId: string, window: { skip: number; take: number }) {
    return em.findAndCount(OrderMessage, { where: { orderId }, order: { createdAt: 'ASC', id: 'ASC' }, ...window });
  }

  addMessage(em: EntityManager, message: Partial<OrderMessage>): Promise<OrderMessage> {
    return em.save(OrderMessage, message);
  }

  /** Requests and quotes due to expire, claimed with SKIP LOCKED so several workers share the work. */
  claimDueForExpiry(em: EntityManager, now: Date, limit: number): Promise<Order[]> {
    return em
      .createQueryBuilder(Order, 'o')
      .where(`o.status IN ('requested', 'quoted') AND o.expires_at <= :now`, { now })
      .orderBy('o.expires_at', 'ASC')
      .limit(limit)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
  }

  /** When the order was last delivered ('deliver' in its history), or null. */
  async deliveredAt(em: EntityManager, orderId: string): Promise<Date | null> {
    const [row] = await em.query(
      `SELECT max(created_at) AS at FROM order_event WHERE order_id = $1 AND action = 'deliver'`,
      [orderId],
    );
    return row?.at ? new Date(row.at) : null;
  }

  /** Orders with a voucher between one enterprise and one provider made in [from, to), less those that ended without the service. */
  async countVoucherOrdersOfPair(
    em: EntityManager,
    pair: { enterpriseId: string; providerId: string },
    from: Date,
    to: Date,
  ): Promise<number> {
    const [row] = await em.query(
      `SELECT count(*)::int AS n FROM service_order
       WHERE enterprise_id = $1 AND provider_id = $2 AND voucher_id IS NOT NULL
         AND status <> ALL($5) AND created_at >= $3 AND created_at < $4`,
      [pair.enterpriseId, pair.providerId, from, to, ENDED_WITHOUT_SERVICE],
    );
    return row.n;
  }

  /** Distinct enterprises served (completed orders) by a provider, and by one of its listings. */
  async countServed(
    em: EntityManager,
    providerId: string,
    listingId: string | null,
  ): Promise<{ provider: number; listing: number }> {
    // Completions of one provider queue here, so each count sees the others' committed rows.
    await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`served:${providerId}`]);
    const [row] = await em.query(
      `SELECT count(DISTINCT enterprise_id)::int AS provider,
              count(DISTINCT enterprise_id) FILTER (WHERE listing_id = $2)::int AS listing
       FROM service_order WHERE provider_id = $1 AND status = 'completed'`,
      [providerId, listingId],
    );
    return row;
  }

  /**
   * Awards (DOMAIN.md §7): per (provider, enterprise) pair, how many of its orders were completed in
   * [from, to) at an agreed price of at least `minOrderFen`. One aggregate pass over the year's
   * completions (a range scan of ix_order_completed_at), ordered by provider then enterprise.
   */
  async awardOrderPairs(
    em: EntityManager,
    range: { from: Date; to: Date },
    minOrderFen: number,
  ): Promise<AwardOrderPair[]> {
    const rows: Array<{ providerId: string; enterpriseId: string; orders: number }> = await em.query(
      `SELECT provider_id AS "providerId", enterprise_id AS "enterpriseId", count(*)::int AS orders
       FROM service_order
       WHERE status = 'completed' AND completed_at >= $1 AND completed_at < $2 AND agreed_price_fen >= $3
       GROUP BY provider_id, enterprise_id
       ORDER BY provider_id, enterprise_id`,
      [range.from, range.to, minOrderFen],
    );
    return rows;
  }

  /**
   * For each pair, in the order given: its orders created and confirmed in [from, to) (confirmed at
   * some point: confirmed or any later state). One statement for all pairs: the pairs are unnested
   * arrays joined to service_order through ix_order_enterprise (enterprise_id, created_at).
   */
  async confirmedInWindows(em: EntityManager, pairs: readonly PairWindow[]): Promise<number[]> {
    if (pairs.length === 0) return [];
    const rows: Array<{ i: string; count: number }> = await em.query(
      `SELECT p.i, count(o.id)::int AS count
       FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[], $4::timestamptz[])
            WITH ORDINALITY AS p(enterprise_id, provider_id, from_at, to_at, i)
       LEFT JOIN service_order o
         ON o.enterprise_id = p.enterprise_id AND o.provider_id = p.provider_id
        AND o.created_at >= p.from_at AND o.created_at < p.to_at
        AND o.confirmed_at >= p.from_at AND o.confirmed_at < p.to_at
       GROUP BY p.i
       ORDER BY p.i`,
      [
        pairs.map((p) => p.enterpriseId),
        pairs.map((p) => p.providerId),
        pairs.map((p) => p.from),
        pairs.map((p) => p.to),
      ],
    );
    return rows.map((r) => r.count);
  }

  /** Completed orders by completion time (ix_order_completed_at). */
  completedBetween(em: EntityManager, range: { from: Date; to: Date }, page: { skip: number; take: number }) {
    return em.find(Order, {
      select: {
        id: true,
        status: true,
        enterpriseId: true,
        providerId: true,
        listingId: true,
        category: true,
        completedAt: true,
      },
      where: { status: 'completed', completedAt: Between(range.from, new Date(range.to.getTime() - 1)) },
      order: { completedAt: 'ASC', id: 'ASC' },
      ...page,
    });
  }

  /** Orders counted by status (one GROUP BY over `service_order`; statuses with none are absent). */
  countByStatus(em: EntityManager): Promise<Array<{ status: OrderStatus; count: number }>> {
    return em.query(`SELECT status, count(*)::int AS count FROM service_order GROUP BY status`);
  }
}
