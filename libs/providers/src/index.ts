export * from './providers.module.js';
export { PoolMembershipService } from './pool-membership.service.js';
export {
  ProvidersService,
  type MembershipListener,
  type MembershipPeriodView,
  type ProviderFactsView,
  type ProviderPoolCounts,
} from './providers.service.js';
export type { ProviderMembershipFacts } from './providers.repository.js';
export * from './providers.errors.js';
export * from './provider.views.js';
export { UpdateProviderProfileDto, QualificationDto } from './dto/update-profile.dto.js';
export { ApplicationsQuery, DirectoryQuery } from './dto/provider-queries.dto.js';
export {
  PROVIDER_STATUSES,
  type ProviderStatus,
  type PoolAction,
  isListable,
  membershipInstant,
  shanghaiYear,
} from './providers.rules.js';
