import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '@app/audit';
import { type Actor, Clock, NotFoundError, ReasonRequiredError } from '@app/shared';
import { type UserView, userView } from './dto/user.view.js';
import { CannotDeactivateSelfError } from './identity.errors.js';
import { IdentityRepository } from './identity.repository.js';
import { User } from './user.entity.js';

/**
 * A bureau admin's view of accounts: the users of any organisation, and deactivating one. Every
 * request reads its user (IdentityService.authenticate), so a deactivated user's tokens stop
 * working on the next request, not when they expire.
 */
@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: IdentityRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The users of an organisation (the bureau's own when none is given). */
  async list(actor: Actor, orgId: string = actor.orgId): Promise<UserView[]> {
    const users = await this.repository.usersOf(this.dataSource.manager, [orgId]);
    return users.map((u) => userView(u, u.organisation));
  }

  async deactivate(actor: Actor, userId: string, reason: string | undefined): Promise<UserView> {
    if (!reason) throw new ReasonRequiredError('user', 'deactivate');
    if (userId === actor.userId) throw new CannotDeactivateSelfError();
    return this.setActive(actor, userId, false, reason);
  }

  reactivate(actor: Actor, userId: string): Promise<UserView> {
    return this.setActive(actor, userId, true, null);
  }

  private setActive(actor: Actor, userId: string, active: boolean, reason: string | null): Promise<UserView> {
    return this.dataSource.transaction(async (em) => {
      const user = await em.findOne(User, {
        where: { id: userId },
        relations: { organisation: true },
        lock: { mode: 'pessimistic_write', tables: ['app_user'] },
      });
      if (!user) throw new NotFoundError('User');
      // Deactivating twice keeps the first time and reason; either way the answer is the user as it is.
      if (active === (user.deactivatedAt === null)) return userView(user, user.organisation);
      const before = { deactivatedAt: user.deactivatedAt };
      user.deactivatedAt = active ? null : this.clock.now();
      user.deactivationReason = reason;
      await em.update(
        User,
        { id: user.id },
        { deactivatedAt: user.deactivatedAt, deactivationReason: user.deactivationReason },
      );
      await this.audit.record(em, actor, {
        entityType: 'user',
        entityId: user.id,
        action: active ? 'reactivated' : 'deactivated',
        reason,
        before,
        after: { deactivatedAt: user.deactivatedAt },
      });
      return userView(user, user.organisation);
    });
  }
}
