import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentActor, OptionalActor, Public } from '@app/identity';
import { ProviderRatingsView, RatingDto, RatingsService, RatingView, ReplyDto, UpdateRatingDto } from '@app/ratings';
import { type Actor, PageQuery, ReasonDto } from '@app/shared';
import { UuidParam } from '../http/uuid-param.js';

@ApiTags('ratings')
@Controller('orders/:id/rating')
export class OrderRatingController {
  constructor(private readonly ratings: RatingsService) {}

  @Post()
  @Auth('enterprise')
  @ApiCreatedResponse({ type: RatingView, description: 'Once per completed order, within 30 days of completion' })
  @ApiConflictResponse({ description: 'ORDER_NOT_COMPLETED; RATING_WINDOW_CLOSED; RATING_EXISTS' })
  rate(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: RatingDto): Promise<RatingView> {
    return this.ratings.rate(actor, id, dto);
  }

  @Patch()
  @Auth('enterprise')
  @ApiOkResponse({ type: RatingView, description: 'Within 7 days of rating' })
  @ApiConflictResponse({ description: 'RATING_EDIT_WINDOW_CLOSED; RATING_HIDDEN' })
  edit(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: UpdateRatingDto): Promise<RatingView> {
    return this.ratings.edit(actor, id, dto);
  }

  @Get()
  @Auth('enterprise', 'provider', 'bureau')
  @ApiOkResponse({ type: RatingView, description: 'Its enterprise sees whether and why it was hidden' })
  @ApiNotFoundResponse({ description: 'Not rated, or not yours' })
  get(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<RatingView> {
    return this.ratings.ofOrder(actor, id);
  }
}

@ApiTags('ratings')
@Controller('ratings')
export class RatingsController {
  constructor(private readonly ratings: RatingsService) {}

  @Post(':id/reply')
  @HttpCode(200)
  @Auth('provider')
  @ApiOkResponse({ type: RatingView })
  @ApiConflictResponse({ description: 'ALREADY_REPLIED' })
  reply(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: ReplyDto): Promise<RatingView> {
    return this.ratings.reply(actor, id, dto.body);
  }

  @Post(':id/hide')
  @HttpCode(200)
  @Auth('reviewer')
  @ApiOkResponse({ type: RatingView, description: 'Kept and audited; excluded from every figure, awards included' })
  hide(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: ReasonDto): Promise<RatingView> {
    return this.ratings.hide(actor, id, dto.reason ?? null);
  }
}

@ApiTags('ratings')
@Controller('providers/:id/ratings')
export class ProviderRatingsController {
  constructor(private readonly ratings: RatingsService) {}

  @Get()
  @Public()
  @ApiOkResponse({
    type: ProviderRatingsView,
    description: 'Visible ratings newest first, with replies; average, count, distribution, dimensions, outcome totals',
  })
  list(
    @OptionalActor() actor: Actor | null,
    @UuidParam('id') id: string,
    @Query() query: PageQuery,
  ): Promise<ProviderRatingsView> {
    return this.ratings.ofProvider(actor, id, query);
  }
}
