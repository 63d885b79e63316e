import { Body, Controller, Get, HttpCode, HttpStatus, Post, Query, StreamableFile } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import {
  type AwardExplanationView,
  AwardResultsView,
  AwardRoundPage,
  AwardRoundsQuery,
  AwardRoundView,
  AwardComputeJobs,
  AwardsService,
  CreateAwardRoundDto,
} from '@app/awards';
import { Auth, CurrentActor } from '@app/identity';
import type { Actor } from '@app/shared';
import { download } from '../http/download.js';
import { UuidParam } from '../http/uuid-param.js';

/** Award rounds (优质服务机构评选), DOMAIN.md §7. Computing is queued here and runs as a worker job. */
@ApiTags('awards')
@Controller('award-rounds')
export class AwardRoundsController {
  constructor(
    private readonly awards: AwardsService,
    private readonly computeJobs: AwardComputeJobs,
  ) {}

  @Post()
  @Auth('admin')
  @ApiCreatedResponse({ type: AwardRoundView, description: 'A draft round, its configuration resolved' })
  @ApiConflictResponse({ description: 'AWARD_ROUND_EXISTS: one round per year' })
  @ApiUnprocessableEntityResponse({
    description:
      'AWARD_YEAR_INVALID; AWARD_WEIGHTS_INVALID; AWARD_TIERS_INVALID; AWARD_ABOVE_CAP; AWARD_BUDGET_EXCEEDED; AWARD_ADMITTED_BY_INVALID; AWARD_CONFIG_INVALID (details: every problem)',
  })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateAwardRoundDto): Promise<AwardRoundView> {
    return this.awards.create(actor, dto);
  }

  @Get()
  @Auth('bureau')
  @ApiOkResponse({ type: AwardRoundPage, description: 'Rounds, newest year first (without results)' })
  list(@Query() query: AwardRoundsQuery): Promise<AwardRoundPage> {
    return this.awards.list(query);
  }

  @Get(':id')
  @Auth('bureau')
  @ApiOkResponse({ type: AwardRoundView, description: 'Status, configuration, budget and the stored result' })
  @ApiNotFoundResponse({ description: 'No such round' })
  get(@UuidParam('id') id: string): Promise<AwardRoundView> {
    return this.awards.get(id);
  }

  @Post(':id/compute')
  @Auth('admin')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({
    type: AwardRoundView,
    description: 'Queued for the worker: jobStatus queued, then running (jobPercent), done or failed (jobError)',
  })
  @ApiNotFoundResponse({ description: 'No such round' })
  @ApiConflictResponse({ description: 'INVALID_STATE: a published or final round is not recomputed' })
  compute(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<AwardRoundView> {
    return this.computeJobs.requestCompute(actor, id);
  }

  @Get(':id/results')
  @Auth('bureau')
  @ApiOkResponse({ type: AwardResultsView, description: 'Ranked, and ineligible with every reason' })
  @ApiNotFoundResponse({ description: 'No such round' })
  @ApiConflictResponse({ description: 'AWARD_ROUND_NOT_COMPUTED' })
  results(@UuidParam('id') id: string): Promise<AwardResultsView> {
    return this.awards.results(id);
  }

  @Get(':id/results/:providerId')
  @Auth('bureau', 'provider')
  @ApiOkResponse({
    schema: { type: 'object', additionalProperties: true },
    description: 'A provider’s result explained (figures, sentences in Chinese, inputs); a provider sees its own only',
  })
  @ApiNotFoundResponse({ description: 'No such round, or the provider is not in it (or is another provider)' })
  @ApiConflictResponse({ description: 'AWARD_ROUND_NOT_COMPUTED' })
  explanation(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @UuidParam('providerId') providerId: string,
  ): Promise<AwardExplanationView> {
    return this.awards.explanationFor(actor, id, providerId);
  }

  @Get(':id/export')
  @Auth('bureau')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({
    schema: { type: 'string', format: 'binary' },
    description:
      'The results (.xlsx): ranked with every figure and award (yuan), ineligible with reasons; headers in Chinese',
  })
  @ApiNotFoundResponse({ description: 'No such round' })
  @ApiConflictResponse({ description: 'AWARD_ROUND_NOT_COMPUTED' })
  async export(@UuidParam('id') id: string): Promise<StreamableFile> {
    return download(await this.awards.export(id));
  }
}
