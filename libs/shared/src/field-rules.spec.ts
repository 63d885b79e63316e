import { describe, expect, it } from '@jest/globals';
import { plainToInstance } from 'class-transformer';
import { IsString, validateSync } from 'class-validator';
import { IsCalendarDate, isCalendarDate, OptionalNotNull } from './field-rules.js';

describe('isCalendarDate', () => {
  it.each([
    ['2026-02-28', true],
    ['2024-02-29', true], // leap year
    ['2000-02-29', true], // divisible by 400
    ['2026-12-31', true],
    ['0001-01-01', true],
    ['9999-12-31', true],
    ['2026-02-31', false],
    ['2025-02-29', false], // not a leap year
    ['1900-02-29', false], // divisible by 100, not by 400
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['0000-01-01', false], // there is no year 0
    ['2026-1-1', false],
    ['2026-01-01T00:00:00Z', false],
    ['', false],
  ])('%s -> %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });

  it('refuses non-strings', () => {
    expect(isCalendarDate(20260101)).toBe(false);
    expect(isCalendarDate(null)).toBe(false);
    expect(isCalendarDate(new Date())).toBe(false);
  });
});

class Patch {
  @OptionalNotNull()
  @IsString()
  name?: string;

  @IsCalendarDate()
  validUntil: string;
}

const errorsOf = (plain: object) =>
  Object.fromEntries(validateSync(plainToInstance(Patch, plain)).map((e) => [e.property, e.constraints]));

describe('OptionalNotNull', () => {
  it('lets a field be left out', () => {
    expect(errorsOf({ validUntil: '2026-01-01' })).toEqual({});
  });

  it('refuses null, which IsOptional would let through', () => {
    expect(errorsOf({ name: null, validUntil: '2026-01-01' }).name).toMatchObject({
      isDefined: 'name must not be null',
    });
  });

  it('validates a value that is sent', () => {
    expect(errorsOf({ name: 1, validUntil: '2026-02-31' })).toEqual({
      name: { isString: 'name must be a string' },
      validUntil: { isCalendarDate: 'validUntil must be an existing date YYYY-MM-DD' },
    });
  });
});
