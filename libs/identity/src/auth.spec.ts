import { describe, expect, it } from '@jest/globals';
import { Actor } from '@app/shared';
import { type Audience, isInAudience } from './auth.js';

const enterprise = new Actor('u1', 'o1', 'enterprise', ['owner']);
const provider = new Actor('u2', 'o2', 'provider', ['owner']);
const reviewer = new Actor('u3', 'b', 'bureau', ['reviewer']);
const finance = new Actor('u4', 'b', 'bureau', ['finance']);
const admin = new Actor('u5', 'b', 'bureau', ['admin']);

describe('isInAudience', () => {
  const table: Array<[Audience[], Actor[], Actor[]]> = [
    [[], [enterprise, provider, reviewer, finance, admin], []],
    [['enterprise'], [enterprise], [provider, reviewer, finance, admin]],
    [['provider'], [provider], [enterprise, reviewer, finance, admin]],
    [['bureau'], [reviewer, finance, admin], [enterprise, provider]],
    [['reviewer'], [reviewer], [enterprise, provider, finance, admin]],
    [['admin'], [admin], [enterprise, provider, reviewer, finance]],
    [
      ['finance', 'admin'],
      [finance, admin],
      [enterprise, provider, reviewer],
    ],
    [['enterprise', 'bureau'], [enterprise, reviewer, finance, admin], [provider]],
  ];
  it.each(table)('%j admits exactly the listed actors', (audiences, admitted, refused) => {
    for (const a of admitted) expect(isInAudience(a, audiences)).toBe(true);
    for (const a of refused) expect(isInAudience(a, audiences)).toBe(false);
  });

  it('never gives bureau roles to a non-bureau user that carries the role name', () => {
    const forged = new Actor('u6', 'o6', 'enterprise', ['admin']);
    expect(isInAudience(forged, ['admin'])).toBe(false);
  });

  it('checks ownership by organisation', () => {
    expect(() => enterprise.assertActsFor('o1')).not.toThrow();
    expect(() => enterprise.assertActsFor('o2')).toThrow('another organisation');
  });
});
