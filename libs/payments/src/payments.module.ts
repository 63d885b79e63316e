import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@app/shared';
import { Payment, StripeEvent } from './payment.entity.js';
import { PAYMENT_GATEWAY, StripeGateway } from './payment-gateway.js';
import { PaymentsRepository } from './payments.repository.js';
import { PaymentsService } from './payments.service.js';
import { StripeWebhookService } from './stripe-webhook.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Payment, StripeEvent])],
  providers: [
    PaymentsService,
    PaymentsRepository,
    StripeWebhookService,
    // Null without STRIPE_SECRET_KEY: only offline payments.
    {
      provide: PAYMENT_GATEWAY,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => (config.stripe ? new StripeGateway(config.stripe) : null),
    },
  ],
  exports: [PaymentsService, StripeWebhookService],
})
export class PaymentsModule {}
