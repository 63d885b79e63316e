import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query, StreamableFile } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
  ApiBadRequestResponse,
} from '@nestjs/swagger';
import {
  type AwardExplanationView,
  AwardResultsView,
  AwardRoundPage,
  AwardRoundsQuery,
  AwardRoundView,
  AwardComputeJobs,
  AwardNoticeService,
  AwardObjectionView,
  AwardsService,
  type AwardStandingView,
  AwardStandingService,
  AnswerObjectionDto,
  CreateAwardRoundDto,
  PublicAwardsView,
  StandingQuery,
} from '@app/awards';
import { Auth, CurrentActor, Public } from '@app/identity';
import { type Actor, ReasonDto } from '@app/shared';
import { download } from '../http/download.js';
import { UuidParam } from '../http/uuid-param.js';

/** Award rounds (优质服务机构评选), DOMAIN.md §7. Computing is queued here and runs as a worker job. */
@ApiTags('awards')
@Controller('award-rounds')
export class AwardRoundsController {
  constructor(
    private readonly awards: AwardsService,
    private readonly computeJobs: AwardComputeJobs,
    private readonly notice: AwardNoticeService,
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

  @Post(':id/publish')
  @Auth('admin')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    type: AwardRoundView,
    description:
      'computed -> published: public notice for noticeDays (noticeEndsAt); every provider of the round is notified',
  })
  @ApiNotFoundResponse({ description: 'No such round' })
  @ApiConflictResponse({
    description: 'INVALID_STATE (not computed); AWARD_COMPUTE_PENDING (a compute job is queued or running)',
  })
  publish(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<AwardRoundView> {
    return this.notice.publish(actor, id);
  }

  @Post(':id/finalize')
  @Auth('admin')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: AwardRoundView, description: 'published -> final (never changes again); providers notified' })
  @ApiNotFoundResponse({ description: 'No such round' })
  @ApiConflictResponse({
    description:
      'INVALID_STATE (not published); AWARD_NOTICE_NOT_ENDED; AWARD_OBJECTIONS_OPEN (some objection unanswered)',
  })
  finalize(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<AwardRoundView> {
    return this.notice.finalize(actor, id);
  }

  @Post(':id/objections')
  @Auth('provider')
  @ApiCreatedResponse({ type: AwardObjectionView, description: 'An objection, open until an admin answers it' })
  @ApiBadRequestResponse({ description: 'REASON_REQUIRED' })
  @ApiNotFoundResponse({ description: 'No such round' })
  @ApiConflictResponse({
    description: 'AWARD_NOTICE_CLOSED (not on public notice); OBJECTION_EXISTS (your earlier one is unanswered)',
  })
  lodgeObjection(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: ReasonDto,
  ): Promise<AwardObjectionView> {
    return this.notice.lodgeObjection(actor, id, dto.reason);
  }

  @Get(':id/objections')
  @Auth('bureau', 'provider')
  @ApiOkResponse({ type: [AwardObjectionView], description: 'The bureau sees all; a provider its own' })
  @ApiNotFoundResponse({ description: 'No such round' })
  objections(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<AwardObjectionView[]> {
    return this.notice.objections(actor, id);
  }

  @Post(':id/objections/:objectionId/resolve')
  @Auth('admin')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    type: AwardObjectionView,
    description: 'upheld: a published round returns to computed (compute again, publish again); dismissed: it stays',
  })
  @ApiBadRequestResponse({ description: 'REASON_REQUIRED; VALIDATION (outcome)' })
  @ApiNotFoundResponse({ description: 'No such round or objection' })
  @ApiConflictResponse({ description: 'OBJECTION_ANSWERED; INVALID_STATE (the round is final)' })
  resolveObjection(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @UuidParam('objectionId') objectionId: string,
    @Body() dto: AnswerObjectionDto,
  ): Promise<AwardObjectionView> {
    return this.notice.answerObjection(actor, id, objectionId, dto);
  }
}

/** The published award list (公示名单 / 最终名单), for anyone. */
@ApiTags('awards')
@Controller('awards')
export class PublicAwardsController {
  constructor(private readonly notice: AwardNoticeService) {}

  @Get(':year')
  @Public()
  @ApiOkResponse({ type: PublicAwardsView, description: 'The published or final list of the year' })
  @ApiNotFoundResponse({ description: 'AWARDS_NOT_PUBLISHED: no published or final round for that year' })
  list(@Param('year') year: string): Promise<PublicAwardsView> {
    return this.notice.publicList(/^\d{4}$/.test(year) ? Number(year) : Number.NaN);
  }
}

/** A provider's live award standing ("where I stand"). */
@ApiTags('awards')
@Controller('providers/me/standing')
export class ProviderStandingController {
  constructor(private readonly standing: AwardStandingService) {}

  @Get()
  @Auth('provider')
  @ApiOkResponse({
    schema: { type: 'object', additionalProperties: true },
    description:
      'Live facts of the year (read at most 30 s earlier: asOf), score parts against the current eligible field, provisional rank and award, what is lacking (gaps: "served 2 of 3"), sentences in Chinese',
  })
  @ApiUnprocessableEntityResponse({ description: 'AWARD_YEAR_INVALID (a future year)' })
  get(@CurrentActor() actor: Actor, @Query() query: StandingQuery): Promise<AwardStandingView> {
    return this.standing.standingOf(actor.orgId, query.year);
  }
}
