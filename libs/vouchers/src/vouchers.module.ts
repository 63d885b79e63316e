import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { CatalogModule } from '@app/catalog';
import { EnterprisesModule } from '@app/enterprises';
import { ProvidersModule } from '@app/providers';
import { RedemptionClaim, SettlementBatch } from './redemption.entity.js';
import { RedemptionRepository } from './redemption.repository.js';
import { RedemptionService } from './redemption.service.js';
import { SettlementService } from './settlement.service.js';
import { Voucher, VoucherApplication, VoucherHold, VoucherLedgerEntry, VoucherProgram } from './voucher.entity.js';
import { VoucherHoldsService } from './voucher-holds.service.js';
import { VoucherIssuanceService } from './voucher-issuance.service.js';
import { VoucherMoney } from './voucher-money.js';
import { VoucherProgramsService } from './voucher-programs.service.js';
import { VouchersRepository } from './vouchers.repository.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      VoucherProgram,
      VoucherApplication,
      Voucher,
      VoucherHold,
      VoucherLedgerEntry,
      RedemptionClaim,
      SettlementBatch,
    ]),
    AuditModule,
    CatalogModule,
    EnterprisesModule,
    ProvidersModule,
  ],
  providers: [
    VouchersRepository,
    RedemptionRepository,
    VoucherMoney,
    VoucherProgramsService,
    VoucherIssuanceService,
    VoucherHoldsService,
    RedemptionService,
    SettlementService,
  ],
  exports: [VoucherProgramsService, VoucherIssuanceService, VoucherHoldsService, RedemptionService, SettlementService],
})
export class VouchersModule {}
