import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  EnterprisesService,
  EnterpriseView,
  TierClaimDto,
  TierClaimReviewPage,
  TierClaimsQuery,
  TierClaimView,
  TierDecisionDto,
  UpdateEnterpriseDto,
} from '@app/enterprises';
import { Auth, CurrentActor } from '@app/identity';
import type { Actor } from '@app/shared';
import { UuidParam } from '../http/uuid-param.js';

@ApiTags('enterprises')
@Controller('enterprises/me')
export class EnterprisesController {
  constructor(private readonly enterprises: EnterprisesService) {}

  @Get()
  @Auth('enterprise')
  @ApiOkResponse({ type: EnterpriseView, description: 'Own profile, the tier valid today and every tier claim' })
  me(@CurrentActor() actor: Actor): Promise<EnterpriseView> {
    return this.enterprises.getOwn(actor);
  }

  @Patch()
  @Auth('enterprise')
  @ApiOkResponse({ type: EnterpriseView })
  update(@CurrentActor() actor: Actor, @Body() dto: UpdateEnterpriseDto): Promise<EnterpriseView> {
    return this.enterprises.updateOwn(actor, dto);
  }

  @Post('tier-claims')
  @Auth('enterprise')
  @ApiCreatedResponse({ type: TierClaimView, description: 'A pending claim for a reviewer to verify' })
  @ApiConflictResponse({ description: 'DUPLICATE_TIER_CLAIM' })
  claim(@CurrentActor() actor: Actor, @Body() dto: TierClaimDto): Promise<TierClaimView> {
    return this.enterprises.claimTier(actor, dto);
  }
}

@ApiTags('enterprises')
@Controller('tier-claims')
export class TierClaimsController {
  constructor(private readonly enterprises: EnterprisesService) {}

  @Get()
  @Auth('reviewer')
  @ApiOkResponse({ type: TierClaimReviewPage, description: 'Claims by status (default pending), oldest first' })
  list(@Query() query: TierClaimsQuery): Promise<TierClaimReviewPage> {
    return this.enterprises.listClaims(query);
  }

  @Post(':id/verify')
  @HttpCode(200)
  @Auth('reviewer')
  @ApiOkResponse({ type: TierClaimView, description: 'pending -> verified, valid until 31 Dec of year + 3 by default' })
  @ApiConflictResponse({ description: 'INVALID_STATE: already decided' })
  verify(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: TierDecisionDto,
  ): Promise<TierClaimView> {
    return this.enterprises.decide(actor, id, 'verify', dto);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Auth('reviewer')
  @ApiOkResponse({ type: TierClaimView, description: 'pending -> rejected, reason required' })
  @ApiConflictResponse({ description: 'INVALID_STATE: already decided' })
  reject(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: TierDecisionDto,
  ): Promise<TierClaimView> {
    return this.enterprises.decide(actor, id, 'reject', dto);
  }
}
