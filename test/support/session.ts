import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { IdentityService } from '@app/identity';
import type { BureauRole } from '@app/shared';
import {
  newProviderProfile,
  newRegistration,
  type RegistrationInput,
  TEST_PASSWORD,
  uniqueEmail,
} from './factories.js';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  roles: string[];
  organisation: { id: string; type: string; name: string; uscc: string | null; regionCode: string };
}

type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';

/** A logged-in user: every request carries its bearer token. */
export class TestSession {
  constructor(
    private readonly app: INestApplication,
    readonly token: string,
    readonly user: SessionUser,
  ) {}

  get orgId(): string {
    return this.user.organisation.id;
  }

  request(method: Method, path: string): request.Test {
    return request(this.app.getHttpServer())[method](path).set('Authorization', `Bearer ${this.token}`);
  }
  get(path: string): request.Test {
    return this.request('get', path);
  }
  post(path: string, body?: object): request.Test {
    return this.request('post', path).send(body ?? {});
  }
  patch(path: string, body?: object): request.Test {
    return this.request('patch', path).send(body ?? {});
  }
}

/** Registers and logs in actors of every kind against a test app (after Novu's UserSession). */
export class TestApi {
  private admin?: Promise<TestSession>;

  constructor(readonly app: INestApplication) {}

  /** An anonymous request. */
  request(method: Method, path: string): request.Test {
    return request(this.app.getHttpServer())[method](path);
  }

  async login(email: string, password = TEST_PASSWORD): Promise<TestSession> {
    const res = await this.request('post', '/api/v1/auth/login').send({ email, password });
    if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return new TestSession(this.app, res.body.accessToken, res.body.user);
  }

  async register(input: RegistrationInput): Promise<TestSession> {
    const res = await this.request('post', '/api/v1/auth/register').send(input);
    if (res.status !== 201) throw new Error(`register failed: ${res.status} ${JSON.stringify(res.body)}`);
    return new TestSession(this.app, res.body.accessToken, res.body.user);
  }

  enterprise(overrides: Parameters<typeof newRegistration>[1] = {}): Promise<TestSession> {
    return this.register(newRegistration('enterprise', overrides));
  }

  provider(overrides: Parameters<typeof newRegistration>[1] = {}): Promise<TestSession> {
    return this.register(newRegistration('provider', overrides));
  }

  /** A provider admitted to the pool: registered, profile completed, submitted and approved by `reviewer`. */
  async poolMember(
    reviewer: TestSession,
    options: { profile?: Record<string, unknown>; regionCode?: string; name?: string } = {},
  ): Promise<TestSession> {
    const org = {
      ...(options.regionCode ? { regionCode: options.regionCode } : {}),
      ...(options.name ? { name: options.name } : {}),
    };
    const p = await this.provider({ org });
    await expectStatus(p.patch('/api/v1/providers/me', newProviderProfile(options.profile)), 200);
    await expectStatus(p.post('/api/v1/providers/me/submit'), 200);
    await expectStatus(reviewer.post(`/api/v1/providers/${p.orgId}/approve`), 200);
    return p;
  }

  /** The first bureau admin, made the way start-up makes it (BOOTSTRAP_ADMIN_*). */
  bureauAdmin(): Promise<TestSession> {
    this.admin ??= (async () => {
      const email = uniqueEmail('admin');
      await this.app.get(IdentityService).ensureBureauAdmin({ email, password: TEST_PASSWORD });
      return this.login(email);
    })();
    return this.admin;
  }

  /** A bureau user with the given roles, created by the admin through the API. */
  async bureauUser(...roles: BureauRole[]): Promise<TestSession> {
    const admin = await this.bureauAdmin();
    const email = uniqueEmail(roles.join('-'));
    const res = await admin.post('/api/v1/bureau/users', {
      email,
      password: TEST_PASSWORD,
      name: '测试工作人员',
      roles,
    });
    if (res.status !== 201) throw new Error(`bureau user failed: ${res.status} ${JSON.stringify(res.body)}`);
    return this.login(email);
  }
}

async function expectStatus(test: request.Test, status: number): Promise<void> {
  const res = await test;
  if (res.status !== status) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
}
