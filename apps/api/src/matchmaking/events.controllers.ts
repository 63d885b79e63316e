import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Auth, CurrentActor, OptionalActor, Public } from '@app/identity';
import {
  CreateEventDto,
  EventPageView,
  EventsQuery,
  EventsService,
  EventView,
  MeetingOutcomeDto,
  MeetingsService,
  MeetingView,
  RegistrationView,
  ScheduleMeetingDto,
} from '@app/matchmaking';
import type { Actor } from '@app/shared';
import { UuidParam } from '../http/uuid-param.js';

@ApiTags('matchmaking-events')
@Controller('matchmaking-events')
export class MatchmakingEventsController {
  constructor(
    private readonly events: EventsService,
    private readonly meetings: MeetingsService,
  ) {}

  @Post()
  @Auth('admin')
  @ApiCreatedResponse({ type: EventView })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateEventDto): Promise<EventView> {
    return this.events.create(actor, dto);
  }

  @Get()
  @Public()
  @ApiOkResponse({ type: EventPageView, description: 'Upcoming first (soonest first), then past ones (latest first)' })
  list(@OptionalActor() actor: Actor | null, @Query() query: EventsQuery): Promise<EventPageView> {
    return this.events.list(actor, query);
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({
    type: EventView,
    description:
      'With registration counts; the bureau also gets the registrations, every meeting and the figures, a registered participant its own meetings',
  })
  @ApiNotFoundResponse({ description: 'No such event' })
  get(@OptionalActor() actor: Actor | null, @UuidParam('id') id: string): Promise<EventView> {
    return this.events.get(actor, id);
  }

  @Post(':id/registrations')
  @Auth('enterprise', 'provider')
  @ApiCreatedResponse({ type: RegistrationView, description: 'An enterprise, or a provider approved in the pool' })
  @ApiConflictResponse({ description: 'EVENT_FULL; ALREADY_REGISTERED; EVENT_ENDED' })
  register(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<RegistrationView> {
    return this.events.register(actor, id);
  }

  @Post(':id/meetings')
  @Auth('admin')
  @ApiCreatedResponse({ type: MeetingView, description: 'Both parties are notified' })
  @ApiConflictResponse({ description: 'NOT_REGISTERED; MEETING_CONFLICT (details.party: enterprise or provider)' })
  @ApiUnprocessableEntityResponse({ description: "SLOT_OUTSIDE_EVENT: the meeting must lie within the event's time" })
  schedule(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: ScheduleMeetingDto,
  ): Promise<MeetingView> {
    return this.meetings.schedule(actor, id, dto);
  }
}

@ApiTags('matchmaking-events')
@Controller('meetings')
export class MeetingsController {
  constructor(private readonly meetings: MeetingsService) {}

  @Post(':id/outcome')
  @HttpCode(200)
  @Auth('admin')
  @ApiOkResponse({ type: MeetingView })
  @ApiConflictResponse({ description: 'MEETING_NOT_STARTED; OUTCOME_RECORDED' })
  outcome(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: MeetingOutcomeDto,
  ): Promise<MeetingView> {
    return this.meetings.recordOutcome(actor, id, dto);
  }
}
