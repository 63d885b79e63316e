import { ConflictError, DomainError, UnauthenticatedError } from '@app/shared';

export class EmailTakenError extends ConflictError {
  constructor() {
    super('EMAIL_TAKEN', 'An account with this email already exists');
  }
}

export class UsccVerifiedElsewhereError extends ConflictError {
  constructor(holderId: string) {
    super(
      'USCC_VERIFIED_ELSEWHERE',
      'Another organisation of this type has already been verified with this unified social credit code',
      { holderId },
    );
  }
}

export class CannotDeactivateSelfError extends ConflictError {
  constructor() {
    super('CANNOT_DEACTIVATE_SELF', 'An admin cannot deactivate their own account');
  }
}

export class AccountDeactivatedError extends UnauthenticatedError {
  constructor() {
    super('This account has been deactivated by the bureau; contact the bureau to restore it', 'ACCOUNT_DEACTIVATED');
  }
}

export class InvalidCredentialsError extends UnauthenticatedError {
  constructor() {
    super('Email or password is wrong', 'INVALID_CREDENTIALS');
  }
}

export class InvalidTokenError extends UnauthenticatedError {
  constructor() {
    super('The access token is missing, expired or not valid; log in again', 'INVALID_TOKEN');
  }
}

export class TooManyLoginAttemptsError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super(429, 'TOO_MANY_LOGIN_ATTEMPTS', 'Too many failed logins from this address; try again later', {
      retryAfterSeconds,
    });
  }
}

export class TooManyRegistrationsError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super(429, 'TOO_MANY_REGISTRATIONS', 'Too many registrations from this address; try again later', {
      retryAfterSeconds,
    });
  }
}
