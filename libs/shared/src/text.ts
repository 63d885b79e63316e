import { Transform } from 'class-transformer';

// Invisible format characters besides whitespace: soft hyphen, zero-width space/joiners, word
// joiner, bidi marks, Hangul and braille fillers (BOM and ideographic space are whitespace already).
const INVISIBLE: ReadonlyArray<readonly [number, number]> = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180e, 0x180e],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2064],
  [0x2066, 0x206f],
  [0x2800, 0x2800],
  [0x3164, 0x3164],
  [0xffa0, 0xffa0],
];
const WHITESPACE = /\s/;

function isBlankChar(char: string): boolean {
  if (WHITESPACE.test(char)) return true;
  const code = char.charCodeAt(0);
  return INVISIBLE.some(([from, to]) => code >= from && code <= to);
}

/** Strips blank characters (whitespace and zero-width ones) from both ends; a loop, not a regex, so it stays linear. */
export function trimBlank(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && isBlankChar(value[start])) start++;
  while (end > start && isBlankChar(value[end - 1])) end--;
  return value.slice(start, end);
}

/** True when nothing visible is left once whitespace and zero-width characters are removed. */
export function isBlank(value: string): boolean {
  return trimBlank(value) === '';
}

/**
 * Trims a string field before validation (other types pass through untouched for the validator).
 * A blank string becomes '', so `Length(1, …)` refuses it: the shared "required text" rule.
 */
export const Trim = (): PropertyDecorator =>
  Transform(({ value }) => (typeof value === 'string' ? trimBlank(value) : value));

/** Upper-cases and trims a string field (codes such as the USCC). */
export const UpperTrim = (): PropertyDecorator =>
  Transform(({ value }) => (typeof value === 'string' ? trimBlank(value).toUpperCase() : value));

/** Lower-cases and trims a string field (emails). */
export const LowerTrim = (): PropertyDecorator =>
  Transform(({ value }) => (typeof value === 'string' ? trimBlank(value).toLowerCase() : value));

/** Trims each string of an array field (tags). */
export const TrimEach = (): PropertyDecorator =>
  Transform(({ value }) =>
    Array.isArray(value) ? value.map((v: unknown) => (typeof v === 'string' ? trimBlank(v) : v)) : value,
  );

/** A calendar date, YYYY-MM-DD (shape only: use `IsCalendarDate` to refuse 2026-02-31). */
export const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** A mainland mobile (13x-19x) or a landline with area code and optional extension. */
export const PHONE_PATTERN = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/;
