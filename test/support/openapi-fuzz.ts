import fc from 'fast-check';
import { withUsccCheckChar } from '@app/shared';

/** The part of an OpenAPI 3 schema the generators read. */
export interface Schema {
  $ref?: string;
  allOf?: Schema[];
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  example?: unknown;
  default?: unknown;
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: Schema;
}

interface OpenApiOperation {
  tags?: string[];
  security?: unknown[];
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses?: Record<string, { description?: string }>;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, Schema> };
}

/** Who calls an operation: nobody logged in, any logged-in user, or users of the listed audiences. */
export type Callers = { kind: 'public' } | { kind: 'any' } | { kind: 'audiences'; audiences: string[] };

export interface Operation {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  /** The OpenAPI path, e.g. `/api/v1/orders/{id}/quote`. */
  path: string;
  /** The operation's tag (the endpoint family). */
  family: string;
  callers: Callers;
  pathParams: Array<{ name: string; schema: Schema }>;
  queryParams: Array<{ name: string; schema: Schema; required: boolean }>;
  idempotent: boolean;
  body?: Schema;
}

/** Every operation of the document, with its callers read from the `Only for: …` 403 the `@Auth` decorator documents. */
export function operationsOf(doc: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const only = /^Only for: (.+)$/.exec(op.responses?.['403']?.description ?? '');
      const callers: Callers = !op.security?.length
        ? { kind: 'public' }
        : only
          ? { kind: 'audiences', audiences: only[1].split(', ') }
          : { kind: 'any' };
      const parameters = op.parameters ?? [];
      operations.push({
        method: method as Operation['method'],
        path,
        family: op.tags?.[0] ?? path.split('/')[3],
        callers,
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => ({ name: p.name, schema: p.schema ?? {} })),
        queryParams: parameters
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, schema: p.schema ?? {}, required: Boolean(p.required) })),
        idempotent: parameters.some((p) => p.in === 'header' && p.name === 'Idempotency-Key'),
        body: op.requestBody?.content['application/json']?.schema,
      });
    }
  }
  return operations;
}

/** A request as the fuzzer sends it; `mutation` names what is wrong with it (for the report). */
export interface FuzzRequest {
  path: string;
  query: string;
  body?: { json: unknown } | { raw: string; contentType?: string };
  headers: Record<string, string>;
  mutation: string;
}

/** Real ids for a path parameter or an id field of a body (`orders`, `listingId`…), chosen by the test's world. */
export type IdSource = (key: string) => string[];

const GARBAGE_IDS = [
  '00000000-0000-0000-0000-000000000000',
  '00000000-0000-4000-8000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '1',
  '0',
  '-1',
  'abc',
  'null',
  'undefined',
  'me',
  '%00',
  '%ED%A0%80',
  '%ZZ',
  '%E2%80%8B',
  encodeURIComponent("1' OR '1'='1"),
  encodeURIComponent('../../etc/passwd'),
  encodeURIComponent('{00000000-0000-4000-8000-000000000000}'),
  '00000000-0000-4000-8000-00000000000g',
  '00000000000040008000000000000000',
  'a'.repeat(4000),
  '1e309',
  '9'.repeat(40),
  encodeURIComponent('专利'),
];

const NUMBERS_OUT_OF_ANY_RANGE = [
  -1,
  0,
  -0,
  0.5,
  1.5,
  -0.01,
  99.99,
  1e21,
  2 ** 53,
  2 ** 63,
  -(2 ** 63),
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER,
  Number.MIN_SAFE_INTEGER,
  1e-7,
];

const IMPOSSIBLE_DATES = [
  '2026-02-30',
  '2025-02-29',
  '2100-02-29',
  '2026-13-01',
  '2026-00-10',
  '2026-04-31',
  '0000-01-01',
  '-0001-01-01',
  '10000-01-01',
  '+275760-09-13',
  '2026-1-1',
  '2026/01/01',
  '20260101',
  '2026-01-01T00:00:00Z',
  '2026-01-01T25:61:00',
  '2026-01-01 ',
  '２０２６-01-01',
  'today',
  '1e3',
  '2026-02-30T00:00:00Z',
  '2026-01-01T24:00:00Z',
  '2026-01-01T00:00:00+25:00',
  '+275760-09-13T00:00:00.001Z',
  '-271821-04-20T00:00:00Z',
  '1969-12-31T23:59:59.999999999Z',
];

