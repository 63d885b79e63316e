import { ConflictError, DomainError, ValidationFailedError } from '@app/shared';

export class ProposalExistsError extends ConflictError {
  constructor(proposalId: string) {
    super('PROPOSAL_EXISTS', 'Your organisation has already proposed on this demand; edit that proposal instead', {
      proposalId,
    });
  }
}

export class DemandNotOpenError extends ConflictError {
  constructor(status: string) {
    super('DEMAND_NOT_OPEN', `The demand is ${status}: it takes no proposals and no decisions now`, { status });
  }
}

export class ProposalNotOpenError extends ConflictError {
  constructor(status: string, demandStatus: string) {
    super('PROPOSAL_NOT_OPEN', `The proposal is ${status} and its demand ${demandStatus}: it can no longer change`, {
      status,
      demandStatus,
    });
  }
}

export class DeadlinePassedError extends ConflictError {
  constructor(deadline: string) {
    super('DEADLINE_PASSED', `The deadline ${deadline} has passed: set a later one before publishing`, { deadline });
  }
}

export class CategoryNotServedError extends DomainError {
  constructor(category: string) {
    super(403, 'CATEGORY_NOT_SERVED', `Only pool providers of the category ${category} answer this demand`, {
      category,
    });
  }
}

export const budgetRangeInvalid = () =>
  new ValidationFailedError([
    { field: 'budgetMinFen', messages: ['budgetMinFen must not be greater than budgetMaxFen'] },
  ]);

export class ProviderNotApprovedError extends ConflictError {
  constructor(status: string) {
    super('PROVIDER_NOT_APPROVED', `Only providers admitted to the pool answer demands (yours is ${status})`, {
      providerStatus: status,
    });
  }
}
