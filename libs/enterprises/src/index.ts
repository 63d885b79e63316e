export * from './enterprises.module.js';
export { EnterprisesService } from './enterprises.service.js';
export { UpdateEnterpriseDto, TierClaimDto, TierDecisionDto, TierClaimsQuery } from './dto/enterprise.dto.js';
export * from './enterprise.views.js';
export * from './enterprises.errors.js';
export { SRDI_TIERS, type SrdiTier, CLAIM_STATUSES, type ClaimStatus } from './enterprises.rules.js';
