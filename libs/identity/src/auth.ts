import {
  applyDecorators,
  type CanActivate,
  createParamDecorator,
  type ExecutionContext,
  Injectable,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { Actor, type BureauRole, ForbiddenError } from '@app/shared';
import { InvalidTokenError } from './identity.errors.js';
import { IdentityService } from './identity.service.js';

/**
 * Who may call a route: `enterprise` or `provider` users, bureau users holding one of the
 * bureau roles, or `bureau` for any bureau user.
 */
export type Audience = 'enterprise' | 'provider' | 'bureau' | BureauRole;

const PUBLIC = 'auth:public';
const AUDIENCE = 'auth:audience';

/** A route anyone may call without logging in. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC, true);

/**
 * Requires a logged-in user of one of the audiences (none listed: any logged-in user).
 * Ownership of the object is checked by the service with the {@link Actor}.
 */
export const Auth = (...audiences: Audience[]): MethodDecorator & ClassDecorator =>
  applyDecorators(
    SetMetadata(AUDIENCE, audiences),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'Not logged in (UNAUTHENTICATED, INVALID_TOKEN)' }),
    ...(audiences.length ? [ApiForbiddenResponse({ description: `Only for: ${audiences.join(', ')}` })] : []),
  );

export function isInAudience(actor: Actor, audiences: readonly Audience[]): boolean {
  if (audiences.length === 0) return true;
  return audiences.some((a) => {
    if (a === 'enterprise' || a === 'provider' || a === 'bureau') return actor.orgType === a;
    return actor.hasBureauRole(a);
  });
}

type RequestWithActor = Request & { actor?: Actor };

/**
 * The global guard: every route needs a valid bearer token unless it is {@link Public};
 * {@link Auth} narrows it to audiences. Registered once as APP_GUARD by the IdentityModule.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly identity: IdentityService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<RequestWithActor>();
    const header = request.headers.authorization ?? '';
    const [scheme, token] = header.split(' ');
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, targets)) {
      // A public route still knows a logged-in caller (an owner sees its own drafts); a stale token reads as anonymous.
      if (scheme?.toLowerCase() === 'bearer' && token) {
        request.actor = await this.identity.authenticate(token).catch(() => undefined);
      }
      return true;
    }
    if (scheme?.toLowerCase() !== 'bearer' || !token) throw new InvalidTokenError();
    const actor = await this.identity.authenticate(token);
    request.actor = actor;
    const audiences = this.reflector.getAllAndOverride<Audience[]>(AUDIENCE, targets) ?? [];
    if (!isInAudience(actor, audiences)) {
      throw new ForbiddenError(`This is only for: ${audiences.join(', ')}`, 'FORBIDDEN_ROLE');
    }
    return true;
  }
}

/** The authenticated {@link Actor} of the request. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<RequestWithActor>().actor;
  if (!actor) throw new InvalidTokenError();
  return actor;
});

/** The caller on a {@link Public} route: the {@link Actor} when a valid token came with the request, else null. */
export const OptionalActor = createParamDecorator(
  (_: unknown, context: ExecutionContext): Actor | null =>
    context.switchToHttp().getRequest<RequestWithActor>().actor ?? null,
);
