import { ConflictError, DomainError, UnauthenticatedError } from '@app/shared';

export class EmailTakenError extends ConflictError {
  constructor() {
    super('EMAIL_TAKEN', 'An account with this email already exists');
  }
}

export class OrganisationRegisteredError extends ConflictError {
  constructor() {
    super(
      'ORGANISATION_ALREADY_REGISTERED',
      'An organisation of this type with this unified social credit code is already registered',
    );
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
    super(429, 'TOO_MANY_LOGIN_ATTEMPTS', 'Too many failed logins for this account; try again later', {
      retryAfterSeconds,
    });
  }
}