/** Dates that exist but sit at the edges: they pass the format check and reach the services. */
const EXTREME_DATES = ['0001-01-01', '9999-12-31', '1970-01-01', '2000-02-29', '2038-01-19'];

const BAD_USCCS = [
  '91330212MA2XXXXXX0',
  '913302120000000000',
  '000000000000000000',
  '91330212ma2gq4fx0q',
  '91330212MA2GQ4FX0',
  '91330212MA2GQ4FX0QQ',
  '91330212IOSVZ4FX0Q',
  '９１３３０２１２ＭＡ２ＧＱ４ＦＸ０Ｑ',
  ' 91330212MA2GQ4FX0Q\u200b',
];

const SCARY_STRINGS = [
  '',
  ' ',
  '\u3000',
  '\u200b\u200c\u200d\ufeff',
  'a\u0000b',
  '\u0000',
  '\ud800',
  '\udc00abc',
  'x\udbff',
  '\udc00\ud800',
  '\u202eRTL',
  '\u0001\u001f\u007f',
  '\r\n\t',
  '😀'.repeat(50),
  "'; DROP TABLE organisation; --",
  '%s%n%x',
  '<script>alert(1)</script>',
  '${jndi:ldap://x}',
  '\\',
  '"',
  '{{7*7}}',
  'null',
  'undefined',
  'NaN',
  '-0',
  'ＡＢＣ',
  'é',
  // Operators of tsquery, LIKE and regular expressions, should any input reach one unescaped.
  '!&|:*()<->',
  "a:* | !b & 'c'",
  '(((',
  "'''",
  '%_\\%',
  '.*+?^$[](){}|',
  '\\u0000',
];

const WRONG_TYPES: unknown[] = [null, true, false, 0, -1, 1.5, '', 'x', [], {}, [[]], { a: 1 }, [null], ['x']];

/** Strings longer than any field takes (the JSON body parser allows 1 MB; 400,000 CJK characters is more). */
const hugeStrings = (schema: Schema): fc.Arbitrary<string> =>
  fc.constantFrom(
    ...(schema.maxLength !== undefined ? ['字'.repeat(schema.maxLength + 1), 'a'.repeat(schema.maxLength + 1)] : []),
    'a'.repeat(10_000),
    '字'.repeat(100_000),
    'x'.repeat(900_000),
    '字'.repeat(400_000),
  );

function resolve(doc: OpenApiDocument, schema: Schema): Schema {
  if (schema.$ref) return resolve(doc, doc.components.schemas[schema.$ref.split('/').pop() ?? '']);
  if (schema.allOf?.length === 1) return { ...schema, ...resolve(doc, schema.allOf[0]), allOf: undefined };
  return schema;
}

const isMoney = (name: string) => /Fen$/.test(name);
const isDate = (name: string, schema: Schema) =>
  schema.format === 'date' || /(From|Until|^from|^to|Date|validUntil|At)$/.test(name);
const isId = (name: string, schema: Schema) => schema.format === 'uuid' || /Ids?$/.test(name);

/** Where the world keeps real ids for an id field or parameter: `listingId` and `{id}` of `/listings/{id}` are both `listings`. */
export function idKeyOf(name: string): string {
  const base = name.replace(/Ids?$/, '');
  const plural: Record<string, string> = {
    listing: 'listings',
    order: 'orders',
    voucher: 'vouchers',
    program: 'voucher-programs',
    provider: 'providers',
    claim: 'redemption-claims',
    enterprise: 'enterprises',
    round: 'award-rounds',
    objection: 'objections',
    actor: 'users',
    org: 'organisations',
    entity: 'any',
  };
  return plural[base] ?? base;
}

let usccSerial = 0;
/** A valid, unique USCC (a Ningbo region; serial digits) so a valid registration can happen. */
function freshUscc(): string {
  const serial = String(++usccSerial).padStart(9, '0');
  return withUsccCheckChar(`91330212${serial}`);
}

