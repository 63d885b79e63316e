export * from './matchmaking.module.js';
export * from './matchmaking.rules.js';
export * from './matchmaking.errors.js';
export { DemandsService } from './demands.service.js';
export { DemandReads } from './demand-reads.service.js';
export { ProposalsService } from './proposals.service.js';
export type { DemandStatsRow } from './demands.repository.js';
export * from './demand.views.js';
export {
  CreateDemandDto,
  UpdateDemandDto,
  CloseDemandDto,
  DemandsQuery,
  ProposalDto,
  UpdateProposalDto,
  AcceptProposalDto,
} from './dto/demand.dto.js';
export { EventsService } from './events.service.js';
export { MeetingsService } from './meetings.service.js';
export { CreateEventDto, EventsQuery, ScheduleMeetingDto, MeetingOutcomeDto } from './dto/event.dto.js';
export * from './event.views.js';
export * from './events.errors.js';
export { CONVERSION_WINDOW_MS, type EventPhase, type MeetingStatus } from './events.rules.js';
