export * from './idempotency.module.js';
export * from './idempotency.service.js';