/**
 * Arbitraries for the requests of one operation, most of them invalid: a valid-looking request
 * (built from the schema's examples, enums and the world's ids) with one part broken, or a body the
 * parser must refuse, or the wrong content type. Ids in the path are real ids of the caller most
 * of the time, so the input reaches validation and the services, not only routing.
 */
export class BadInput {
  constructor(
    private readonly doc: OpenApiDocument,
    private readonly ids: IdSource,
  ) {}

  request(op: Operation): fc.Arbitrary<FuzzRequest> {
    const parts = fc.record({
      path: this.path(op),
      validQuery: this.validQuery(op),
      validBody: op.body ? this.valid(op.body, 'body') : fc.constant(undefined),
      idempotencyKey: fc.option(fc.uuid(), { nil: undefined }),
    });
    const mutations: Array<{ weight: number; arbitrary: fc.Arbitrary<Mutation> }> = [
      { weight: op.queryParams.length ? 3 : 1, arbitrary: this.queryMutation(op) },
      { weight: 1, arbitrary: this.malformedJson() },
      { weight: op.body ? 2 : 1, arbitrary: this.wrongContentType() },
      { weight: 1, arbitrary: this.deepNesting() },
      { weight: 1, arbitrary: reservedKeys() },
      ...(op.pathParams.length ? [{ weight: 2, arbitrary: this.pathMutation(op) }] : []),
      ...(op.idempotent ? [{ weight: 1, arbitrary: badIdempotencyKey() }] : []),
      ...(op.body
        ? [
            { weight: 8, arbitrary: this.fieldMutation(op.body) },
            { weight: 2, arbitrary: this.missingField(op.body) },
            { weight: 2, arbitrary: unknownKey() },
            { weight: 1, arbitrary: wholeBodyWrongType() },
            { weight: 2, arbitrary: this.edgeValue(op.body) },
          ]
        : [{ weight: 2, arbitrary: unexpectedBody() }]),
    ];
    return fc.tuple(parts, fc.oneof(...mutations)).map(([p, mutate]) => {
      const base: FuzzRequest = {
        path: p.path,
        query: encodeQuery(p.validQuery),
        body: p.validBody === undefined ? undefined : { json: p.validBody },
        headers: op.idempotent && p.idempotencyKey ? { 'Idempotency-Key': p.idempotencyKey } : {},
        mutation: 'none',
      };
      return mutate(base, p.validQuery);
    });
  }

  // ---- path -------------------------------------------------------------------------------------

  private path(op: Operation): fc.Arbitrary<string> {
    if (!op.pathParams.length) return fc.constant(op.path);
    const values = op.pathParams.map(({ name, schema }) => {
      const key = name === 'id' ? resourceOf(op.path, name) : idKeyOf(name);
      const real = this.ids(key);
      if (!real.length) throw new Error(`no ids for {${name}} of ${op.method.toUpperCase()} ${op.path} (key ${key})`);
      return fc.constantFrom(...real).map((v) => (schema.type === 'number' ? v : encodeURIComponent(v)));
    });
    return fc.tuple(...values).map((vs) => fillPath(op, vs));
  }

  private pathMutation(op: Operation): fc.Arbitrary<Mutation> {
    return fc
      .tuple(
        fc.nat(op.pathParams.length - 1),
        fc.oneof(
          fc.constantFrom(...GARBAGE_IDS),
          fc.uuid().map((u) => u),
          fc.uuid().map((u) => u.toUpperCase()),
          // Another kind of object's real id (an order's id as a listing's…).
          fc.constantFrom(...this.ids('any')).map(encodeURIComponent),
          fc.constantFrom(...IMPOSSIBLE_DATES, '2025.5', '-2025', '99999999999', '0x7E9').map(encodeURIComponent),
        ),
      )
      .map(([index, garbage]) => (req) => {
        const segments = op.path.split('/');
        const real = req.path.split('/');
        const position = segments.findIndex((s) => s === `{${op.pathParams[index].name}}`);
        real[position] = garbage;
        return { ...req, path: real.join('/'), mutation: `path:${op.pathParams[index].name}` };
      });
  }

  // ---- query ------------------------------------------------------------------------------------

