import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { EnterprisesModule } from '@app/enterprises';
import { ListingsModule } from '@app/listings';
import { PaymentsModule } from '@app/payments';
import { ProvidersModule } from '@app/providers';
import { Order, OrderEvent, OrderMessage } from './order.entity.js';
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
    AuditModule,
  ],
  providers: [OrdersService, OrderPaymentsService, OrderMessagesService, OrderViews, OrdersRepository],
  exports: [OrdersService, OrderPaymentsService, OrderMessagesService, PaymentsModule],
})
export class OrdersModule {}
