import { Body, Controller, Get, Headers, HttpCode, Post, Query, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { RawBodyRequest } from '@nestjs/common';
import type { Request } from 'express';
import { Auth, CurrentActor, Public } from '@app/identity';
import {
  CardPaymentView,
  ConfirmDto,
  CreateOrderDto,
  DeliverDto,
  MessageDto,
  OfflinePaymentDto,
  OrderMessagePage,
  OrderMessagesService,
  OrderPaymentsService,
  OrderMessageView,
  OrderPage,
  OrdersQuery,
  OrdersService,
  OrderView,
  QuoteDto,
  ResolveDto,
} from '@app/orders';
import { StripeWebhookService } from '@app/payments';
import { type Actor, PageQuery, ReasonDto } from '@app/shared';
import { Idempotent, IdempotentRequestId } from '../http/idempotency.interceptor.js';
import { UuidParam } from '../http/uuid-param.js';

const STATE = 'INVALID_STATE when the order is not in a state that allows it';

@ApiTags('orders')
@Controller('orders')
export class OrdersController {
  constructor(
    private readonly orders: OrdersService,
    private readonly payments: OrderPaymentsService,
    private readonly messages: OrderMessagesService,
  ) {}

  @Post()
  @Auth('enterprise')
  @Idempotent()
  @ApiCreatedResponse({ type: OrderView, description: 'A request to the provider (requested)' })
  @ApiConflictResponse({ description: 'LISTING_NOT_AVAILABLE' })
  create(
    @CurrentActor() actor: Actor,
    @Body() dto: CreateOrderDto,
    @IdempotentRequestId() requestId: string | undefined,
  ): Promise<OrderView> {
    return this.orders.create(actor, dto, requestId);
  }

  @Get()
  @Auth()
  @ApiOkResponse({ type: OrderPage, description: 'Own orders (the bureau sees all), newest first' })
  list(@CurrentActor() actor: Actor, @Query() query: OrdersQuery): Promise<OrderPage> {
    return this.orders.list(actor, query);
  }

  @Get(':id')
  @Auth()
  @ApiOkResponse({ type: OrderView, description: 'With its history (events), voucher part, co-pay and payment' })
  @ApiNotFoundResponse({ description: 'No such order of yours' })
  get(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<OrderView> {
    return this.orders.get(actor, id);
  }

  @Post(':id/quote')
  @HttpCode(200)
  @Auth('provider')
  @ApiOkResponse({ type: OrderView, description: 'requested | quoted -> quoted' })
  @ApiConflictResponse({ description: `${STATE}; QUOTE_NOT_ALLOWED for fixed prices` })
  quote(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: QuoteDto): Promise<OrderView> {
    return this.orders.quote(actor, id, dto.priceFen);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Auth('provider')
  @ApiOkResponse({ type: OrderView, description: 'requested -> confirmed at the listed price' })
  @ApiConflictResponse({ description: `${STATE}; QUOTE_REQUIRED for quote-priced listings` })
  accept(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<OrderView> {
    return this.orders.accept(actor, id);
  }

  @Post(':id/decline')
  @HttpCode(200)
  @Auth('provider')
  @ApiOkResponse({ type: OrderView, description: 'requested | quoted -> declined, reason required' })
  @ApiConflictResponse({ description: STATE })
  decline(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: ReasonDto): Promise<OrderView> {
    return this.orders.decline(actor, id, dto.reason ?? null);
  }

  @Post(':id/confirm')
  @HttpCode(200)
  @Auth('enterprise')
  @ApiOkResponse({ type: OrderView, description: 'quoted -> confirmed: the quote it names becomes the agreed price' })
  @ApiConflictResponse({ description: `${STATE}; QUOTE_CHANGED when the quote is no longer the price named` })
  confirm(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: ConfirmDto): Promise<OrderView> {
    return this.orders.confirm(actor, id, dto.priceFen);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Auth('enterprise', 'provider')
  @ApiOkResponse({
    type: OrderView,
    description: 'requested | quoted | confirmed -> cancelled; a paid co-pay is refunded',
  })
  @ApiConflictResponse({ description: STATE })
  cancel(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: ReasonDto): Promise<OrderView> {
    return this.orders.cancel(actor, id, dto.reason ?? null);
  }

  @Post(':id/payments')
  @HttpCode(200)
  @Auth('enterprise')
  @Idempotent()
  @ApiOkResponse({ type: CardPaymentView, description: 'A Stripe PaymentIntent for the outstanding co-pay (CNY)' })
  @ApiConflictResponse({
    description: `${STATE}; ALREADY_PAID; NOTHING_TO_PAY; ORDER_ENDED; CARD_PAYMENTS_UNAVAILABLE without Stripe`,
  })
  pay(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<CardPaymentView> {
    return this.payments.startCardPayment(actor, id);
  }

  @Post(':id/payments/offline')
  @HttpCode(200)
  @Auth('provider')
  @ApiOkResponse({ type: OrderView, description: 'The provider confirms the co-pay arrived by bank transfer' })
  @ApiConflictResponse({
    description: `${STATE}; ALREADY_PAID; PAYMENT_IN_PROGRESS while a card payment started under 30 minutes ago is open (an older one is cancelled); NOTHING_TO_PAY`,
  })
  payOffline(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: OfflinePaymentDto,
  ): Promise<OrderView> {
    return this.payments.recordOfflinePayment(actor, id, dto.reference);
  }

  @Post(':id/start')
  @HttpCode(200)
  @Auth('provider')
  @ApiOkResponse({ type: OrderView, description: 'confirmed -> in_progress, once the co-pay is paid or zero' })
  @ApiConflictResponse({ description: `${STATE}; COPAY_NOT_PAID` })
  start(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<OrderView> {
    return this.orders.start(actor, id);
  }

  @Post(':id/deliver')
  @HttpCode(200)
  @Auth('provider')
  @ApiOkResponse({ type: OrderView, description: 'in_progress -> delivered, with a summary' })
  @ApiConflictResponse({ description: STATE })
  deliver(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: DeliverDto): Promise<OrderView> {
    return this.orders.deliver(actor, id, dto.summary);
  }

  @Post(':id/accept-delivery')
  @HttpCode(200)
  @Auth('enterprise')
  @ApiOkResponse({ type: OrderView, description: 'delivered -> completed' })
  @ApiConflictResponse({ description: STATE })
  acceptDelivery(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<OrderView> {
    return this.orders.acceptDelivery(actor, id);
  }

  @Post(':id/dispute')
  @HttpCode(200)
  @Auth('enterprise')
  @ApiOkResponse({ type: OrderView, description: 'in_progress | delivered -> disputed, reason required' })
  @ApiConflictResponse({ description: STATE })
  dispute(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: ReasonDto): Promise<OrderView> {
    return this.orders.dispute(actor, id, dto.reason ?? null);
  }

  @Post(':id/resolve')
  @HttpCode(200)
  @Auth('reviewer')
  @ApiOkResponse({ type: OrderView, description: 'disputed -> completed | cancelled (refunded), reason required' })
  @ApiConflictResponse({ description: STATE })
  resolve(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: ResolveDto): Promise<OrderView> {
    return this.orders.resolve(actor, id, dto.outcome, dto.reason);
  }

  @Get(':id/messages')
  @Auth('enterprise', 'provider')
  @ApiOkResponse({ type: OrderMessagePage, description: 'The thread between the two parties, oldest first' })
  thread(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Query() query: PageQuery,
  ): Promise<OrderMessagePage> {
    return this.messages.list(actor, id, query);
  }

  @Post(':id/messages')
  @Auth('enterprise', 'provider')
  @ApiCreatedResponse({ type: OrderMessageView })
  post(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: MessageDto): Promise<OrderMessageView> {
    return this.messages.post(actor, id, dto.body);
  }
}

@ApiTags('payments')
@Controller('payments/stripe')
export class StripeWebhookController {
  constructor(private readonly stripe: StripeWebhookService) {}

  @Post('webhook')
  @HttpCode(200)
  @Public()
  @ApiOkResponse({
    description: 'Signed Stripe events (payment_intent.succeeded, payment_failed, canceled; charge.refunded)',
  })
  @ApiBadRequestResponse({
    description:
      'WEBHOOK_SIGNATURE_INVALID: missing, stale or tampered signature; WEBHOOK_EVENT_INVALID: signed, but not an event we can read',
  })
  webhook(
    @Req() request: RawBodyRequest<Request>,
    @Headers('stripe-signature') signature: string | undefined,
  ): Promise<{ received: true; duplicate: boolean }> {
    return this.stripe.handle(request.rawBody, signature);
  }
}
