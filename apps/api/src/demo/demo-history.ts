import type { DataSource, EntityManager } from 'typeorm';

/**
 * Backdating of the demo's own rows, for the awards step (demo-awards.ts).
 *
 * Every service stamps its rows with the app's clock, which in a running app is "now"; an award
 * round for last year needs orders completed, ratings given and providers admitted in past years.
 * The awards step therefore makes that history through the real services (every rule, effect and
 * figure as in real use) and then moves the times of the rows it just made, and only those, into
 * the past with the UPDATEs below. This is the demo shaping its own data, which only the demo may
 * do: nothing outside apps/api/src/demo writes another context's tables (STYLE.md).
 *
 * Left as written: the audit log (append-only, a trigger refuses UPDATE: its events say when the
 * demo data was really loaded), and the listings, enterprises and logins the orders refer to.
 */

/** When each step of a completed order happened. */
export interface OrderTimeline {
  created: Date;
  confirmed: Date;
  paid: Date;
  started: Date;
  delivered: Date;
  completed: Date;
}

/** The order events of the demo's path (request, accept, offline payment, start, deliver, accept delivery). */
const EVENT_TIMES: Record<string, keyof OrderTimeline> = {
  requested: 'created',
  accept: 'confirmed',
  payment_paid: 'paid',
  start: 'started',
  deliver: 'delivered',
  accept_delivery: 'completed',
};

/** Runs a data-changing statement and answers how many rows it touched. */
async function changed(em: EntityManager, sql: string, params: unknown[]): Promise<number> {
  const [row] = await em.query(`WITH changed AS (${sql} RETURNING 1) SELECT count(*)::int AS n FROM changed`, params);
  return row.n;
}

/** Moves a completed order, its history and its payments to `t`. */
export async function backdateOrder(dataSource: DataSource, orderId: string, t: OrderTimeline): Promise<void> {
  await dataSource.transaction(async (em) => {
    const rows: Array<{ action: string }> = await em.query(
      'SELECT DISTINCT action FROM order_event WHERE order_id = $1',
      [orderId],
    );
    const unknown = rows.map((r) => r.action).filter((action) => !(action in EVENT_TIMES));
    if (unknown.length > 0) throw new Error(`Demo history: no time for order event(s) ${unknown.join(', ')}`);
    for (const { action } of rows) {
      await em.query('UPDATE order_event SET created_at = $3 WHERE order_id = $1 AND action = $2', [
        orderId,
        action,
        t[EVENT_TIMES[action]],
      ]);
    }
    const orders = await changed(
      em,
      `UPDATE service_order SET created_at = $2, confirmed_at = $3, completed_at = $4, updated_at = $4
       WHERE id = $1 AND status = 'completed'`,
      [orderId, t.created, t.confirmed, t.completed],
    );
    if (orders !== 1) throw new Error(`Demo history: order ${orderId} is not completed`);
    await em.query('UPDATE payment SET created_at = $2, updated_at = $2 WHERE order_id = $1', [orderId, t.paid]);
  });
}

/** Moves a rating (and the provider's notice of it) to `ratedAt`, with its copy of the order's completion. */
export async function backdateRating(
  dataSource: DataSource,
  ratingId: string,
  orderCompletedAt: Date,
  ratedAt: Date,
): Promise<void> {
  await dataSource.transaction(async (em) => {
    const ratings = await changed(
      em,
      'UPDATE rating SET order_completed_at = $2, created_at = $3, updated_at = $3 WHERE id = $1',
      [ratingId, orderCompletedAt, ratedAt],
    );
    if (ratings !== 1) throw new Error(`Demo history: no rating ${ratingId}`);
    await em.query('UPDATE notification SET created_at = $2 WHERE subject_id = $1', [ratingId, ratedAt]);
  });
}

/** One status of a provider's pool history and when it began. */
export interface MembershipStep {
  status: 'draft' | 'submitted' | 'approved' | 'suspended';
  at: Date;
}

const STATUS_ORDER = ['draft', 'submitted', 'approved', 'suspended'];

/** A provider's pool history, oldest first, as statuses (periods begun in the same instant in the pool's order). */
async function periodsOf(em: EntityManager, providerId: string, lock = false) {
  const periods: Array<{ id: string; status: string; to_at: Date | null }> = await em.query(
    `SELECT id, status, to_at FROM provider_membership WHERE provider_id = $1
     ORDER BY from_at, to_at NULLS LAST, array_position($2::text[], status::text)${lock ? ' FOR UPDATE' : ''}`,
    [providerId, STATUS_ORDER],
  );
  return periods;
}

/** The statuses of a provider's pool history, oldest first (`draft > submitted > approved`). */
export async function membershipStatuses(dataSource: DataSource, providerId: string): Promise<string> {
  return (await periodsOf(dataSource.manager, providerId)).map((p) => p.status).join(' > ');
}

/**
 * Rewrites the times of a provider's pool history (provider_membership has no append-only trigger,
 * unlike the audit log): its periods, oldest first, must be exactly `steps`' statuses; each gets its
 * step's time and ends when the next begins (the last stays open). The provider row follows:
 * created, submitted, admitted (first approval) and the time of its last decision.
 */
export async function backdateMembership(
  dataSource: DataSource,
  providerId: string,
  steps: MembershipStep[],
): Promise<void> {
  await dataSource.transaction(async (em) => {
    const periods = await periodsOf(em, providerId, true);
    const have = periods.map((p) => p.status).join(' > ');
    const want = steps.map((s) => s.status).join(' > ');
    if (have !== want) throw new Error(`Demo history: provider ${providerId} went ${have}, not ${want}`);
    for (const [i, period] of periods.entries()) {
      const to = period.to_at === null ? null : steps[i + 1].at;
      await em.query('UPDATE provider_membership SET from_at = $2, to_at = $3 WHERE id = $1', [
        period.id,
        steps[i].at,
        to,
      ]);
    }
    const at = (status: MembershipStep['status']) => steps.find((s) => s.status === status)?.at ?? null;
    await em.query(
      `UPDATE provider SET created_at = $2, submitted_at = $3, admitted_at = $4,
         last_decision = jsonb_set(last_decision, '{at}', to_jsonb($5::text))
       WHERE id = $1`,
      [providerId, steps[0].at, at('submitted'), at('approved'), steps[steps.length - 1].at.toISOString()],
    );
  });
}

/** Moves a matchmaking event, its registrations and its meetings `ms` into the past (meetings not yet decided). */
export async function backdateEvent(dataSource: DataSource, eventId: string, ms: number): Promise<void> {
  await dataSource.transaction(async (em) => {
    const shift = `${ms} milliseconds`;
    const moved = await changed(
      em,
      `UPDATE matchmaking_event SET starts_at = starts_at - $2::interval, ends_at = ends_at - $2::interval,
         created_at = created_at - $2::interval WHERE id = $1`,
      [eventId, shift],
    );
    if (moved !== 1) throw new Error(`demo: event ${eventId} not found to backdate`);
    await changed(em, `UPDATE event_registration SET created_at = created_at - $2::interval WHERE event_id = $1`, [
      eventId,
      shift,
    ]);
    await changed(
      em,
      `UPDATE meeting SET starts_at = starts_at - $2::interval, created_at = created_at - $2::interval
       WHERE event_id = $1 AND held IS NULL`,
      [eventId, shift],
    );
  });
}
