import { ForbiddenError } from './domain-error.js';

export const ORG_TYPES = ['enterprise', 'provider', 'bureau'] as const;
export type OrgType = (typeof ORG_TYPES)[number];

export const BUREAU_ROLES = ['reviewer', 'finance', 'admin'] as const;
export type BureauRole = (typeof BUREAU_ROLES)[number];
/** Users of enterprises and providers are `owner`s of their organisation. */
export type UserRole = BureauRole | 'owner';

/** Who is acting: the authenticated user, its organisation and roles. Passed to every service call. */
export class Actor {
  constructor(
    readonly userId: string,
    readonly orgId: string,
    readonly orgType: OrgType,
    readonly roles: readonly UserRole[],
  ) {}

  get isBureau(): boolean {
    return this.orgType === 'bureau';
  }

  hasBureauRole(...roles: BureauRole[]): boolean {
    return this.isBureau && roles.some((r) => this.roles.includes(r));
  }

  /** Refuses (403) unless the actor acts for the given organisation. */
  assertActsFor(orgId: string): void {
    if (this.orgId !== orgId) throw new ForbiddenError('This belongs to another organisation', 'NOT_OWNER');
  }
}

/** The actor recorded for changes made by the system itself (start-up, CLI, jobs). */
export interface AuditActor {
  userId: string | null;
  orgId: string | null;
}

export const SYSTEM_ACTOR: AuditActor = { userId: null, orgId: null };
