import { ConflictError, DomainError } from '@app/shared';
import type { AwardConfigProblem } from './awards.config.js';

/**
 * A round's configuration or budget refused (422): the code is the first problem's (in the fixed
 * order of `configProblems`), the details every problem with its own code.
 */
export class AwardConfigRefusedError extends DomainError {
  constructor(readonly problems: AwardConfigProblem[]) {
    super(
      422,
      problems[0]?.code ?? 'AWARD_CONFIG_INVALID',
      problems.map((p) => p.message).join('; '),
      problems.map(({ code, message, details }) => ({ code, message, details })),
    );
  }
}

export class AwardYearInvalidError extends DomainError {
  constructor(year: unknown) {
    super(422, 'AWARD_YEAR_INVALID', 'The award year must be a calendar year written as a whole number', { year });
  }
}

export class AwardRoundExistsError extends ConflictError {
  constructor(year: number) {
    super('AWARD_ROUND_EXISTS', `There is already an award round for ${year}`, { year });
  }
}

export class AwardRoundNotComputedError extends ConflictError {
  constructor(status: string) {
    super('AWARD_ROUND_NOT_COMPUTED', 'The award round has no results yet: compute it first', { status });
  }
}
