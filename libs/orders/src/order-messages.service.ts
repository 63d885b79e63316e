import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type Actor, ForbiddenError, type Page, pageOf, pageWindow } from '@app/shared';
import { partyRole, visibleTo } from './order-access.js';
import { messageView, type OrderMessageView } from './order.views.js';
import { OrdersRepository } from './orders.repository.js';

/** The message thread between the two parties of an order (the online matching channel). */
@Injectable()
export class OrderMessagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: OrdersRepository,
  ) {}

  async list(actor: Actor, id: string, query: { page: number; pageSize: number }): Promise<Page<OrderMessageView>> {
    await this.partyOnly(actor, id);
    const [rows, total] = await this.repository.messages(this.dataSource.manager, id, pageWindow(query));
    return pageOf(rows.map(messageView), total, query);
  }

  async post(actor: Actor, id: string, body: string): Promise<OrderMessageView> {
    await this.partyOnly(actor, id);
    const message = await this.repository.addMessage(this.dataSource.manager, {
      orderId: id,
      authorId: actor.userId,
      authorOrgId: actor.orgId,
      body,
    });
    return messageView(message);
  }

  /** The bureau sees that an order exists but does not read or write its thread. */
  private async partyOnly(actor: Actor, id: string): Promise<void> {
    const order = visibleTo(actor, await this.repository.find(this.dataSource.manager, id));
    if (!partyRole(actor, order)) throw new ForbiddenError('The thread is between the two parties', 'FORBIDDEN_ROLE');
  }
}
