import type { FieldError } from './domain-error.js';

/** Deeper input is refused: JSON.stringify and class-transformer recurse and throw RangeError by ~5,000 levels. */
export const MAX_INPUT_DEPTH = 32;

/** Keys that reach object prototypes through class-transformer's assignments; never a DTO field. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

// A surrogate half without its pair: not encodable as UTF-8.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const MAX_PROBLEMS = 10;

/** True when a string holds a NUL or an unpaired surrogate, which no text column can store. */
export function hasUnstorableText(value: string): boolean {
  // PostgreSQL text and jsonb refuse NUL.
  return value.includes('\u0000') || LONE_SURROGATE.test(value);
}

/**
 * Checks a parsed request part (body, query, a path parameter) before DTO validation: no
 * reserved keys, no NUL or unpaired surrogates in keys or strings, nesting at most
 * {@link MAX_INPUT_DEPTH} levels. Answers field errors (`org.name`, `tags.0`) in the shape of the
 * validation pipe's, at most 10; none when the input is fine.
 */
export function rawInputProblems(value: unknown, root = ''): FieldError[] {
  const problems: FieldError[] = [];
  const add = (field: string, message: string) => problems.push({ field, messages: [message] });
  const walk = (node: unknown, path: string, depth: number): void => {
    if (problems.length >= MAX_PROBLEMS) return;
    if (typeof node === 'string') {
      if (hasUnstorableText(node))
        add(path, `${path || 'value'} must not contain NUL characters or unpaired surrogates`);
      return;
    }
    if (!isContainer(node)) return;
    if (depth > MAX_INPUT_DEPTH) {
      add(path, `the request must not be nested more than ${MAX_INPUT_DEPTH} levels deep`);
      return;
    }
    for (const key of Object.keys(node)) {
      const field = path ? `${path}.${key}` : key;
      if (RESERVED_KEYS.has(key)) add(field, `property ${key} should not exist`);
      else if (hasUnstorableText(key))
        add(path, 'property names must not contain NUL characters or unpaired surrogates');
      else walk((node as Record<string, unknown>)[key], field, depth + 1);
      if (problems.length >= MAX_PROBLEMS) return;
    }
  };
  walk(value, root, 1);
  return problems;
}

/** Arrays and plain objects (JSON, or the null-prototype objects of query parsers); not Buffers or Dates. */
function isContainer(node: unknown): node is object {
  if (Array.isArray(node)) return true;
  if (node === null || typeof node !== 'object') return false;
  const proto = Object.getPrototypeOf(node) as unknown;
  return proto === Object.prototype || proto === null;
}
