import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { EnterprisesModule } from '@app/enterprises';
import { ListingsModule } from '@app/listings';
import { PaymentsModule } from '@app/payments';
import { ProvidersModule } from '@app/providers';
import { VouchersModule } from '@app/vouchers';
import { Order, OrderEvent, OrderMessage } from './order.entity.js';
import { OrderEffects } from './order-effects.js';
import { OrderFactsService } from './order-facts.service.js';
import { OrderHistory } from './order-history.js';
import { ProposalOrdersService } from './proposal-orders.service.js';
import { OrderMessagesService } from './order-messages.service.js';
import { OrderPaymentsService } from './order-payments.service.js';
import { OrderViews } from './order-views.service.js';
import { OrdersRepository } from './orders.repository.js';
import { OrdersService } from './orders.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([Order, OrderEvent, OrderMessage]),
    ListingsModule,
    ProvidersModule,
    EnterprisesModule,
    PaymentsModule,
    VouchersModule,
    AuditModule,
  ],
  providers: [
    OrderEffects,
    OrdersService,
    OrderPaymentsService,
    OrderMessagesService,
    OrderViews,
    OrdersRepository,
    OrderFactsService,
    OrderHistory,
    ProposalOrdersService,
  ],
  exports: [
    ProposalOrdersService,
    OrdersService,
    OrderPaymentsService,
    OrderMessagesService,
    OrderFactsService,
    PaymentsModule,
  ],
})
export class OrdersModule {}
