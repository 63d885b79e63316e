import { describe, expect, it } from '@jest/globals';
import { hasUnstorableText, MAX_INPUT_DEPTH, rawInputProblems } from './raw-input.js';

const nested = (levels: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
};

describe('hasUnstorableText', () => {
  it.each([
    ['plain', false],
    ['专利申请', false],
    ['😀 a surrogate pair', false],
    ['a\u0000b', true],
    ['\ud800', true],
    ['x\udc00', true],
    ['\udc00\ud800', true],
    ['😀\ud83d', true],
  ])('%j -> %s', (value, expected) => {
    expect(hasUnstorableText(value)).toBe(expected);
  });
});

describe('rawInputProblems', () => {
  it('accepts ordinary JSON', () => {
    expect(rawInputProblems({ title: '专利', tags: ['a', 'b'], org: { name: 'x' }, n: 1, ok: true, v: null })).toEqual(
      [],
    );
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s at any depth', (key) => {
    const top = JSON.parse(`{"title":"x","${key}":{"polluted":true}}`) as unknown;
    expect(rawInputProblems(top)).toEqual([{ field: key, messages: [`property ${key} should not exist`] }]);
    const deep = JSON.parse(`{"qualifications":[{"kind":"x","${key}":1}]}`) as unknown;
    expect(rawInputProblems(deep)).toEqual([
      { field: `qualifications.0.${key}`, messages: [`property ${key} should not exist`] },
    ]);
  });

  it('refuses NUL and unpaired surrogates in values and keys, naming the field', () => {
    expect(rawInputProblems({ org: { name: 'a\u0000' }, tags: ['ok', '\ud800'] })).toEqual([
      { field: 'org.name', messages: ['org.name must not contain NUL characters or unpaired surrogates'] },
      { field: 'tags.1', messages: ['tags.1 must not contain NUL characters or unpaired surrogates'] },
    ]);
    expect(rawInputProblems({ org: { 'na\u0000me': 'x' } })).toEqual([
      { field: 'org', messages: ['property names must not contain NUL characters or unpaired surrogates'] },
    ]);
  });

  it('checks a bare string under its parameter name', () => {
    expect(rawInputProblems('\u0000', 'q')).toEqual([
      { field: 'q', messages: ['q must not contain NUL characters or unpaired surrogates'] },
    ]);
  });

  it(`allows ${MAX_INPUT_DEPTH} levels of nesting and refuses more without walking them`, () => {
    expect(rawInputProblems(nested(MAX_INPUT_DEPTH))).toEqual([]);
    const problems = rawInputProblems(nested(MAX_INPUT_DEPTH + 1));
    expect(problems).toHaveLength(1);
    expect(problems[0].messages).toEqual([`the request must not be nested more than ${MAX_INPUT_DEPTH} levels deep`]);
    expect(rawInputProblems(nested(100_000))).toHaveLength(1);
  });

  it('walks the null-prototype objects of query parsers and skips Buffers', () => {
    const query = Object.assign(Object.create(null) as object, { q: 'a\u0000' });
    expect(rawInputProblems(query)).toHaveLength(1);
    expect(rawInputProblems({ raw: Buffer.from([0]) })).toEqual([]);
  });

  it('reports at most 10 problems', () => {
    expect(rawInputProblems(Array.from({ length: 1000 }, () => '\u0000'))).toHaveLength(10);
  });
});
