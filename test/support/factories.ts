import { randomBytes, randomInt } from 'node:crypto';
import { withUsccCheckChar } from '@app/shared';

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const REGIONS = ['330203', '330205', '330206', '330211', '330212', '330213', '330225', '330226', '330281', '330282'];

/** A valid, practically unique 统一社会信用代码: 9 1 (enterprise), a Ningbo region, 9 random, check char. */
export function newUscc(regionCode = '330212'): string {
  let body = '';
  for (let i = 0; i < 9; i++) body += USCC_CHARS[randomInt(USCC_CHARS.length)];
  return withUsccCheckChar(`91${regionCode}${body}`);
}

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}.${randomBytes(5).toString('hex')}@example.com`;
}

export const TEST_PASSWORD = 'test-password-123';

export interface RegistrationInput {
  email: string;
  password: string;
  name: string;
  orgType: 'enterprise' | 'provider';
  org: { name: string; uscc: string; regionCode: string };
}

/** A valid registration body; every field can be overridden. */
export function newRegistration(
  orgType: 'enterprise' | 'provider',
  overrides: Partial<Omit<RegistrationInput, 'org'>> & { org?: Partial<RegistrationInput['org']> } = {},
): RegistrationInput {
  const regionCode = overrides.org?.regionCode ?? REGIONS[randomInt(REGIONS.length)];
  const suffix = randomBytes(3).toString('hex');
  return {
    email: overrides.email ?? uniqueEmail(orgType),
    password: overrides.password ?? TEST_PASSWORD,
    name: overrides.name ?? (orgType === 'enterprise' ? '陈静' : '王磊'),
    orgType,
    org: {
      name: orgType === 'enterprise' ? `宁波测试精密制造有限公司${suffix}` : `宁波测试知识产权服务有限公司${suffix}`,
      uscc: newUscc(regionCode),
      regionCode,
      ...overrides.org,
    },
  };
}
