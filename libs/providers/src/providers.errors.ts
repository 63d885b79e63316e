import { ConflictError, DomainError } from '@app/shared';

export class ReapplyTooSoonError extends ConflictError {
  constructor(reapplyAfter: Date) {
    super('REAPPLY_TOO_SOON', `You may submit again from ${reapplyAfter.toISOString()}`, {
      reapplyAfter: reapplyAfter.toISOString(),
    });
  }
}

export class ProfileIncompleteError extends DomainError {
  constructor(missing: string[]) {
    super(
      422,
      'PROFILE_INCOMPLETE',
      `Complete the profile before submitting: ${missing.join(', ')}`,
      missing.map((field) => ({ field, messages: [`${field} is required to submit`] })),
    );
  }
}

export class UnderReviewError extends ConflictError {
  constructor() {
    super('UNDER_REVIEW', 'The application is under review; the profile can be edited once the bureau has decided');
  }
}
