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
