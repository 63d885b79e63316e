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

export class AwardComputePendingError extends ConflictError {
  constructor() {
    super('AWARD_COMPUTE_PENDING', 'The round is being computed: publish it once the computation is done');
  }
}

export class AwardNoticeNotEndedError extends ConflictError {
  constructor(endsAt: Date) {
    super('AWARD_NOTICE_NOT_ENDED', 'The public notice has not ended: the round cannot be finalised yet', {
      noticeEndsAt: endsAt.toISOString(),
    });
  }
}

export class AwardObjectionsOpenError extends ConflictError {
  constructor(open: number) {
    super('AWARD_OBJECTIONS_OPEN', `${open} objection(s) are not answered: answer every objection before finalising`, {
      open,
    });
  }
}

export class AwardNoticeClosedError extends ConflictError {
  constructor(endsAt: Date | null) {
    super('AWARD_NOTICE_CLOSED', 'Objections are taken only while the round is on public notice', {
      noticeEndsAt: endsAt?.toISOString() ?? null,
    });
  }
}

export class AwardObjectionExistsError extends ConflictError {
  constructor(objectionId: string) {
    super('OBJECTION_EXISTS', 'Your earlier objection to this round is not answered yet', { objectionId });
  }
}

export class AwardObjectionAnsweredError extends ConflictError {
  constructor(status: string) {
    super('OBJECTION_ANSWERED', 'This objection has already been answered', { status });
  }
}

export class AwardsNotPublishedError extends DomainError {
  constructor(year: number) {
    super(404, 'AWARDS_NOT_PUBLISHED', `The awards of ${year} have not been published`, { year });
  }
}
