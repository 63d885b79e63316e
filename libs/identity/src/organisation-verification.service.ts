import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { type Actor, Clock, NotFoundError } from '@app/shared';
import { type ContestedOrganisationView, organisationView, type UsccContestView, userView } from './dto/user.view.js';
import { UsccVerifiedElsewhereError } from './identity.errors.js';
import { IdentityRepository } from './identity.repository.js';
import { Organisation } from './organisation.entity.js';

/**
 * Whose USCC it is. Registering proves nothing, so anyone may register any code; the bureau
 * checks the business licence when it admits a provider to the pool or verifies an enterprise's
 * tier, and from then on the code belongs to that organisation alone. Codes registered by two
 * organisations of one type are contested and listed for reviewers.
 */
@Injectable()
export class OrganisationVerificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: IdentityRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * Marks the organisation verified inside the caller's transaction (admission, tier review);
   * 409 `USCC_VERIFIED_ELSEWHERE` if another organisation of its type holds the code already.
   */
  async verify(em: EntityManager, actor: Actor, orgId: string): Promise<void> {
    const org = await em.findOneBy(Organisation, { id: orgId });
    if (!org) throw new NotFoundError('Organisation');
    if (org.verifiedAt || !org.uscc) return;
    await this.repository.lockUscc(em, org.type, org.uscc);
    const holder = await this.repository.verifiedHolder(em, org.type, org.uscc);
    if (holder) throw new UsccVerifiedElsewhereError(holder.id);
    const verifiedAt = this.clock.now();
    await em.update(Organisation, { id: org.id }, { verifiedAt });
    await this.audit.record(em, actor, {
      entityType: 'organisation',
      entityId: org.id,
      action: 'licence_verified',
      before: { verifiedAt: null },
      after: { verifiedAt, uscc: org.uscc },
    });
  }

  /** The other organisations of its type that registered this organisation's USCC (shown to reviewers). */
  async otherRegistrations(orgId: string, em: EntityManager = this.dataSource.manager): Promise<Organisation[]> {
    const org = await em.findOneBy(Organisation, { id: orgId });
    return org ? this.repository.otherRegistrations(em, org) : [];
  }

  /** Every contested USCC with its organisations and their users, for reviewers and admins. */
  async contests(): Promise<UsccContestView[]> {
    const em = this.dataSource.manager;
    const orgs = await this.repository.contestedOrganisations(em);
    const users = await this.repository.usersOf(
      em,
      orgs.map((o) => o.id),
    );
    const contests = new Map<string, UsccContestView>();
    for (const org of orgs) {
      const key = `${org.type}:${org.uscc}`;
      let contest = contests.get(key);
      if (!contest) {
        contest = { uscc: org.uscc!, type: org.type, verifiedOrganisationId: null, organisations: [] };
        contests.set(key, contest);
      }
      if (org.verifiedAt) contest.verifiedOrganisationId = org.id;
      const view: ContestedOrganisationView = {
        ...organisationView(org),
        createdAt: org.createdAt,
        users: users.filter((u) => u.orgId === org.id).map((u) => userView(u, org)),
      };
      contest.organisations.push(view);
    }
    return [...contests.values()];
  }
}
