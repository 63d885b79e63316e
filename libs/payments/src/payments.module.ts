import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@app/shared';
import { Payment, StripeEvent } from './payment.entity.js';
import { PAYMENT_GATEWAY, StripeGateway } from './payment-gateway.js';
import { PaymentsService } from './payments.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Payment, StripeEvent])],
  providers: [
    PaymentsService,
    // Null without STRIPE_SECRET_KEY: only offline payments.
    {
      provide: PAYMENT_GATEWAY,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => (config.stripe ? new StripeGateway(config.stripe) : null),
    },
  ],
  exports: [PaymentsService],
})
export class PaymentsModule {}