  private validQuery(op: Operation): fc.Arbitrary<Record<string, string>> {
    if (!op.queryParams.length) return fc.constant({});
    const entries = op.queryParams.map(({ name, schema, required }) => {
      const value = this.valid(schema, name).map((v) => String(v));
      return maybe(value, required).map((v) => [name, v] as const);
    });
    return fc
      .tuple(...entries)
      .map((pairs) => Object.fromEntries(pairs.filter(([, v]) => v !== undefined)) as Record<string, string>);
  }

  private queryMutation(op: Operation): fc.Arbitrary<Mutation> {
    const known = op.queryParams.map((p) => p.name);
    const badValue = (name: string, schema: Schema): fc.Arbitrary<string> =>
      fc.oneof(
        fc.constantFrom(
          '',
          ' ',
          '-1',
          '0',
          '1.5',
          '1e3',
          '1e400',
          '-0',
          'NaN',
          'Infinity',
          '0x10',
          ' 1',
          '1 ',
          '１',
          '99999999999999999999',
          String(2 ** 53 + 2),
          'true',
          'yes',
          'null',
          'x'.repeat(5000),
        ),
        fc.constantFrom(...SCARY_STRINGS),
        fc.constantFrom(...IMPOSSIBLE_DATES, ...EXTREME_DATES, ...GARBAGE_IDS.map(decodeOrKeep)),
        this.bad(schema, name).map((v) => (typeof v === 'string' ? v : JSON.stringify(v))),
      );
    const oneBad = known.length
      ? fc
          .constantFrom(...op.queryParams)
          .chain((p) => badValue(p.name, p.schema).map((v) => [p.name, v] as const))
          .map(([name, value]) => (req: FuzzRequest, valid: Record<string, string>): FuzzRequest => ({
            ...req,
            query: encodeQuery({ ...valid, [name]: value }),
            mutation: `query:${name}`,
          }))
      : undefined;
    const repeated = known.length
      ? fc.constantFrom(...known).map((name) => (req: FuzzRequest, valid: Record<string, string>): FuzzRequest => ({
          ...req,
          query: `${encodeQuery(valid)}&${name}=1&${name}=2`,
          mutation: `query:${name}:repeated`,
        }))
      : undefined;
    const raw = fc
      .constantFrom(
        'unknownKey=1',
        '__proto__=1',
        'constructor[prototype][x]=1',
        'a[b][c][d][e][f][g]=1',
        'page[]=1',
        'page[x]=1',
        'q=%00',
        'q=%ED%A0%80',
        'q=%E0%A4%A',
        'q=%ZZ',
        '%00=1',
        `q=${'%E5%AD%97'.repeat(3000)}`,
        `${'a'.repeat(3000)}=1`,
        'pageSize=1&pageSize=1&pageSize=1',
      )
      .map((extra) => (req: FuzzRequest, valid: Record<string, string>): FuzzRequest => ({
        ...req,
        query: [encodeQuery(valid), extra].filter(Boolean).join('&'),
        mutation: 'query:raw',
      }));
    return fc.oneof(...[oneBad, repeated, raw].filter((a) => a !== undefined));
  }

  // ---- body -------------------------------------------------------------------------------------

