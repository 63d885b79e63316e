import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import {
  type AwardInputs,
  assembleFacts,
  canonicalJson,
  hashedInputs,
  inputHash,
  participants,
  storedFacts,
  withOutcomes,
} from './awards.snapshot.js';
import { computeRound } from './awards.rules.js';
import { defaultConfig } from './awards.config.js';
import type { PartyContacts } from './related-parties.js';

const contacts = (phone: string | null): PartyContacts => ({
  uscc: null,
  legalRepresentative: null,
  contactPhone: phone,
});
const member = (approved: boolean, suspendedInYear = false) => ({
  admittedAt: new Date('2025-03-01T02:00:00Z'),
  approved,
  suspendedInYear,
});

function inputs(overrides: Partial<AwardInputs> = {}): AwardInputs {
  return {
    pairs: [
      { providerId: 'p1', enterpriseId: 'e2', orders: 1 },
      { providerId: 'p1', enterpriseId: 'e1', orders: 2 },
      { providerId: 'p1', enterpriseId: 'er', orders: 1 },
      { providerId: 'p9', enterpriseId: 'e1', orders: 1 },
    ],
    votes: [
      { providerId: 'p1', enterpriseId: 'e1', overall: 4, effectiveness: 4, ratings: 2 },
      { providerId: 'p1', enterpriseId: 'er', overall: 1, effectiveness: 1, ratings: 1 },
    ],
    membership: new Map([
      ['p1', member(true)],
      ['p2', member(false, true)],
      ['p3', member(false)],
      ['p4', member(true)],
    ]),
    fraudRejected: new Set(['p4']),
    enterpriseContacts: new Map([
      ['e1', contacts('13900000001')],
      ['e2', contacts(null)],
      ['er', contacts('+86 138-0574-1234')],
    ]),
    providerContacts: new Map([
      ['p1', contacts('13805741234')],
      ['p9', contacts('13805741234')],
    ]),
    ...overrides,
  };
}

describe('award inputs: who takes part, related pairs dropped, canonical hash', () => {
  it('takes part: approved at compute, suspended in the year, or with a qualifying order or vote; never-admitted applicants without orders do not', () => {
    expect(participants(inputs())).toEqual(['p1', 'p2', 'p4', 'p9']);
  });

  it('drops related pairs from orders and votes alike and keeps them on record', () => {
    const { facts, snapshots } = assembleFacts(inputs());
    const p1 = snapshots.find((s) => s.providerId === 'p1');
    expect(p1).toMatchObject({
      served: 2,
      orders: [
        { enterpriseId: 'e1', orders: 2 },
        { enterpriseId: 'e2', orders: 1 },
      ],
      votes: [{ enterpriseId: 'e1', overall: 4, effectiveness: 4, ratings: 2 }],
      relatedDropped: [{ enterpriseId: 'er', relatedBy: ['contact_phone'], orders: 1, ratings: 1 }],
    });
    expect(facts.find((f) => f.providerId === 'p1')?.votes).toEqual([
      { enterpriseId: 'e1', overall: 4, effectiveness: 4 },
    ]);
    // No membership history at all: not approved, not admitted.
    expect(facts.find((f) => f.providerId === 'p9')).toMatchObject({ admittedAt: null, approvedAtCompute: false });
    expect(facts.find((f) => f.providerId === 'p4')).toMatchObject({ fraudRejectedClaimInYear: true, served: 0 });
  });

  it('canonical JSON sorts keys at every level; the hash does not depend on the order the facts came in', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: new Date(0) }], u: undefined })).toBe(
      '{"a":[{"c":"1970-01-01T00:00:00.000Z","d":2}],"b":1}',
    );
    const forward = assembleFacts(inputs()).snapshots;
    const shuffled = assembleFacts(
      inputs({ pairs: [...inputs().pairs].reverse(), votes: [...inputs().votes].reverse() }),
    ).snapshots;
    expect(inputHash(2025, defaultConfig(), shuffled)).toBe(inputHash(2025, defaultConfig(), forward));
    expect(inputHash(2025, defaultConfig(), forward)).toMatch(/^[0-9a-f]{64}$/);
    expect(inputHash(2024, defaultConfig(), forward)).not.toBe(inputHash(2025, defaultConfig(), forward));
  });

  it('the hash is the sha256 of the canonical JSON of the year, the configuration and every snapshot, written a provider at a time', () => {
    const { snapshots } = assembleFacts(
      inputs({
        votes: [
          ...inputs().votes,
          { providerId: 'p9', enterpriseId: 'e1', overall: 4.333333333333333, effectiveness: null, ratings: 3 },
        ],
      }),
    );
    expect(snapshots.some((s) => s.relatedDropped.length > 0)).toBe(true);
    const providers = snapshots.map(({ outcome: _outcome, ...facts }) => facts);
    const config = defaultConfig();
    const expected = createHash('sha256')
      .update(canonicalJson({ year: 2025, config, providers }))
      .digest('hex');
    expect(inputHash(2025, config, snapshots)).toBe(expected);
    expect(() => inputHash(2025, config, [{ ...snapshots[0], served: Number.NaN }])).toThrow('NaN has no JSON form');
  });

  it('stores each snapshot with its outcome as the same JSON value as the snapshot itself, from the hashed text', () => {
    const { facts, snapshots } = assembleFacts(inputs());
    const config = defaultConfig();
    const result = computeRound(facts, config, 2025);
    const { inputHash: hash, inputsJson } = hashedInputs(2025, config, snapshots);
    expect(hash).toBe(inputHash(2025, config, snapshots));
    const stored = storedFacts(snapshots, inputsJson, result);
    const expected = withOutcomes(snapshots, result);
    expect(stored.map((s) => s.providerId)).toEqual(expected.map((s) => s.providerId));
    expect(stored.map((s) => JSON.parse(s.json))).toEqual(JSON.parse(JSON.stringify(expected)));
  });
});
