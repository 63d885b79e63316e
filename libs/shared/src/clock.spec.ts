import { describe, expect, it } from '@jest/globals';
import { shanghaiDate } from './clock.js';

describe('shanghaiDate', () => {
  it('uses the calendar day in Asia/Shanghai', () => {
    expect(shanghaiDate(new Date('2026-11-22T15:59:59Z'))).toBe('2026-11-22');
    expect(shanghaiDate(new Date('2026-11-22T16:00:00Z'))).toBe('2026-11-23');
  });
});
