import { ConflictError } from '@app/shared';

/** The same certificate is already claimed and pending or verified. */
export class DuplicateTierClaimError extends ConflictError {
  constructor(claimId: string) {
    super('DUPLICATE_TIER_CLAIM', 'This certificate is already claimed (pending or verified)', { claimId });
  }
}
