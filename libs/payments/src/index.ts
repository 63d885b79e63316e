export * from './payments.module.js';
export {
  PaymentsService,
  type PaymentSummary,
  type PaymentListener,
  type PaymentChange,
  type PaymentChangeNotice,
  type StripeCalls,
} from './payments.service.js';
export { StripeWebhookService } from './stripe-webhook.service.js';
export * from './payments.errors.js';
export { PAYMENT_STATUSES, type PaymentStatus } from './payments.rules.js';
export type { PaymentMethod } from './payment.entity.js';
