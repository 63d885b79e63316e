export * from './vouchers.module.js';
export {
  VoucherProgramsService,
  type VoucherBurnMonth,
  type VoucherProgramOverview,
} from './voucher-programs.service.js';
export { VoucherIssuanceService } from './voucher-issuance.service.js';
export { VoucherHoldsService, type VoucherUse } from './voucher-holds.service.js';
export { RedemptionService } from './redemption.service.js';
export { SettlementService, type SettlementFile } from './settlement.service.js';
export type { RedemptionOrderFacts, RedemptionOrders } from './redemption-orders.js';
export * from './dto/voucher.dto.js';
export * from './dto/redemption.dto.js';
export * from './voucher.views.js';
export * from './redemption.views.js';
export * from './vouchers.errors.js';
export { isValidVoucherCode, PROGRAM_STATUSES, VOUCHER_STATUSES } from './vouchers.rules.js';
// The ledger's movements, for checks that recompute balances from it (ledger-check, property tests).
export {
  applyMovement,
  type Buckets,
  bucketsHold,
  EMPTY_BUCKETS,
  type LedgerKind,
  movementOf,
} from './vouchers.rules.js';
