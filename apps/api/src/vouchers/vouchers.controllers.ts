import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import { Auth, CurrentActor, OptionalActor, Public } from '@app/identity';
import { type Actor, ReasonDto } from '@app/shared';
import {
  ApproveApplicationDto,
  BulkIssueDto,
  CreateVoucherProgramDto,
  LedgerCheckView,
  UpdateVoucherProgramDto,
  VoucherApplicationDto,
  VoucherApplicationPage,
  VoucherApplicationsQuery,
  VoucherApplicationView,
  VoucherIssuanceService,
  VoucherPage,
  VoucherProgramPage,
  VoucherProgramsQuery,
  VoucherProgramsService,
  VoucherProgramView,
  VouchersQuery,
  VoucherView,
} from '@app/vouchers';
import { UuidParam } from '../http/uuid-param.js';

class BulkIssueView {
  @ApiProperty() issued: number;
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true } })
  skipped: Array<{ enterpriseId: string; code: string }>;
}

@ApiTags('vouchers')
@Controller('voucher-programs')
export class VoucherProgramsController {
  constructor(
    private readonly programs: VoucherProgramsService,
    private readonly issuance: VoucherIssuanceService,
  ) {}

  @Post()
  @Auth('admin')
  @ApiCreatedResponse({ type: VoucherProgramView, description: 'A draft programme' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateVoucherProgramDto): Promise<VoucherProgramView> {
    return this.programs.create(actor, dto);
  }

  @Patch(':id')
  @Auth('admin')
  @ApiOkResponse({ type: VoucherProgramView })
  @ApiConflictResponse({ description: 'INVALID_STATE: only a draft is edited' })
  update(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: UpdateVoucherProgramDto,
  ): Promise<VoucherProgramView> {
    return this.programs.update(actor, id, dto);
  }

  @Post(':id/open')
  @HttpCode(200)
  @Auth('admin')
  @ApiOkResponse({ type: VoucherProgramView, description: 'draft -> open' })
  open(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<VoucherProgramView> {
    return this.programs.transition(actor, id, 'open');
  }

  @Post(':id/close')
  @HttpCode(200)
  @Auth('admin')
  @ApiOkResponse({ type: VoucherProgramView, description: 'open -> closed: no new applications or issues' })
  close(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<VoucherProgramView> {
    return this.programs.transition(actor, id, 'close');
  }

  @Get()
  @Public()
  @ApiOkResponse({ type: VoucherProgramPage, description: 'Open programmes; the bureau sees all with figures' })
  list(@OptionalActor() actor: Actor | null, @Query() query: VoucherProgramsQuery): Promise<VoucherProgramPage> {
    return this.programs.list(actor, query);
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({
    type: VoucherProgramView,
    description: 'The bureau sees budget, committed, held, consumed, redeemed, paid',
  })
  @ApiNotFoundResponse({ description: 'No such programme (drafts are the bureau’s)' })
  get(@OptionalActor() actor: Actor | null, @UuidParam('id') id: string): Promise<VoucherProgramView> {
    return this.programs.get(actor, id);
  }

  @Post(':id/applications')
  @Auth('enterprise')
  @ApiCreatedResponse({ type: VoucherApplicationView })
  @ApiConflictResponse({ description: 'VOUCHER_NOT_OPEN; VOUCHER_TIER_NOT_ELIGIBLE' })
  apply(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: VoucherApplicationDto,
  ): Promise<VoucherApplicationView> {
    return this.issuance.apply(actor, id, dto);
  }

  @Post(':id/bulk-issue')
  @HttpCode(200)
  @Auth('admin')
  @ApiOkResponse({ type: BulkIssueView, description: 'One voucher to each enterprise with a valid tier among `tiers`' })
  bulkIssue(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: BulkIssueDto,
  ): Promise<BulkIssueView> {
    return this.issuance.bulkIssue(actor, id, dto.tiers, dto.faceValueFen);
  }

  @Get(':id/ledger-check')
  @Auth('bureau')
  @ApiOkResponse({ type: LedgerCheckView, description: 'Every balance recomputed from the ledger and compared' })
  ledgerCheck(@UuidParam('id') id: string): Promise<LedgerCheckView> {
    return this.programs.ledgerCheck(id);
  }
}

@ApiTags('vouchers')
@Controller('voucher-applications')
export class VoucherApplicationsController {
  constructor(private readonly issuance: VoucherIssuanceService) {}

  @Get()
  @Auth('enterprise', 'reviewer')
  @ApiOkResponse({ type: VoucherApplicationPage, description: 'Reviewers see all; an enterprise its own' })
  list(@CurrentActor() actor: Actor, @Query() query: VoucherApplicationsQuery): Promise<VoucherApplicationPage> {
    return this.issuance.applications(actor, query);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Auth('reviewer')
  @ApiOkResponse({ type: VoucherApplicationView, description: 'Issues the voucher (the amount may be lowered)' })
  @ApiConflictResponse({
    description: 'VOUCHER_BUDGET_EXCEEDED; VOUCHER_ENTERPRISE_CAP_EXCEEDED; VOUCHER_FACE_VALUE_EXCEEDED; …',
  })
  approve(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: ApproveApplicationDto,
  ): Promise<VoucherApplicationView> {
    return this.issuance.approve(actor, id, dto.faceValueFen);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Auth('reviewer')
  @ApiOkResponse({ type: VoucherApplicationView })
  reject(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: ReasonDto,
  ): Promise<VoucherApplicationView> {
    return this.issuance.reject(actor, id, dto.reason ?? null);
  }
}

@ApiTags('vouchers')
@Controller('vouchers')
export class VouchersController {
  constructor(private readonly issuance: VoucherIssuanceService) {}

  @Get()
  @Auth('enterprise', 'bureau')
  @ApiOkResponse({ type: VoucherPage, description: 'Own vouchers with their buckets (the bureau: all)' })
  list(@CurrentActor() actor: Actor, @Query() query: VouchersQuery): Promise<VoucherPage> {
    return this.issuance.vouchers(actor, query);
  }

  @Get(':id')
  @Auth('enterprise', 'bureau')
  @ApiOkResponse({ type: VoucherView, description: 'With its history: every movement of its money' })
  get(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<VoucherView> {
    return this.issuance.voucher(actor, id);
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @Auth('admin')
  @ApiOkResponse({ type: VoucherView, description: 'Available money back to the budget; holds on orders stay' })
  revoke(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: ReasonDto): Promise<VoucherView> {
    return this.issuance.revoke(actor, id, dto.reason ?? null);
  }
}
