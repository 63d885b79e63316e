import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentActor, Public } from '@app/identity';
import {
  ApplicationPage,
  ApplicationsQuery,
  DirectoryQuery,
  ProviderPage,
  ProviderProfileView,
  PoolMembershipService,
  ProvidersService,
  PublicProviderView,
  UpdateProviderProfileDto,
} from '@app/providers';
import { type Actor, ReasonDto } from '@app/shared';
import { UuidParam } from '../http/uuid-param.js';

@ApiTags('providers')
@Controller('providers')
export class ProvidersController {
  constructor(
    private readonly providers: ProvidersService,
    private readonly membership: PoolMembershipService,
  ) {}

  @Get('me')
  @Auth('provider')
  @ApiOkResponse({
    type: ProviderProfileView,
    description: 'Own profile with status, lastDecision and admission checks',
  })
  me(@CurrentActor() actor: Actor): Promise<ProviderProfileView> {
    return this.membership.getOwn(actor);
  }

  @Patch('me')
  @Auth('provider')
  @ApiOkResponse({ type: ProviderProfileView })
  @ApiConflictResponse({ description: 'UNDER_REVIEW: not editable while submitted' })
  update(@CurrentActor() actor: Actor, @Body() dto: UpdateProviderProfileDto): Promise<ProviderProfileView> {
    return this.membership.updateOwn(actor, dto);
  }

  @Post('me/submit')
  @HttpCode(200)
  @Auth('provider')
  @ApiOkResponse({ type: ProviderProfileView })
  @ApiConflictResponse({
    description: 'INVALID_STATE, or REAPPLY_TOO_SOON (30 days after a rejection, 12 months after a removal)',
  })
  submit(@CurrentActor() actor: Actor): Promise<ProviderProfileView> {
    return this.membership.submit(actor);
  }

  @Get()
  @Public()
  @ApiOkResponse({ type: ProviderPage, description: 'Approved providers (the pool), filtered by category and region' })
  directory(@Query() query: DirectoryQuery): Promise<ProviderPage> {
    return this.providers.directory(query);
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({ type: PublicProviderView })
  @ApiNotFoundResponse({ description: 'No approved provider with this id' })
  profile(@UuidParam('id') id: string): Promise<PublicProviderView> {
    return this.providers.publicProfile(id);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Auth('reviewer')
  @ApiOkResponse({ type: ProviderProfileView, description: 'submitted -> approved (admitted to the pool)' })
  @ApiConflictResponse({ description: 'INVALID_STATE' })
  approve(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: ReasonDto,
  ): Promise<ProviderProfileView> {
    return this.membership.decide(actor, id, 'approve', dto.reason ?? null);
  }

  @Post(':id/return')
  @HttpCode(200)
  @Auth('reviewer')
  @ApiOkResponse({ type: ProviderProfileView, description: 'submitted -> returned for changes; reason required' })
  @ApiConflictResponse({ description: 'INVALID_STATE' })
  return(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: ReasonDto,
  ): Promise<ProviderProfileView> {
    return this.membership.decide(actor, id, 'return', dto.reason ?? null);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Auth('reviewer')
  @ApiOkResponse({
    type: ProviderProfileView,
    description: 'submitted -> rejected (may submit again after 30 days); reason required',
  })
  @ApiConflictResponse({ description: 'INVALID_STATE' })
  reject(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: ReasonDto,
  ): Promise<ProviderProfileView> {
    return this.membership.decide(actor, id, 'reject', dto.reason ?? null);
  }

  @Post(':id/suspend')
  @HttpCode(200)
  @Auth('reviewer')
  @ApiOkResponse({
    type: ProviderProfileView,
    description: 'approved -> suspended (listings leave search); reason required',
  })
  @ApiConflictResponse({ description: 'INVALID_STATE' })
  suspend(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: ReasonDto,
  ): Promise<ProviderProfileView> {
    return this.membership.decide(actor, id, 'suspend', dto.reason ?? null);
  }

  @Post(':id/reinstate')
  @HttpCode(200)
  @Auth('reviewer')
  @ApiOkResponse({ type: ProviderProfileView, description: 'suspended -> approved' })
  @ApiConflictResponse({ description: 'INVALID_STATE' })
  reinstate(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: ReasonDto,
  ): Promise<ProviderProfileView> {
    return this.membership.decide(actor, id, 'reinstate', dto.reason ?? null);
  }

  @Post(':id/remove')
  @HttpCode(200)
  @Auth('reviewer')
  @ApiOkResponse({
    type: ProviderProfileView,
    description: 'approved | suspended -> removed (may submit again after 12 months); reason required',
  })
  @ApiConflictResponse({ description: 'INVALID_STATE' })
  remove(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: ReasonDto,
  ): Promise<ProviderProfileView> {
    return this.membership.decide(actor, id, 'remove', dto.reason ?? null);
  }
}

@ApiTags('providers')
@Controller('pool/applications')
export class PoolApplicationsController {
  constructor(private readonly membership: PoolMembershipService) {}

  @Get()
  @Auth('reviewer')
  @ApiOkResponse({
    type: ApplicationPage,
    description: 'Applications in a status (default submitted), oldest first, with admission checks',
  })
  list(@Query() query: ApplicationsQuery): Promise<ApplicationPage> {
    return this.membership.listApplications(query);
  }
}
