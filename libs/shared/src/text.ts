import { Transform } from 'class-transformer';

/** Trims a string field before validation (other types pass through untouched for the validator). */
export const Trim = (): PropertyDecorator =>
  Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** Upper-cases and trims a string field (codes such as the USCC). */
export const UpperTrim = (): PropertyDecorator =>
  Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value));

/** Lower-cases and trims a string field (emails). */
export const LowerTrim = (): PropertyDecorator =>
  Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value));

/** Trims each string of an array field (tags). */
export const TrimEach = (): PropertyDecorator =>
  Transform(({ value }) =>
    Array.isArray(value) ? value.map((v: unknown) => (typeof v === 'string' ? v.trim() : v)) : value,
  );

/** A calendar date, YYYY-MM-DD. */
export const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** A mainland mobile (13x-19x) or a landline with area code and optional extension. */
export const PHONE_PATTERN = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/;
