export * from './matchmaking.module.js';
export * from './matchmaking.rules.js';
export { EventsService } from './events.service.js';
export { MeetingsService } from './meetings.service.js';
export { CreateEventDto, EventsQuery, ScheduleMeetingDto, MeetingOutcomeDto } from './dto/event.dto.js';
export * from './event.views.js';
export * from './events.errors.js';
export { CONVERSION_WINDOW_MS, type EventPhase, type MeetingStatus } from './events.rules.js';
