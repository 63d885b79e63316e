import { Body, Controller, Get, HttpCode, Post, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { Auth, CurrentActor } from '@app/identity';
import type { Actor } from '@app/shared';
import {
  CreateSettlementBatchDto,
  MarkBatchPaidDto,
  RedemptionClaimPage,
  RedemptionClaimsQuery,
  RedemptionClaimView,
  RedemptionService,
  RejectClaimDto,
  SettlementBatchesQuery,
  SettlementBatchPage,
  SettlementBatchView,
  SettlementService,
  SubmitClaimDto,
} from '@app/vouchers';
import { Idempotent } from '../http/idempotency.interceptor.js';
import { download } from '../http/download.js';
import { UuidParam } from '../http/uuid-param.js';

@ApiTags('vouchers')
@Controller('redemption-claims')
export class RedemptionClaimsController {
  constructor(private readonly redemption: RedemptionService) {}

  @Post()
  @Auth('provider')
  @Idempotent()
  @ApiCreatedResponse({
    type: RedemptionClaimView,
    description: '兑付 claim for the voucher part of a completed order',
  })
  @ApiBadRequestResponse({ description: 'INVOICE_AMOUNT_BELOW_PRICE; VALIDATION_FAILED' })
  @ApiNotFoundResponse({ description: 'No such order of yours' })
  @ApiConflictResponse({
    description: 'DUPLICATE_INVOICE; CLAIM_EXISTS; CLAIM_FORFEITED; CLAIM_ORDER_NOT_COMPLETED; CLAIM_NO_VOUCHER_PART',
  })
  submit(@CurrentActor() actor: Actor, @Body() dto: SubmitClaimDto): Promise<RedemptionClaimView> {
    return this.redemption.submit(actor, dto);
  }

  @Get()
  @Auth('provider', 'bureau')
  @ApiOkResponse({
    type: RedemptionClaimPage,
    description: 'A provider its own claims (what was paid, without risk flags); the bureau all, with risk flags',
  })
  list(@CurrentActor() actor: Actor, @Query() query: RedemptionClaimsQuery): Promise<RedemptionClaimPage> {
    return this.redemption.list(actor, query);
  }

  @Get(':id')
  @Auth('provider', 'bureau')
  @ApiOkResponse({ type: RedemptionClaimView })
  @ApiNotFoundResponse({ description: 'No such claim of yours' })
  get(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<RedemptionClaimView> {
    return this.redemption.get(actor, id);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Auth('reviewer')
  @Idempotent()
  @ApiOkResponse({ type: RedemptionClaimView, description: 'submitted -> approved: the amount is redeemed' })
  @ApiConflictResponse({ description: 'INVALID_STATE' })
  approve(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<RedemptionClaimView> {
    return this.redemption.approve(actor, id);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Auth('reviewer')
  @ApiOkResponse({
    type: RedemptionClaimView,
    description: 'submitted -> rejected: final forfeits the amount; correctable allows one new claim',
  })
  @ApiBadRequestResponse({ description: 'REASON_REQUIRED' })
  @ApiConflictResponse({ description: 'INVALID_STATE' })
  reject(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: RejectClaimDto,
  ): Promise<RedemptionClaimView> {
    return this.redemption.reject(actor, id, dto.reason ?? null, dto.final);
  }
}

@ApiTags('vouchers')
@Controller('settlement-batches')
export class SettlementBatchesController {
  constructor(private readonly settlement: SettlementService) {}

  @Post()
  @Auth('finance')
  @Idempotent()
  @ApiCreatedResponse({ type: SettlementBatchView, description: 'A batch of approved claims (each in one batch only)' })
  @ApiConflictResponse({ description: 'CLAIMS_NOT_APPROVED, with the claims refused' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateSettlementBatchDto): Promise<SettlementBatchView> {
    return this.settlement.create(actor, dto.claimIds);
  }

  @Get()
  @Auth('finance')
  @ApiOkResponse({ type: SettlementBatchPage, description: 'Batches, newest first' })
  list(@Query() query: SettlementBatchesQuery): Promise<SettlementBatchPage> {
    return this.settlement.list(query);
  }

  @Get(':id')
  @Auth('finance')
  @ApiOkResponse({ type: SettlementBatchView, description: 'With its claims' })
  @ApiNotFoundResponse({ description: 'No such batch' })
  get(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<SettlementBatchView> {
    return this.settlement.get(actor, id);
  }

  @Post(':id/mark-paid')
  @HttpCode(200)
  @Auth('finance')
  @Idempotent()
  @ApiOkResponse({ type: SettlementBatchView, description: 'created -> paid (final), with the bank reference' })
  @ApiConflictResponse({ description: 'INVALID_STATE: already paid' })
  markPaid(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: MarkBatchPaidDto,
  ): Promise<SettlementBatchView> {
    return this.settlement.markPaid(actor, id, dto.bankReference);
  }

  @Get(':id/export')
  @Auth('finance')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({
    schema: { type: 'string', format: 'binary' },
    description: 'The treasury list (.xlsx): one row per claim, amounts in yuan, a totals row; headers in Chinese',
  })
  @ApiNotFoundResponse({ description: 'No such batch' })
  async export(@UuidParam('id') id: string): Promise<StreamableFile> {
    return download(await this.settlement.export(id));
  }
}
