import {
  type CallHandler,
  type ExecutionContext,
  HttpStatus,
  Injectable,
  type NestInterceptor,
  UseInterceptors,
  applyDecorators,
  createParamDecorator,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants.js';
import { Reflector } from '@nestjs/core';
import { ApiHeader, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { catchError, from, mergeMap, type Observable, of, throwError } from 'rxjs';
import { IdempotencyService } from '@app/idempotency';
import { type Actor, DomainError, ValidationFailedError } from '@app/shared';

type IdempotentRequest = Request & { idempotentRequestId?: string };

/**
 * The key's life this request runs in (`key@first claimed`): the same for a retry that takes over
 * a dead run's lease, new once the key was forgotten. A service that stores it finds what a dead
 * run already did. Undefined without a key.
 */
export const IdempotentRequestId = createParamDecorator(
  (_: unknown, context: ExecutionContext) => context.switchToHttp().getRequest<IdempotentRequest>().idempotentRequestId,
);

/** A 4xx answer kept for a key, given again as the same error. */
class ReplayedError extends DomainError {}

/**
 * Honours `Idempotency-Key` on a POST: the first request with a key runs and its answer (success
 * or a domain refusal) is kept; a repeat with the same body gets that answer, waiting while the
 * first still runs (until the first's lease ends: then the repeat runs instead); another body
 * answers 422. Invalid input and unexpected errors keep nothing.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly idempotency: IdempotencyService,
    private readonly reflector: Reflector,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<Request & { actor?: Actor }>();
    const key = request.headers['idempotency-key'];
    if (key === undefined || !request.actor) return next.handle();
    if (typeof key !== 'string' || key.length < 1 || key.length > 255) {
      throw new ValidationFailedError([{ field: 'Idempotency-Key', messages: ['must be 1-255 characters'] }]);
    }
    const userId = request.actor.userId;
    const hash = IdempotencyService.fingerprint(request.method, request.path, request.body);
    const claim = await this.idempotency.claim(userId, key, hash);
    if (claim.kind === 'replay') {
      if (claim.status >= 400) {
        const body = claim.body as { code: string; message: string; details?: unknown };
        throw new ReplayedError(claim.status, body.code, body.message, body.details);
      }
      return of(claim.body);
    }
    const { token } = claim;
    (request as IdempotentRequest).idempotentRequestId = `${key}@${claim.since.toISOString()}`;
    const status =
      this.reflector.get<number>(HTTP_CODE_METADATA, context.getHandler()) ??
      (request.method === 'POST' ? HttpStatus.CREATED : HttpStatus.OK);
    return next.handle().pipe(
      // A run whose lease was taken over still answers its own client; the key keeps the other run's answer.
      mergeMap((body) => from(this.idempotency.complete(userId, key, token, status, body).then(() => body))),
      catchError((error: unknown) => {
        const kept =
          error instanceof DomainError && error.status < 500 && !(error instanceof ValidationFailedError)
            ? this.idempotency.complete(userId, key, token, error.status, {
                statusCode: error.status,
                code: error.code,
                message: error.message,
                details: error.details,
              })
            : this.idempotency.release(userId, key, token);
        return from(kept).pipe(mergeMap(() => throwError(() => error)));
      }),
    );
  }
}

/** Marks a POST as honouring `Idempotency-Key`, and documents the header. */
export const Idempotent = () =>
  applyDecorators(
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'Up to 255 characters; repeating the same request with it returns the first answer',
    }),
    ApiUnprocessableEntityResponse({ description: 'IDEMPOTENCY_KEY_REUSED: the key came with another request' }),
  );
