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

/** A complete provider profile (PATCH /providers/me body); every field can be overridden. */
export function newProviderProfile(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    legalRepresentative: '王磊',
    contactName: '陈晓',
    contactPhone: '13805741234',
    address: '宁波市鄞州区天童南路588号',
    introduction: '专注专利申请、商标注册与知识产权布局，服务宁波制造业中小企业十余年。',
    categories: ['ip', 'legal_tax'],
    qualifications: [
      { kind: '专利代理机构执业许可证', number: '33107', issuer: '国家知识产权局', validUntil: '2028-12-31' },
    ],
    staffCount: 25,
    ...overrides,
  };
}

/** A valid listing body (POST /listings); every field can be overridden. */
export function newListing(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: '发明专利申请代理',
    description: '资深专利代理师提供技术交底、查新检索、申请文件撰写与审查意见答复，全程跟踪至授权。',
    category: 'ip',
    tags: ['发明专利', '专利检索'],
    priceModel: 'fixed',
    priceFen: 450000,
    unit: '件',
    deliveryDays: 30,
    regionCodes: ['330200'],
    srdiSpecial: false,
    voucherEligible: true,
    ...overrides,
  };
}
