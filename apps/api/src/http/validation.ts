import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { type FieldError, rawInputProblems, ValidationFailedError } from '@app/shared';

/** Flattens class-validator errors into `[{ field: 'org.uscc', messages: [...], rules: ['isUscc'] }]`. */
export function fieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = e.constraints
      ? [{ field, messages: Object.values(e.constraints), rules: Object.keys(e.constraints) }]
      : [];
    return [...own, ...fieldErrors(e.children ?? [], field)];
  });
}

/**
 * Refuses a parsed body or query with reserved keys (`__proto__`…), NUL or unpaired surrogates,
 * or deep nesting, right after the body parser: the Idempotency-Key fingerprint (an interceptor,
 * before any pipe), class-transformer, validator.js and PostgreSQL each fail on them with a 500.
 */
export function refuseUnsafeInput(request: Request, _response: Response, next: NextFunction): void {
  const problems = [
    ...rawInputProblems(request.body).map((p) => ({ ...p, field: p.field || 'body' })),
    ...rawInputProblems(request.query),
  ];
  next(problems.length > 0 ? new ValidationFailedError(problems) : undefined);
}

/** Path parameters are decoded after the middleware above: the same check, before any other pipe. */
class RequestValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'param') {
      const problems = rawInputProblems(value, metadata.data ?? 'param');
      if (problems.length > 0) throw new ValidationFailedError(problems);
    }
    return super.transform(value, metadata);
  }
}

/** Unknown properties are refused; values are converted to the DTO's types (query strings). */
export const validationPipe = new RequestValidationPipe({
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  transform: true,
  validationError: { target: false, value: false },
  exceptionFactory: (errors) => new ValidationFailedError(fieldErrors(errors)),
});
