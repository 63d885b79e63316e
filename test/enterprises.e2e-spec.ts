import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FixedClock } from '@app/shared';
import { createTestApp, type TestApp } from './support/app.js';
import type { TestSession } from './support/session.js';

describe('enterprises: profiles and SRDI tier claims', () => {
  let t: TestApp;
  let reviewer: TestSession;
  const clock = new FixedClock(new Date('2026-11-22T02:00:00Z'));

  beforeAll(async () => {
    t = await createTestApp({ clock });
    reviewer = await t.api.bureauUser('reviewer');
  });
  afterAll(async () => {
    await t.close();
  });

  const claim = (e: TestSession, body: Record<string, unknown> = {}) =>
    e.post('/api/v1/enterprises/me/tier-claims', {
      tier: 'srdi',
      certificateNo: `ZJ-2024-${Math.random()}`,
      year: 2024,
      ...body,
    });

  it('starts from the registration and keeps profile edits, audited', async () => {
    const e = await t.api.enterprise();
    const res = await e.get('/api/v1/enterprises/me').expect(200);
    expect(res.body).toMatchObject({
      id: e.orgId,
      name: e.user.organisation.name,
      uscc: e.user.organisation.uscc,
      regionCode: e.user.organisation.regionCode,
      industry: null,
      tier: null,
      tierClaims: [],
    });
    const body = {
      name: '宁波甬江精密机械股份有限公司',
      legalRepresentative: '陈建华',
      contactPhone: '0574-87654321',
      industry: '通用设备制造业',
      employeeCount: 120,
      revenueBand: '5000万-1亿元',
    };
    expect((await e.patch('/api/v1/enterprises/me', body).expect(200)).body).toMatchObject(body);
    expect((await e.get('/api/v1/me').expect(200)).body.organisation.name).toBe(body.name);
    const audit = await t.dataSource.query(
      `SELECT action FROM audit_event WHERE entity_type = 'enterprise' AND entity_id = $1`,
      [e.orgId],
    );
    expect(audit).toEqual([{ action: 'profile_updated' }]);
  });

  it.each([
    [{ employeeCount: 0 }, 'employeeCount'],
    [{ employeeCount: 1.5 }, 'employeeCount'],
    [{ contactPhone: '12345' }, 'contactPhone'],
    [{ industry: 'x'.repeat(101) }, 'industry'],
    [{ name: '' }, 'name'],
    [{ uscc: '91350100M000100Y43' }, 'uscc'],
  ])('refuses a bad profile %j with 400 on %s', async (body, field) => {
    const e = await t.api.enterprise();
    const res = await e.patch('/api/v1/enterprises/me', body).expect(400);
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it('only enterprises have a profile and claim tiers; only reviewers decide', async () => {
    const provider = await t.api.provider();
    const finance = await t.api.bureauUser('finance');
    const e = await t.api.enterprise();
    const pending = (await claim(e).expect(201)).body;
    await t.api.request('get', '/api/v1/enterprises/me').expect(401);
    for (const s of [provider, reviewer, finance]) {
      expect((await s.get('/api/v1/enterprises/me').expect(403)).body.code).toBe('FORBIDDEN_ROLE');
      await claim(s).expect(403);
    }
    for (const s of [e, provider, finance]) {
      await s.get('/api/v1/tier-claims').expect(403);
      await s.post(`/api/v1/tier-claims/${pending.id}/verify`, {}).expect(403);
      await s.post(`/api/v1/tier-claims/${pending.id}/reject`, { reason: '不行' }).expect(403);
    }
    expect((await e.get('/api/v1/enterprises/me').expect(200)).body.tierClaims[0].status).toBe('pending');
  });

  it('a claim waits for a reviewer; verification sets validUntil to 31 Dec of year + 3 and the tier counts', async () => {
    const e = await t.api.enterprise();
    const res = await claim(e, { tier: 'little_giant', certificateNo: ' gxb-2024-0012 ', year: 2024 }).expect(201);
    expect(res.body).toMatchObject({
      enterpriseId: e.orgId,
      tier: 'little_giant',
      certificateNo: 'GXB-2024-0012',
      year: 2024,
      status: 'pending',
      validUntil: null,
    });
    expect((await e.get('/api/v1/enterprises/me').expect(200)).body.tier).toBeNull();
    const queue = (await reviewer.get('/api/v1/tier-claims?pageSize=100').expect(200)).body;
    expect(queue.items.find((c: { id: string }) => c.id === res.body.id)).toMatchObject({
      enterpriseName: e.user.organisation.name,
      enterpriseUscc: e.user.organisation.uscc,
    });
    const verified = await reviewer.post(`/api/v1/tier-claims/${res.body.id}/verify`, {}).expect(200);
    expect(verified.body).toMatchObject({ status: 'verified', validUntil: '2027-12-31' });
    expect((await e.get('/api/v1/enterprises/me').expect(200)).body.tier).toEqual({
      tier: 'little_giant',
      validUntil: '2027-12-31',
      claimId: res.body.id,
    });
    const again = await reviewer.post(`/api/v1/tier-claims/${res.body.id}/reject`, { reason: '重复' }).expect(409);
    expect(again.body).toMatchObject({ code: 'INVALID_STATE', details: { state: 'verified', action: 'reject' } });
    await claim(e, { certificateNo: 'GXB-2024-0012' }).expect(409);
  });

  it('a rejection needs a reason, which the enterprise sees', async () => {
    const e = await t.api.enterprise();
    const { id } = (await claim(e).expect(201)).body;
    expect((await reviewer.post(`/api/v1/tier-claims/${id}/reject`, {}).expect(400)).body.code).toBe('REASON_REQUIRED');
    await reviewer.post(`/api/v1/tier-claims/${id}/reject`, { reason: '证书编号与公示名单不符' }).expect(200);
    const me = (await e.get('/api/v1/enterprises/me').expect(200)).body;
    expect(me.tier).toBeNull();
    expect(me.tierClaims[0]).toMatchObject({ status: 'rejected', reason: '证书编号与公示名单不符' });
    // A rejected certificate may be claimed again (corrected).
    await claim(e, { certificateNo: me.tierClaims[0].certificateNo }).expect(201);
  });

  it('a tier stops counting the day after validUntil; the reviewer may record another date', async () => {
    const e = await t.api.enterprise();
    const { id } = (await claim(e, { year: 2023 }).expect(201)).body;
    await reviewer.post(`/api/v1/tier-claims/${id}/verify`, { validUntil: '2026-11-30' }).expect(200);
    expect((await e.get('/api/v1/enterprises/me').expect(200)).body.tier.validUntil).toBe('2026-11-30');
    clock.set(new Date('2026-11-30T15:59:59Z')); // 23:59:59 in Shanghai
    expect((await e.get('/api/v1/enterprises/me').expect(200)).body.tier).not.toBeNull();
    clock.set(new Date('2026-11-30T16:00:00Z'));
    expect((await e.get('/api/v1/enterprises/me').expect(200)).body.tier).toBeNull();
    clock.set(new Date('2026-11-22T02:00:00Z'));
  });

  it.each([
    [{ tier: 'gold' }, 'tier'],
    [{ year: 1999 }, 'year'],
    [{ year: 2027 }, 'year'],
    [{ certificateNo: '' }, 'certificateNo'],
    [{ extra: 1 }, 'extra'],
  ])('refuses a bad claim %j with 400 on %s', async (body, field) => {
    const e = await t.api.enterprise();
    const res = await claim(e, body).expect(400);
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    expect((await e.get('/api/v1/enterprises/me').expect(200)).body.tierClaims).toEqual([]);
  });

  it('refuses a bad verification date and unknown claims', async () => {
    const e = await t.api.enterprise();
    const { id } = (await claim(e).expect(201)).body;
    await reviewer.post(`/api/v1/tier-claims/${id}/verify`, { validUntil: '2027-13-01' }).expect(400);
    await reviewer.post('/api/v1/tier-claims/00000000-0000-4000-8000-000000000000/verify', {}).expect(404);
    await reviewer.get('/api/v1/tier-claims?status=maybe').expect(400);
  });
});
