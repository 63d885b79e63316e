import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { Clock } from '@app/shared';
import type { Who } from './order-access.js';
import type { Order } from './order.entity.js';
import { OrdersRepository } from './orders.repository.js';

/** An order's history: the event both parties see and the audit event, written together. */
@Injectable()
export class OrderHistory {
  constructor(
    private readonly repository: OrdersRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async record(
    em: EntityManager,
    by: Who,
    order: Order,
    action: string,
    from: string | null,
    detail: Record<string, unknown> | null,
  ): Promise<void> {
    const to = order.status;
    const shown = detail && Object.keys(detail).length ? detail : null;
    // The app's clock, as the order's own times: redemption compares delivery with confirmation.
    await this.repository.addEvent(em, {
      orderId: order.id,
      action,
      fromStatus: from,
      toStatus: to,
      actorId: by.userId,
      actorRole: by.role,
      detail: shown,
      createdAt: this.clock.now(),
    });
    await this.audit.record(em, by, {
      entityType: 'order',
      entityId: order.id,
      action,
      reason: typeof detail?.reason === 'string' ? detail.reason : null,
      before: from ? { status: from } : null,
      after: { status: to, ...(detail ?? {}) },
    });
  }
}