  /** A value the schema accepts (examples, enums, the world's ids), so that one broken part is the only problem. */
  valid(input: Schema, name: string): fc.Arbitrary<unknown> {
    const schema = resolve(this.doc, input);
    if (schema.enum?.length) return fc.constantFrom(...schema.enum);
    if (schema.type === 'array') {
      const item = this.valid(schema.items ?? {}, name);
      const min = Math.max(schema.minItems ?? 1, 1);
      return fc.array(item, { minLength: min, maxLength: Math.min(schema.maxItems ?? 3, 3, min + 2) });
    }
    if (isId(name, schema)) {
      const real = this.ids(idKeyOf(name));
      return real.length ? fc.constantFrom(...real) : fc.uuid();
    }
    if (schema.type === 'object' || schema.properties) {
      const properties = schema.properties ?? {};
      const required = new Set(schema.required ?? []);
      const entries = Object.entries(properties).map(([key, s]) =>
        maybe(this.valid(s, key), required.has(key)).map((v) => [key, v] as const),
      );
      return fc
        .tuple(...entries)
        .map((pairs) => Object.fromEntries(pairs.filter(([, v]) => v !== undefined)) as Record<string, unknown>);
    }
    if (schema.example !== undefined) return fc.constant(schema.example);
    if (schema.default !== undefined) return fc.constant(schema.default);
    if (schema.type === 'boolean') return fc.boolean();
    if (schema.type === 'number' || schema.type === 'integer') {
      if (isMoney(name)) return fc.integer({ min: 1, max: 500_000 });
      if (name === 'year') return fc.constantFrom(2025, 2026);
      const min = schema.minimum ?? 1;
      return fc.integer({ min, max: Math.min(schema.maximum ?? min + 10, min + 10) });
    }
    if (/uscc/i.test(name)) return fc.constant(null).map(() => freshUscc());
    if (/email/i.test(name)) return fc.nat().map((n) => `fuzz.${n}@example.com`);
    if (/phone/i.test(name)) return fc.constant('13805741234');
    if (/regionCode/.test(name)) return fc.constant('330212');
    if (/password/i.test(name)) return fc.constant('correct-horse-battery');
    if (isDate(name, schema)) return fc.constantFrom('2026-06-30', '2026-12-31');
    if (/^(q|category)$/.test(name)) return fc.constantFrom('专利', 'ip');
    const length = Math.max(schema.minLength ?? 1, 1);
    return fc
      .constantFrom('测试内容', '发明专利申请')
      .map((s) => s.padEnd(length, '字').slice(0, schema.maxLength ?? 100));
  }

