export * from './vouchers.module.js';
export { VoucherProgramsService } from './voucher-programs.service.js';
export { VoucherIssuanceService } from './voucher-issuance.service.js';
export { VoucherHoldsService, type VoucherUse } from './voucher-holds.service.js';
export * from './dto/voucher.dto.js';
export * from './voucher.views.js';
export * from './vouchers.errors.js';
export { isValidVoucherCode, PROGRAM_STATUSES, VOUCHER_STATUSES } from './vouchers.rules.js';
