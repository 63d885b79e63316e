import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { hash, verify } from '@node-rs/argon2';
import { DataSource, type EntityManager, Repository } from 'typeorm';
import { AuditService } from '@app/audit';
import { CatalogService } from '@app/catalog';
import { isUniqueViolation } from '@app/database';
import {
  Actor,
  AppConfig,
  type AuditActor,
  Clock,
  NotFoundError,
  SYSTEM_ACTOR,
  ValidationFailedError,
} from '@app/shared';
import type { CreateBureauUserDto } from './dto/create-bureau-user.dto.js';
import type { LoginDto } from './dto/login.dto.js';
import type { RegisterDto } from './dto/register.dto.js';
import { type OrganisationView, organisationView, type SessionView, type UserView, userView } from './dto/user.view.js';
import {
  AccountDeactivatedError,
  EmailTakenError,
  InvalidCredentialsError,
  InvalidTokenError,
} from './identity.errors.js';
import { IdentityRepository } from './identity.repository.js';
import { LoginLimiter, RegistrationLimiter } from './rate-limits.js';
import { Organisation } from './organisation.entity.js';
import { accessTokenClaims } from './token-claims.js';
import { User } from './user.entity.js';

/** Organisations, users, passwords and access tokens (身份). */
@Injectable()
export class IdentityService {
  private dummyHash?: Promise<string>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly jwt: JwtService,
    private readonly limiter: LoginLimiter,
    private readonly registrations: RegistrationLimiter,
    private readonly repository: IdentityRepository,
    private readonly audit: AuditService,
    private readonly catalog: CatalogService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * Registers an enterprise or provider organisation with its first user, its owner. A USCC
   * another organisation registered already is accepted and marked contested: registering proves
   * nothing, the bureau's licence check decides (OrganisationVerificationService).
   */
  async register(dto: RegisterDto, address: string | null): Promise<SessionView> {
    if (!this.catalog.isRegion(dto.org.regionCode)) {
      throw new ValidationFailedError([
        {
          field: 'org.regionCode',
          messages: [`regionCode ${dto.org.regionCode} is not a region of this jurisdiction`],
        },
      ]);
    }
    // No address: a trusted caller inside the process (demo data), not a request.
    if (address !== null) await this.registrations.consume(address);
    const passwordHash = await hash(dto.password);
    const { user, org, contested } = await this.dataSource
      .transaction(async (em) => {
        if (await em.existsBy(User, { email: dto.email })) throw new EmailTakenError();
        const org = await em.save(
          em.create(Organisation, {
            type: dto.orgType,
            name: dto.org.name,
            uscc: dto.org.uscc,
            regionCode: dto.org.regionCode,
            verifiedAt: null,
          }),
        );
        const others = await this.repository.otherRegistrations(em, org);
        const user = await this.insertUser(em, {
          actor: null,
          org,
          email: dto.email,
          name: dto.name,
          passwordHash,
          roles: ['owner'],
          contestedWith: others.map((o) => o.id),
        });
        return { user, org, contested: others.length > 0 };
      })
      .catch((error: unknown) => {
        // Two registrations racing past the check above: the unique index decides.
        if (isUniqueViolation(error, 'uq_app_user_email')) throw new EmailTakenError();
        throw error;
      });
    return {
      accessToken: await this.issueToken(user),
      user: userView(user, org),
      organisation: organisationView(org),
      usccContested: contested,
    };
  }

  async login(dto: LoginDto, address: string): Promise<Omit<SessionView, 'organisation'>> {
    await this.limiter.assertNotBlocked(dto.email, address);
    const user = await this.repository.userWithOrganisation(this.users.manager, { email: dto.email });
    // Verify against a dummy hash for unknown emails so timing does not reveal which accounts exist.
    const valid = await verify(user?.passwordHash ?? (await this.getDummyHash()), dto.password);
    if (!user || !valid) {
      await this.limiter.recordFailure(dto.email, address);
      throw new InvalidCredentialsError();
    }
    await this.limiter.reset(dto.email, address);
    // Only a caller who knows the password learns that the account is deactivated.
    if (user.deactivatedAt) throw new AccountDeactivatedError();
    user.lastLoginAt = this.clock.now();
    await this.users.update(user.id, { lastLoginAt: user.lastLoginAt });
    return { accessToken: await this.issueToken(user), user: userView(user, user.organisation) };
  }

  /** The actor behind a bearer token; the user is read each time so a deactivated account stops at once. */
  async authenticate(token: string): Promise<Actor> {
    const claims = accessTokenClaims(await this.jwt.verifyAsync<object>(token).catch(() => null));
    if (!claims) throw new InvalidTokenError();
    const user = await this.repository.userWithOrganisation(this.users.manager, { id: claims.sub });
    if (!user) throw new InvalidTokenError();
    if (user.deactivatedAt) throw new AccountDeactivatedError();
    return new Actor(user.id, user.orgId, user.organisation.type, user.roles);
  }

  async actorByEmail(email: string): Promise<Actor> {
    const user = await this.users.findOneBy({ email: email.trim().toLowerCase() });
    if (!user) throw new NotFoundError('User');
    return this.actorOf(user.id);
  }

