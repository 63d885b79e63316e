import { type Actor, ForbiddenError, NotFoundError } from '@app/shared';
import type { Order } from './order.entity.js';
import type { OrderRole } from './orders.rules.js';

export type Who = { userId: string | null; orgId: string | null; role: OrderRole };

export function partyRole(actor: Actor, order: Order): 'enterprise' | 'provider' | null {
  if (actor.orgType === 'enterprise' && order.enterpriseId === actor.orgId) return 'enterprise';
  if (actor.orgType === 'provider' && order.providerId === actor.orgId) return 'provider';
  return null;
}

/** The parties and the bureau see an order; anyone else gets 404, as if it did not exist. */
export function visibleTo(actor: Actor, order: Order | null): Order {
  if (!order || (!actor.isBureau && !partyRole(actor, order))) throw new NotFoundError('Order');
  return order;
}

/** The actor's role on a visible order (reviewers act for the bureau; other bureau users only read). */
export function roleOf(actor: Actor, order: Order): OrderRole {
  const party = partyRole(actor, order);
  if (party) return party;
  if (actor.hasBureauRole('reviewer')) return 'reviewer';
  throw new ForbiddenError('Only the parties and reviewers act on orders', 'FORBIDDEN_ROLE');
}

export const who = (actor: Actor, role: OrderRole): Who => ({ userId: actor.userId, orgId: actor.orgId, role });
