import { Injectable } from '@nestjs/common';
import { type EntityManager, IsNull, Not } from 'typeorm';
import type { OrgType } from '@app/shared';
import { Organisation } from './organisation.entity.js';
import { User } from './user.entity.js';

/** Named queries of the `organisation` and `app_user` tables. */
@Injectable()
export class IdentityRepository {
  /** Other organisations of the same type that registered this organisation's USCC, oldest first. */
  otherRegistrations(em: EntityManager, org: Pick<Organisation, 'id' | 'type' | 'uscc'>): Promise<Organisation[]> {
    if (!org.uscc) return Promise.resolve([]);
    return em.find(Organisation, {
      where: { type: org.type, uscc: org.uscc, id: Not(org.id) },
      order: { createdAt: 'ASC' },
    });
  }

  /** The organisation of this type whose USCC the bureau verified, if any. */
  verifiedHolder(em: EntityManager, type: OrgType, uscc: string): Promise<Organisation | null> {
    return em.findOneBy(Organisation, { type, uscc, verifiedAt: Not(IsNull()) });
  }

  /** Serialises verifications of one USCC (the unique index is the backstop, this gives the clear error). */
  async lockUscc(em: EntityManager, type: OrgType, uscc: string): Promise<void> {
    await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`identity.uscc:${type}:${uscc}`]);
  }

  /** Organisations that share a USCC with another of their type (contested registrations), by USCC then age. */
  contestedOrganisations(em: EntityManager): Promise<Organisation[]> {
    return em
      .createQueryBuilder(Organisation, 'o')
      .where(
        `(o.type, o.uscc) IN (SELECT type, uscc FROM organisation WHERE uscc IS NOT NULL GROUP BY 1, 2 HAVING count(*) > 1)`,
      )
      .orderBy('o.uscc')
      .addOrderBy('o.type')
      .addOrderBy('o.created_at')
      .getMany();
  }

  /**
   * A user with its organisation, by id or email, in one statement (`findOne` with a relation sends
   * two: a DISTINCT query for the id, then the row). Every authenticated request runs it.
   */
  userWithOrganisation(em: EntityManager, by: { id: string } | { email: string }): Promise<User | null> {
    return em
      .createQueryBuilder(User, 'u')
      .innerJoinAndSelect('u.organisation', 'o')
      .where('id' in by ? 'u.id = :id' : 'u.email = :email', by)
      .getOne();
  }

  /** The users of these organisations, oldest first. */
  usersOf(em: EntityManager, orgIds: string[]): Promise<User[]> {
    if (orgIds.length === 0) return Promise.resolve([]);
    return em
      .createQueryBuilder(User, 'u')
      .innerJoinAndSelect('u.organisation', 'o')
      .where('u.org_id = ANY(:orgIds)', { orgIds })
      .orderBy('u.created_at')
      .getMany();
  }
}
