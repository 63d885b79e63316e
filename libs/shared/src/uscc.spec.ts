import { describe, expect, it } from '@jest/globals';
import { isValidUscc, usccCheckChar, withUsccCheckChar } from './uscc.js';

describe('USCC (统一社会信用代码) check character', () => {
  it.each([
    ['91350100M000100Y43', true, 'the documented example'],
    ['91350100M000100Y44', false, 'wrong check character'],
    ['91350100M000100Y4', false, '17 characters'],
    ['91350100M000100Y433', false, '19 characters'],
    ['91350100M000100I43', false, 'I is not in the charset'],
    ['91350100M000100O43', false, 'O is not in the charset'],
    ['91350100M000100S43', false, 'S is not in the charset'],
    ['91350100M000100V43', false, 'V is not in the charset'],
    ['91350100M000100Z43', false, 'Z is not in the charset'],
    ['91350100m000100y43', false, 'lower case (the API upper-cases before validating)'],
    ['', false, 'empty'],
  ])('%s -> %s (%s)', (value, expected) => {
    expect(isValidUscc(value)).toBe(expected);
  });

  it('refuses non-strings', () => {
    expect(isValidUscc(913501000001004)).toBe(false);
    expect(isValidUscc(null)).toBe(false);
    expect(isValidUscc(undefined)).toBe(false);
  });

  it('computes the check character from the weights 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28', () => {
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
    // Every single-character change of a valid code is caught by the check character.
    const valid = '91350100M000100Y43';
    const charset = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    for (let i = 0; i < 17; i++) {
      for (const c of charset) {
        if (c === valid[i]) continue;
        const changed = valid.slice(0, i) + c + valid.slice(i + 1);
        expect(isValidUscc(changed)).toBe(false);
      }
    }
  });

  it('completes 17 characters into a valid code, and refuses other input', () => {
    expect(withUsccCheckChar('91350100M000100Y4')).toBe('91350100M000100Y43');
    expect(isValidUscc(withUsccCheckChar('91330203MA2GQ7P81'))).toBe(true);
    expect(() => withUsccCheckChar('91350100M000100I4')).toThrow();
    expect(() => withUsccCheckChar('123')).toThrow();
  });
});
