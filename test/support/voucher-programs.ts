import type request from 'supertest';
import type { TestApi, TestSession } from './session.js';

async function ok(test: request.Test, status = 200): Promise<Record<string, unknown> & { id: string }> {
  const res = await test;
  if (res.status !== status) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

let certificates = 0;

/** An enterprise whose SRDI tier counts: claimed by it, verified by `reviewer` (valid to 31 Dec of year + 3). */
export async function verifiedEnterprise(
  api: TestApi,
  reviewer: TestSession,
  tier = 'srdi',
  year = 2025,
): Promise<TestSession> {
  const enterprise = await api.enterprise();
  const claim = await ok(
    enterprise.post('/api/v1/enterprises/me/tier-claims', {
      tier,
      certificateNo: `ZJ-${year}-${++certificates}`,
      year,
    }),
    201,
  );
  await ok(reviewer.post(`/api/v1/tier-claims/${claim.id}/verify`, {}));
  return enterprise;
}

/** A valid programme body (POST /voucher-programs) for 2026; every field can be overridden. */
export function newProgramme(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: '2026年度宁波市专精特新服务券',
    year: 2026,
    budgetFen: 1_000_000_000,
    coverageBp: 5000,
    maxFaceValueFen: 50_000_000,
    perEnterpriseYearCapFen: 100_000_000,
    categories: ['ip'],
    tiers: ['srdi', 'little_giant'],
    applyFrom: '2026-01-01',
    applyUntil: '2026-12-31',
    validFrom: '2026-01-01',
    validUntil: '2026-12-31',
    ...overrides,
  };
}

/** An open programme, created and opened by `admin`. */
export async function openProgramme(admin: TestSession, overrides: Record<string, unknown> = {}): Promise<string> {
  const { id } = await ok(admin.post('/api/v1/voucher-programs', newProgramme(overrides)), 201);
  await ok(admin.post(`/api/v1/voucher-programs/${id}/open`));
  return id;
}

/** An application of `enterprise` for `requestedFen`; returns its id. */
export async function applyFor(enterprise: TestSession, programId: string, requestedFen: number): Promise<string> {
  const body = { requestedFen, purpose: '发明专利申请与知识产权布局' };
  return (await ok(enterprise.post(`/api/v1/voucher-programs/${programId}/applications`, body), 201)).id;
}

/** A voucher issued to `enterprise` by approving its application; returns the voucher's id. */
export async function issuedVoucher(
  enterprise: TestSession,
  reviewer: TestSession,
  programId: string,
  faceValueFen: number,
): Promise<string> {
  const application = await applyFor(enterprise, programId, faceValueFen);
  const approved = await ok(reviewer.post(`/api/v1/voucher-applications/${application}/approve`, {}));
  return approved.voucherId as string;
}