  /** Values the schema refuses: wrong types, out of range, huge, unstorable text, impossible dates, invalid uscc. */
  bad(input: Schema, name: string): fc.Arbitrary<unknown> {
    const schema = resolve(this.doc, input);
    const wrongType = fc.constantFrom(...WRONG_TYPES);
    if (schema.enum?.length) {
      const first = String(schema.enum[0]);
      return fc.oneof(
        wrongType,
        fc.constantFrom(first.toUpperCase(), ` ${first}`, `${first}\u0000`, `${first}\u200b`, 'other', '*', '%'),
        fc.constantFrom(...SCARY_STRINGS),
      );
    }
    if (schema.type === 'array') {
      const item = this.valid(schema.items ?? {}, name);
      return fc.oneof(
        wrongType,
        fc.constant([]),
        item.map((v) => [v, v]),
        item.map((v) => Array.from({ length: Math.max((schema.maxItems ?? 500) + 1, 501) }, () => v)),
        item.map((v) => Array.from({ length: 20_000 }, () => v)),
        this.bad(schema.items ?? {}, name).map((v) => [v]),
        item.chain((v) => this.bad(schema.items ?? {}, name).map((b) => [v, b])),
        item.map((v) => [[v]]),
      );
    }
    if (schema.type === 'object' || schema.properties) {
      return fc.oneof(
        wrongType,
        this.fieldMutation(schema).chain((m) =>
          this.valid(schema, name).map(
            (v) =>
              (m({ path: '', query: '', headers: {}, mutation: '', body: { json: v } }, {}).body as { json: unknown })
                .json,
          ),
        ),
      );
    }
    if (schema.type === 'boolean') return fc.oneof(wrongType, fc.constantFrom('true', 'false', 1, 0, 'yes', 'TRUE'));
    if (schema.type === 'number' || schema.type === 'integer') {
      const edges = [
        ...(schema.minimum !== undefined ? [schema.minimum - 1, schema.minimum - 0.5] : []),
        ...(schema.maximum !== undefined ? [schema.maximum + 1, schema.maximum + 0.5] : []),
      ];
      return fc.oneof(
        wrongType,
        fc.constantFrom(...NUMBERS_OUT_OF_ANY_RANGE, ...edges),
        fc.constantFrom('100', '1e3', '0x10', '１', ' 1', '450000.00', '-0'),
        isMoney(name)
          ? fc.oneof(
              fc.integer({ min: -1_000_000_000, max: -1 }),
              fc
                .double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })
                .filter((d) => !Number.isInteger(d)),
              fc.constantFrom(0.01, 0.1, 1.1, 4500.5, -0.5, 1e15 + 0.5, 1e19, 9.3e18, 1e20),
            )
          : fc.double({ noNaN: true, noDefaultInfinity: true }).filter((d) => !Number.isInteger(d)),
      );
    }
    const strings: Array<fc.Arbitrary<unknown>> = [
      wrongType,
      fc.constantFrom(...SCARY_STRINGS),
      hugeStrings(schema),
      fc.string({ unit: 'binary', maxLength: 40 }),
    ];
    if (isDate(name, schema)) strings.push(fc.constantFrom(...IMPOSSIBLE_DATES));
    if (/uscc/i.test(name)) strings.push(fc.constantFrom(...BAD_USCCS));
    if (/email/i.test(name))
      strings.push(fc.constantFrom('a', '@', 'a@', '@b.c', 'a@b', 'a b@c.d', 'a@b..c', `${'a'.repeat(300)}@x.cn`));
    if (isId(name, schema)) strings.push(fc.constantFrom(...GARBAGE_IDS.map(decodeOrKeep)));
    if (/phone/i.test(name))
      strings.push(fc.constantFrom('1380574123', '138057412345', '+8613805741234', '1380574123x'));
    if (/regionCode/.test(name)) strings.push(fc.constantFrom('000000', '330299', '33021', '3302121', '110101'));
    return fc.oneof(...strings);
  }

  /** One field of the valid body (at any depth of nested objects and arrays) replaced with a bad value. */
  private fieldMutation(schema: Schema): fc.Arbitrary<Mutation> {
    const fields = this.fieldPaths(schema, [], 0);
    if (!fields.length) return unknownKey();
    return fc
      .constantFrom(...fields)
      .chain(({ path, schema: s }) => this.bad(s, String(path[path.length - 1])).map((value) => ({ path, value })))
      .map(({ path, value }) => (req) => {
        const json = setAt((req.body as { json: unknown }).json, path, value);
        return { ...req, body: { json }, mutation: `field:${path.join('.')}` };
      });
  }

  /** Values that pass the checks of the field's type but sit at its edges (maxLength, maximum, far dates, fen near the top). */
  private edgeValue(schema: Schema): fc.Arbitrary<Mutation> {
    const fields = this.fieldPaths(schema, [], 0);
    if (!fields.length) return unknownKey();
    return fc
      .constantFrom(...fields)
      .chain(({ path, schema: input }) => {
        const s = resolve(this.doc, input);
        const name = String(path[path.length - 1]);
        let values: unknown[] = [];
        if (s.type === 'number' || s.type === 'integer') {
          values = isMoney(name)
            ? [1, 100_000_000_000, 99_999_999_999, Number.MAX_SAFE_INTEGER, 2 ** 31, 2 ** 31 - 1]
            : [s.minimum ?? 0, s.maximum ?? Number.MAX_SAFE_INTEGER, 2 ** 31, Number.MAX_SAFE_INTEGER];
        } else if (s.type === 'string' && !s.enum) {
          values = isDate(name, s)
            ? EXTREME_DATES
            : [
                '字'.repeat(s.maxLength ?? 1000),
                '😀'.repeat(s.maxLength ?? 1000),
                ' '.repeat(s.maxLength ?? 100) + '字',
                '字',
                `字${'\u0301'.repeat(s.maxLength ?? 100)}`,
              ];
        } else if (s.type === 'array') {
          values = [[], null];
        }
        return values.length
          ? fc.constantFrom(...values).map((value) => ({ path, value }))
          : fc.constant({ path, value: null });
      })
      .map(({ path, value }) => (req) => {
        const json = setAt((req.body as { json: unknown }).json, path, value);
        return { ...req, body: { json }, mutation: `edge:${path.join('.')}` };
      });
  }

  private missingField(schema: Schema): fc.Arbitrary<Mutation> {
    const required = resolve(this.doc, schema).required ?? [];
    if (!required.length) return unknownKey();
    return fc.constantFrom(...required).map((key) => (req) => {
      const json = { ...(req.body as { json: Record<string, unknown> }).json };
      delete json[key];
      return { ...req, body: { json }, mutation: `missing:${key}` };
    });
  }

  private fieldPaths(
    input: Schema,
    prefix: Array<string | number>,
    depth: number,
  ): Array<{ path: Array<string | number>; schema: Schema }> {
    const schema = resolve(this.doc, input);
    if (depth > 3) return [];
    const out: Array<{ path: Array<string | number>; schema: Schema }> = [];
    for (const [key, s] of Object.entries(schema.properties ?? {})) {
      const path = [...prefix, key];
      out.push({ path, schema: s });
      const r = resolve(this.doc, s);
      if (r.properties) out.push(...this.fieldPaths(r, path, depth + 1));
      if (r.type === 'array' && r.items) {
        const item = resolve(this.doc, r.items);
        out.push({ path: [...path, 0], schema: item });
        if (item.properties) out.push(...this.fieldPaths(item, [...path, 0], depth + 1));
      }
    }
    return out;
  }

  private malformedJson(): fc.Arbitrary<Mutation> {
    return fc
      .constantFrom(
        '{',
        '{"title":',
        '{"title":"x",}',
        "{'title':'x'}",
        '{"title":"x"}garbage',
        '\ufeff{"title":"x"}',
        'NaN',
        '[1,2',
        '{"a":1}{"b":2}',
        '"just a string"',
        '123',
        'null',
        'true',
        '{"a":"\u0001"}',
        '{"a":"\\u0000"}',
        '{"a":"\\ud800"}',
        '{"a":"\\x41"}',
        '{"a":1e999}',
        '{"a":-}',
        '{"a":01}',
        '{"a":.5}',
        '{"a":+1}',
        '{"a":Infinity}',
        '{"a":undefined}',
        '{a:1}',
        '{"a":1 /* c */}',
        '',
        ' ',
        '\u0000',
        '{"title":"x","title":{"$ne":1}}',
        `{"a":"${'\\'.repeat(1001)}"}`,
      )
      .map((raw) => (req) => ({ ...req, body: { raw, contentType: 'application/json' }, mutation: 'malformed-json' }));
  }

  private wrongContentType(): fc.Arbitrary<Mutation> {
    return fc
      .constantFrom(
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=xyz',
        'application/xml',
        'application/json; charset=utf-16',
        'application/json; charset=latin1',
        'application/json; charset=koi8-r',
        'application/merge-patch+json',
        'application/octet-stream',
        '',
        'form',
        'application/json/x',
        'gzip',
        'deflate',
        'br',
      )
      .map((type) => (req) => {
        const text = JSON.stringify((req.body as { json?: unknown } | undefined)?.json ?? {});
        if (type === 'application/x-www-form-urlencoded') {
          return {
            ...req,
            body: { raw: `title=x&a[b][c]=1&tags[]=x&priceFen=1.5&__proto__[x]=1&q=%00`, contentType: type },
            mutation: 'content-type:form',
          };
        }
        if (['gzip', 'deflate', 'br'].includes(type)) {
          // A declared encoding the body does not have.
          return {
            ...req,
            headers: { ...req.headers, 'Content-Encoding': type },
            body: { raw: text, contentType: 'application/json' },
            mutation: `content-encoding:${type}`,
          };
        }
        return {
          ...req,
          body: { raw: text, contentType: type || undefined },
          mutation: `content-type:${type || 'none'}`,
        };
      });
  }

  private deepNesting(): fc.Arbitrary<Mutation> {
    return fc
      .tuple(
        fc.constantFrom(33, 100, 2000, 20_000),
        fc.boolean(),
        fc.constantFrom('title', 'a', 'org', 'qualifications'),
      )
      .map(([levels, arrays, key]) => (req) => {
        const inner = arrays
          ? `${'['.repeat(levels)}1${']'.repeat(levels)}`
          : `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
        const json = (req.body as { json?: unknown } | undefined)?.json;
        const base = json && typeof json === 'object' && !Array.isArray(json) ? JSON.stringify(json) : '{}';
        const raw = base === '{}' ? `{"${key}":${inner}}` : `${base.slice(0, -1)},"${key}":${inner}}`;
        return { ...req, body: { raw, contentType: 'application/json' }, mutation: `deep:${levels}` };
      });
  }
}

/** The value, or (when not required) sometimes left out. */
function maybe<T>(value: fc.Arbitrary<T>, required: boolean): fc.Arbitrary<T | undefined> {
  return required ? value : fc.option(value, { nil: undefined, freq: 2 });
}

type Mutation = (req: FuzzRequest, validQuery: Record<string, string>) => FuzzRequest;

function unknownKey(): fc.Arbitrary<Mutation> {
  return fc
    .constantFrom(
      'unknown',
      'id',
      'status',
      'orgId',
      'isAdmin',
      'roles',
      'createdAt',
      '$where',
      '',
      ' ',
      'a.b',
      '0',
      '字段',
    )
    .map((key) => (req) => {
      const json = (req.body as { json?: unknown } | undefined)?.json;
      const base = json && typeof json === 'object' && !Array.isArray(json) ? json : {};
      return { ...req, body: { json: { ...base, [key]: 'x' } }, mutation: 'unknown-key' };
    });
}

function reservedKeys(): fc.Arbitrary<Mutation> {
  return fc.constantFrom('__proto__', 'constructor', 'prototype').map((key) => (req) => {
    const json = (req.body as { json?: unknown } | undefined)?.json;
    const base = json && typeof json === 'object' && !Array.isArray(json) ? JSON.stringify(json) : '{}';
    const raw = base === '{}' ? `{"${key}":{"isAdmin":true}}` : `${base.slice(0, -1)},"${key}":{"isAdmin":true}}`;
    return { ...req, body: { raw, contentType: 'application/json' }, mutation: `reserved:${key}` };
  });
}

function wholeBodyWrongType(): fc.Arbitrary<Mutation> {
  return fc
    .constantFrom('[]', '[{}]', '[1,2,3]', 'null', '0', '"x"', 'true', '{}')
    .map((raw) => (req) => ({ ...req, body: { raw, contentType: 'application/json' }, mutation: 'body:wrong-type' }));
}

/** A JSON body for an operation that takes none. */
function unexpectedBody(): fc.Arbitrary<Mutation> {
  return fc
    .constantFrom<unknown>(
      { a: 1 },
      [1],
      { status: 'completed' },
      { '\u0000': 1 },
      { x: '\ud800' },
      'x'.repeat(2_000_000),
    )
    .map(
      (json) => (req) =>
        typeof json === 'string'
          ? {
              ...req,
              body: { raw: JSON.stringify({ a: json }), contentType: 'application/json' },
              mutation: 'body:too-large',
            }
          : { ...req, body: { json }, mutation: 'body:unexpected' },
    );
}

function badIdempotencyKey(): fc.Arbitrary<Mutation> {
  return fc
    .constantFrom('', ' ', 'k'.repeat(256), 'k'.repeat(10_000), 'a b', '../../', '%00', '\t')
    .map((key) => (req) => ({
      ...req,
      headers: { ...req.headers, 'Idempotency-Key': key },
      mutation: 'idempotency-key',
    }));
}

function setAt(root: unknown, path: Array<string | number>, value: unknown): unknown {
  if (!path.length) return value;
  const [head, ...rest] = path;
  if (typeof head === 'number') {
    const array = Array.isArray(root) ? [...(root as unknown[])] : [];
    array[head] = setAt(array[head] ?? {}, rest, value);
    return array;
  }
  const object =
    root && typeof root === 'object' && !Array.isArray(root) ? { ...(root as Record<string, unknown>) } : {};
  object[head] = setAt(object[head] ?? (typeof rest[0] === 'number' ? [] : {}), rest, value);
  return object;
}

function encodeQuery(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponentLoose(v)}`)
    .join('&');
}

/** encodeURIComponent, but a lone surrogate goes out as its CESU-8 bytes instead of throwing. */
function encodeURIComponentLoose(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return [...value]
      .map((ch) => {
        const code = ch.charCodeAt(0);
        if (ch.length === 1 && code >= 0xd800 && code <= 0xdfff) {
          return `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`.toUpperCase();
        }
        return encodeURIComponent(ch);
      })
      .join('');
  }
}

function decodeOrKeep(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The resource a path's `{id}` names: the segment before it (`/orders/{id}/rating` → `orders`). */
export function resourceOf(path: string, param: string): string {
  const segments = path.split('/');
  return segments[segments.indexOf(`{${param}}`) - 1];
}

function fillPath(op: Operation, values: string[]): string {
  let path = op.path;
  op.pathParams.forEach(({ name }, i) => {
    path = path.replace(`{${name}}`, values[i]);
  });
  return path;
}
