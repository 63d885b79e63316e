export * from './ratings.module.js';
export { RatingsService } from './ratings.service.js';
export type { AwardVote } from './ratings.repository.js';
export { RatingDto, UpdateRatingDto, ReplyDto } from './dto/rating.dto.js';
export * from './rating.views.js';
export * from './ratings.errors.js';
export { DIMENSIONS, OUTCOME_KEYS } from './ratings.rules.js';
