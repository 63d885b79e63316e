import { describe, expect, it } from '@jest/globals';
import { accessTokenClaims } from './token-claims.js';

const sub = '6f1c1b7e-3f4a-4c1e-9a53-0b6f3c2d9e11';
const exp = 1_900_000_000;

describe('accessTokenClaims', () => {
  it('answers the user id and expiry of our tokens', () => {
    expect(accessTokenClaims({ sub, exp, iat: exp - 3600 })).toEqual({ sub, exp });
  });

  it.each([
    ['no exp (never expires)', { sub }],
    ['exp not a number', { sub, exp: '1900000000' }],
    ['no sub', { exp }],
    ['sub not a UUID', { sub: 'admin', exp }],
    ['sub a number', { sub: 42, exp }],
    ['a string payload', 'hello'],
    ['null', null],
  ])('refuses %s', (_, payload) => {
    expect(accessTokenClaims(payload)).toBeNull();
  });
});
