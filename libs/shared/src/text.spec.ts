import { describe, expect, it } from '@jest/globals';
import { isBlank, trimBlank } from './text.js';

describe('blank text', () => {
  it.each([
    ['', true],
    ['   ', true],
    ['\t\n\r', true],
    ['\u3000', true],
    ['\u00a0', true],
    ['\u200b', true],
    ['\u200c\u200d', true],
    ['\ufeff', true],
    ['\u2060', true],
    [' \u200b \ufeff ', true],
    ['\u2800\u3164', true],
    ['a', false],
    ['专利', false],
    ['\u200b专利\u200b', false],
    ['👍', false],
  ])('%j blank: %s', (value, blank) => {
    expect(isBlank(value)).toBe(blank);
  });

  it('trims whitespace and zero-width characters at both ends only', () => {
    expect(trimBlank('  发明\u200b专利 \u200b\ufeff')).toBe('发明\u200b专利');
    expect(trimBlank('\u200d👨‍👩‍👧\u200d')).toBe('👨‍👩‍👧');
    expect(trimBlank('👍\ufe0f ')).toBe('👍\ufe0f');
  });

  it('stays linear on long runs of blanks (no regex backtracking)', () => {
    const value = `${' '.repeat(200_000)}x${'\u200b'.repeat(200_000)}`;
    const started = Date.now();
    expect(trimBlank(value)).toBe('x');
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
