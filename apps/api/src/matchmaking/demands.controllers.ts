import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Auth, CurrentActor, OptionalActor, Public } from '@app/identity';
import {
  AcceptedProposalView,
  AcceptProposalDto,
  CloseDemandDto,
  CreateDemandDto,
  DemandPageView,
  DemandReads,
  DemandsQuery,
  DemandsService,
  DemandView,
  ProposalDto,
  ProposalListView,
  ProposalsService,
  ProposalView,
  SuggestedProvidersView,
  UpdateDemandDto,
  UpdateProposalDto,
} from '@app/matchmaking';
import type { Actor } from '@app/shared';
import { UuidParam } from '../http/uuid-param.js';

@ApiTags('matchmaking')
@Controller('demands')
export class DemandsController {
  constructor(
    private readonly demands: DemandsService,
    private readonly reads: DemandReads,
    private readonly proposals: ProposalsService,
  ) {}

  @Post()
  @Auth('enterprise')
  @ApiCreatedResponse({ type: DemandView, description: 'A draft' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateDemandDto): Promise<DemandView> {
    return this.demands.create(actor, dto);
  }

  @Get()
  @Public()
  @ApiOkResponse({
    type: DemandPageView,
    description:
      'Pool providers: demands of their categories and public ones; the bureau: all; an enterprise: its own; anyone else: public ones',
  })
  list(@OptionalActor() actor: Actor | null, @Query() query: DemandsQuery): Promise<DemandPageView> {
    return this.reads.list(actor, query);
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({ type: DemandView })
  @ApiNotFoundResponse({ description: 'Absent, or not visible to the caller' })
  get(@OptionalActor() actor: Actor | null, @UuidParam('id') id: string): Promise<DemandView> {
    return this.reads.get(actor, id);
  }

  @Patch(':id')
  @Auth('enterprise')
  @ApiOkResponse({ type: DemandView, description: 'Its owner, while draft' })
  @ApiConflictResponse({ description: 'INVALID_STATE' })
  update(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: UpdateDemandDto): Promise<DemandView> {
    return this.demands.update(actor, id, dto);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Auth('enterprise')
  @ApiOkResponse({ type: DemandView, description: 'Open to providers; the top 10 suggested providers are notified' })
  @ApiConflictResponse({ description: 'INVALID_STATE; DEADLINE_PASSED' })
  publish(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<DemandView> {
    return this.demands.publish(actor, id);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Auth('enterprise')
  @ApiOkResponse({ type: DemandView, description: 'Standing proposals are declined with the reason' })
  @ApiConflictResponse({ description: 'INVALID_STATE' })
  close(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: CloseDemandDto): Promise<DemandView> {
    return this.demands.close(actor, id, dto.reason ?? null);
  }

  @Get(':id/suggested-providers')
  @Auth('enterprise', 'bureau')
  @ApiOkResponse({ type: SuggestedProvidersView, description: 'Top 10, with why' })
  @ApiForbiddenResponse({ description: 'Not the owner' })
  suggested(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<SuggestedProvidersView> {
    return this.reads.suggestedProviders(actor, id);
  }

  @Post(':id/proposals')
  @Auth('provider')
  @ApiCreatedResponse({ type: ProposalView })
  @ApiConflictResponse({ description: 'PROPOSAL_EXISTS; DEMAND_NOT_OPEN; PROVIDER_NOT_APPROVED' })
  @ApiForbiddenResponse({ description: 'CATEGORY_NOT_SERVED' })
  propose(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: ProposalDto): Promise<ProposalView> {
    return this.proposals.propose(actor, id, dto);
  }

  @Get(':id/proposals')
  @Auth('enterprise', 'provider', 'bureau')
  @ApiOkResponse({ type: ProposalListView, description: 'The owner and the bureau: all; a provider: its own' })
  proposalsOf(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<ProposalListView> {
    return this.proposals.list(actor, id);
  }
}

@ApiTags('matchmaking')
@Controller('proposals')
export class ProposalsController {
  constructor(private readonly proposals: ProposalsService) {}

  @Patch(':id')
  @Auth('provider')
  @ApiOkResponse({ type: ProposalView, description: 'While it stands and its demand is open' })
  @ApiConflictResponse({ description: 'PROPOSAL_NOT_OPEN' })
  update(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: UpdateProposalDto,
  ): Promise<ProposalView> {
    return this.proposals.update(actor, id, dto);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Auth('provider')
  @ApiOkResponse({ type: ProposalView })
  @ApiConflictResponse({ description: 'PROPOSAL_NOT_OPEN' })
  withdraw(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<ProposalView> {
    return this.proposals.withdraw(actor, id);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Auth('enterprise')
  @ApiOkResponse({ type: AcceptedProposalView, description: 'An order in quoted at the proposal price' })
  @ApiConflictResponse({ description: 'DEMAND_NOT_OPEN; PROPOSAL_NOT_OPEN; PROVIDER_NOT_APPROVED; voucher codes' })
  accept(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: AcceptProposalDto,
  ): Promise<AcceptedProposalView> {
    return this.proposals.accept(actor, id, dto);
  }
}
