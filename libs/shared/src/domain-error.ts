/**
 * The one error type services throw. Each bounded context subclasses it with stable codes;
 * the API's exception filter turns `status`, `code`, `message` and `details` into the error
 * contract of API.md. Services never throw HTTP exceptions.
 */
export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export interface FieldError {
  field: string;
  messages: string[];
  /** The validation rules that failed (class-validator's names: isNotEmpty, length, isInt…), for a client to word in its language. */
  rules?: string[];
}

export class ValidationFailedError extends DomainError {
  constructor(details: FieldError[], message = 'The request is not valid') {
    super(400, 'VALIDATION_FAILED', message, details);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Log in to continue', code = 'UNAUTHENTICATED') {
    super(401, code, message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You are not allowed to do this', code = 'FORBIDDEN') {
    super(403, code, message);
  }
}

export class NotFoundError extends DomainError {
  constructor(entity: string, code = 'NOT_FOUND') {
    super(404, code, `${entity} not found`);
  }
}

export class ConflictError extends DomainError {
  constructor(code: string, message: string, details?: unknown) {
    super(409, code, message, details);
  }
}

/** 409 for a state transition the current state does not allow. */
export class InvalidStateError extends ConflictError {
  constructor(entity: string, state: string, action: string) {
    super('INVALID_STATE', `Cannot ${action} a ${entity} that is ${state}`, { state, action });
  }
}

/** A decision that must say why (return, reject, suspend, remove, take-down…) came without a reason. */
export class ReasonRequiredError extends DomainError {
  constructor(entity: string, action: string) {
    super(400, 'REASON_REQUIRED', `A reason is required to ${action} a ${entity}`, [
      { field: 'reason', messages: [`reason is required to ${action}`] },
    ]);
  }
}
