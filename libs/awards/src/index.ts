export * from './awards.config.js';
export * from './awards.rules.js';
export * from './related-parties.js';
export * from './awards.module.js';
export {
  AwardComputeJobs,
  AWARD_JOB_ABANDONED,
  AWARD_ROUND_COMPUTE_QUEUE,
  type AwardComputeJobData,
} from './award-compute-jobs.service.js';
export {
  AwardsService,
  type AwardComputeProgress,
  type AwardExplanationView,
  type AwardResultsFile,
  type CreateAwardRoundInput,
} from './awards.service.js';
export * from './awards.errors.js';
export {
  AWARD_ROUND_STATUSES,
  type AwardRoundStatus,
  AWARD_JOB_STATUSES,
  type AwardJobStatus,
} from './award-round.entity.js';
export type { ProviderFactsSnapshot } from './awards.snapshot.js';
export * from './awards.views.js';
export * from './dto/award-round.dto.js';
export { awardResultsWorkbook, awardResultsFileName } from './awards-export.js';
export { AwardNoticeService } from './award-notice.service.js';
export * from './award-notice.rules.js';
export * from './award-notice.views.js';
export { AwardStandingService, type AwardStandingView, STANDING_FACTS_TTL_MS } from './award-standing.service.js';
export type { AwardYearFigures } from './awards.repository.js';
