export * from './orders.module.js';
export { OrdersService } from './orders.service.js';
export { OrderPaymentsService } from './order-payments.service.js';
export { OrderMessagesService } from './order-messages.service.js';
export { ProposalOrdersService, type AcceptedProposal } from './proposal-orders.service.js';
export { OrderFactsService, type OrderRatingFacts } from './order-facts.service.js';
export type { AwardOrderPair, PairWindow } from './orders.repository.js';
export {
  CreateOrderDto,
  QuoteDto,
  ConfirmDto,
  DeliverDto,
  ResolveDto,
  OfflinePaymentDto,
  MessageDto,
  OrdersQuery,
} from './dto/order.dto.js';
export * from './order.views.js';
export * from './orders.errors.js';
export { ORDER_STATUSES, type OrderStatus } from './orders.rules.js';
