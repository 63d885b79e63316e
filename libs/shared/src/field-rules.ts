import { applyDecorators } from '@nestjs/common';
import { IsDefined, registerDecorator, ValidateIf, type ValidationOptions } from 'class-validator';
import { DATE_PATTERN } from './text.js';

/**
 * A PATCH field that may be left out but not sent as `null`: unlike `@IsOptional()`, which lets
 * null through to a NOT NULL column (a 500) or blanks a required field.
 */
export const OptionalNotNull = (): PropertyDecorator =>
  applyDecorators(
    ValidateIf((_object: unknown, value: unknown) => value !== undefined),
    IsDefined({ message: '$property must not be null' }),
  );

/** True for a YYYY-MM-DD date that exists in the Gregorian calendar (no 2026-02-31, 2025-02-29 or year 0). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !DATE_PATTERN.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number);
  if (year < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= days;
}

/** A calendar date `YYYY-MM-DD` that exists (the one date rule for every DTO). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: '$property must be an existing date YYYY-MM-DD', ...options },
      validator: { validate: (value: unknown) => isCalendarDate(value) },
    });
}
