export * from './payments.module.js';
export { PaymentsService, type PaymentSummary, type PaymentListener, type PaymentChange } from './payments.service.js';
export * from './payments.errors.js';
export { PAYMENT_STATUSES, type PaymentStatus, type PaymentMethod } from './payment.entity.js';