  async actorOf(userId: string): Promise<Actor> {
    const user = await this.repository.userWithOrganisation(this.users.manager, { id: userId });
    if (!user) throw new NotFoundError('User');
    return new Actor(user.id, user.orgId, user.organisation.type, user.roles);
  }

  async me(actor: Actor): Promise<UserView> {
    const user = await this.repository.userWithOrganisation(this.users.manager, { id: actor.userId });
    if (!user) throw new NotFoundError('User');
    return userView(user, user.organisation);
  }

  async organisation(orgId: string): Promise<OrganisationView> {
    const org = await this.dataSource.manager.findOneBy(Organisation, { id: orgId });
    if (!org) throw new NotFoundError('Organisation');
    return organisationView(org);
  }

  /** Renames or moves an organisation inside the caller's transaction (its profile is edited elsewhere). */
  async updateOrganisation(
    em: EntityManager,
    orgId: string,
    changes: { name?: string; regionCode?: string },
  ): Promise<void> {
    if (changes.regionCode !== undefined && !this.catalog.isRegion(changes.regionCode)) {
      throw new ValidationFailedError([
        { field: 'regionCode', messages: [`regionCode ${changes.regionCode} is not a region of this jurisdiction`] },
      ]);
    }
    const set = {
      ...(changes.name !== undefined && { name: changes.name }),
      ...(changes.regionCode !== undefined && { regionCode: changes.regionCode }),
    };
    if (Object.keys(set).length > 0) await em.update(Organisation, { id: orgId }, set);
  }

  /** A bureau admin creates a reviewer, finance or admin user of the bureau. */
  async createBureauUser(actor: Actor, dto: CreateBureauUserDto): Promise<UserView> {
    const passwordHash = await hash(dto.password);
    return this.dataSource
      .transaction(async (em) => {
        const bureau = await em.findOneByOrFail(Organisation, { id: actor.orgId, type: 'bureau' });
        if (await em.existsBy(User, { email: dto.email })) throw new EmailTakenError();
        const user = await this.insertUser(em, {
          actor,
          org: bureau,
          email: dto.email,
          name: dto.name,
          passwordHash,
          roles: dto.roles,
        });
        return userView(user, bureau);
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error, 'uq_app_user_email')) throw new EmailTakenError();
        throw error;
      });
  }

  /**
   * Creates the bureau organisation if absent and an admin with this email if absent (used at
   * start with BOOTSTRAP_ADMIN_* and by the CLI). An existing user keeps its password.
   */
  async ensureBureauAdmin(input: {
    email: string;
    password: string;
    name?: string;
  }): Promise<{ created: boolean; user: UserView }> {
    const email = input.email.trim().toLowerCase();
    return this.dataSource.transaction(async (em) => {
      // Serialises concurrent starts (API replicas, CLI) so only one bureau organisation is made.
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['identity.ensureBureauAdmin']);
      const bureau = await this.ensureBureau(em);
      const existing = await em.findOne(User, { where: { email }, relations: { organisation: true } });
      if (existing) {
        if (existing.organisation.type !== 'bureau') {
          throw new EmailTakenError();
        }
        return { created: false, user: userView(existing, existing.organisation) };
      }
      const user = await this.insertUser(em, {
        actor: SYSTEM_ACTOR,
        org: bureau,
        email,
        name: input.name ?? '系统管理员',
        passwordHash: await hash(input.password),
        roles: ['admin'],
      });
      return { created: true, user: userView(user, bureau) };
    });
  }

  private async ensureBureau(em: EntityManager): Promise<Organisation> {
    const found = await em.findOne(Organisation, { where: { type: 'bureau' }, order: { createdAt: 'ASC' } });
    if (found) return found;
    const name = this.config.bureauName ?? `${this.catalog.jurisdiction.rootName}经济和信息化局`;
    return em.save(
      em.create(Organisation, { type: 'bureau', name, uscc: null, regionCode: this.catalog.jurisdiction.root }),
    );
  }

  private async insertUser(
    em: EntityManager,
    input: {
      actor: AuditActor | null;
      org: Organisation;
      email: string;
      name: string;
      passwordHash: string;
      roles: User['roles'];
      /** Other organisations that registered the same USCC (a contested registration). */
      contestedWith?: string[];
    },
  ): Promise<User> {
    const user = await em.save(
      em.create(User, {
        orgId: input.org.id,
        email: input.email,
        name: input.name,
        passwordHash: input.passwordHash,
        roles: input.roles,
        lastLoginAt: null,
        deactivatedAt: null,
        deactivationReason: null,
      }),
    );
    // A self-registered user is its own actor.
    const actor = input.actor ?? { userId: user.id, orgId: input.org.id };
    await this.audit.record(em, actor, {
      entityType: 'user',
      entityId: user.id,
      action: input.actor === null ? 'registered' : 'created',
      after: {
        email: user.email,
        name: user.name,
        roles: user.roles,
        orgId: input.org.id,
        orgType: input.org.type,
        ...(input.contestedWith?.length && { usccContestedWith: input.contestedWith }),
      },
    });
    return user;
  }

  private issueToken(user: User): Promise<string> {
    return this.jwt.signAsync({ sub: user.id }, { expiresIn: this.config.jwtTtlSeconds });
  }

  private getDummyHash(): Promise<string> {
    this.dummyHash ??= hash('not-a-real-password-used-for-timing');
    return this.dummyHash;
  }
}
