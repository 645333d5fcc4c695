// fast-check generators of hostile input (issue 11, point 10): deep, huge, prototype keys,
// control characters and escape sequences, shell metacharacters and pathological patterns, and
// the files every command reads (definitions, inputs, mocks, scaffolding requests, plans,
// configurations) built from them. Shared by test/hostile/*.test.ts, test/e2e/hostile-suite.test.ts
// and scripts/fuzz.ts.
import fc from 'fast-check';

/**
 * How far the generators go. `ci` keeps every value small enough for `npm test` and leaves out
 * what triggers a known bug (each has its named `test.fails` case); `fuzz` goes further (deeper,
 * larger, loops) for scripts/fuzz.ts, and `knownBugs` puts the known triggers back.
 */
export interface Scale {
  readonly level: 'ci' | 'fuzz';
  readonly knownBugs: boolean;
}

export const CI: Scale = { level: 'ci', knownBugs: false };

/** Keys that mean something to JavaScript objects. */
export const PROTOTYPE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  'isPrototypeOf',
] as const;

/** What a terminal acts on: ESC sequences, OSC, BEL, CR, C1, bidi overrides, NUL, lone surrogates. */
export const CONTROL_SEQUENCES = [
  '\u001b[2J',
  '\u001b]0;pwned\u0007',
  '\u001b]8;;http://x\u0007link\u001b]8;;\u0007',
  '\u0007',
  '\r',
  '\r\nvalid: all good',
  '\u009b31m',
  '\u0085',
  '\u202e',
  '\u2066',
  '\u0000',
  '\u007f',
  '\u001b[31m',
  '\ud800',
  '\t',
  '\b\b\b',
] as const;

/** What a shell expands or splits on. */
export const SHELL_METACHARACTERS = [
  '*',
  '$(id)',
  '`id`',
  ';',
  ' ',
  "'",
  '"',
  '|',
  '&',
  '>',
  '\\',
  '\n',
  '~',
  '${HOME}',
  '$0',
  '?',
  '[a-z]',
  '!!',
] as const;

/** Paths that leave the folder they belong to. */
export const PATH_ESCAPES = [
  '.',
  '..',
  '../..',
  '../shared',
  '/',
  '/etc',
  'a/../..',
  './..',
] as const;

/** StringMatches patterns a backtracking matcher takes for ever on a long subject. */
export const GLOB_BOMBS = [
  '*a*a*a*a*a*a*a*b',
  '*a*a*a*a*a*a*a*a*a*a*a*a*b',
  '**********!',
  '\\*\\\\*',
];

/** Regular expressions a backtracking engine takes for ever on `aaaa…!`. */
export const REGEX_BOMBS = ['(a+)+$', '(a|aa)*b', '(a*)*b', '([a-z]+)*!', '(a|a?)+$'];

/**
 * JSONata expressions that are too large, too slow or too deep: each must end within the budgets
 * as a failed execution, never a crash. The slower ones (a second or more each, in-process) only
 * when fuzzing.
 */
export function jsonataBombs(scale: Scale): string[] {
  const bombs = [
    '$range(1, 40000, 1)',
    "$pad('x', 500000000)",
    "$pad('x', -500000000)",
    "$match($pad('a', 60, 'a') & '!', /(a+)+$/)",
    "$contains($pad('a', 60, 'a') & '!', /(a|aa)*b/)",
    "$replace($pad('a', 100000, 'a'), /a/, $pad('b', 1000, 'b'))",
    "$split($pad('a', 300000, 'a'), '')",
    "$formatInteger(1e300, 'w')",
    "$now('[Y,1000000]')",
    '$power(10, 400)',
    "$number('1e400')",
    '$eval(\'$eval("1")\')',
    '$states.input.__proto__',
    '$states.input.constructor',
    "$lookup($states.input, 'constructor')",
    '$keys($states.input)',
    '$states.context.Execution.Input',
    "$parse('[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[')",
    '{"a": $states.input}',
  ];
  if (scale.level === 'fuzz') {
    bombs.push(
      '[1..10000000]',
      '( $f := function($n){ $f($n) }; $f(1) )',
      '( $f := function($n){ $n = 0 ? 0 : 1 + $f($n - 1) }; $f(100000) )',
      '$string([1..200000])',
      '$zip([1..1000000], [1..1000000])',
      // aslc's $sort is O(n log n); the order-by operator still sorts with jsonata's quadratic
      // merge sort, which the heap allowance stops (a QueryEvaluationError, about 430 MB).
      '$count($sort([1..100000]))',
      '$count([1..60000]^($))',
    );
  }
  return bombs;
}

/** Intrinsic calls that are too large or malformed. */
export const INTRINSIC_BOMBS = [
  'States.ArrayRange(1, 1000000000, 1)',
  'States.ArrayRange(1, 2, 0)',
  'States.ArrayPartition(States.ArrayRange(1, 1000, 1), 0)',
  'States.MathRandom(1e308, -1e308)',
  'States.MathAdd(9007199254740991, 9007199254740991)',
  "States.Format('{}{}{}', 'a')",
  "States.StringToJson('[[[[[[[[[[[[[[[[[[[[')",
  'States.ArrayGetItem(States.ArrayRange(1, 10, 1), 1e300)',
  "States.Hash(States.ArrayRange(1, 1000, 1), 'SHA-512')",
  'States.JsonToString($)',
  'States.Array(States.Array(States.Array(States.Array(States.Array(States.Array(States.Array(States.Array(States.Array(States.Array(States.Array(1)))))))))))',
];

/** A few hostile pieces joined: control sequences, shell metacharacters, prototype keys, text. */
const piece = fc.oneof(
  fc.constantFrom(...CONTROL_SEQUENCES),
  fc.constantFrom(...SHELL_METACHARACTERS),
  fc.constantFrom(...PROTOTYPE_KEYS),
  fc.constantFrom(...PATH_ESCAPES),
  fc.string({ maxLength: 4 }),
  fc.string({ unit: 'binary', maxLength: 3 }),
);

/** A long run of one character (a few KB in CI; up to 1 MB when fuzzing). */
function longString(scale: Scale): fc.Arbitrary<string> {
  const max = scale.level === 'ci' ? 5_000 : 1_000_000;
  return fc
    .tuple(fc.constantFrom('a', '\u001b', '*', 'é', '\u202e'), fc.integer({ min: 81, max }))
    .map(([c, n]) => c.repeat(n));
}

/** A hostile string: mixed pieces, a pattern bomb, or a long run. */
export function hostileString(scale: Scale = CI): fc.Arbitrary<string> {
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc.array(piece, { minLength: 1, maxLength: 5 }).map((p) => p.join('')),
    },
    { weight: 2, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS, ...PATH_ESCAPES) },
    { weight: 1, arbitrary: fc.constantFrom(...GLOB_BOMBS, ...REGEX_BOMBS) },
    { weight: 1, arbitrary: longString(scale) },
  );
}

/** A hostile name (state name, key, param name, mock name): never empty. */
export function hostileName(scale: Scale = CI): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS) },
    { weight: 4, arbitrary: hostileString(scale).filter((s) => s.length > 0) },
    { weight: 2, arbitrary: fc.constantFrom('A', 'B', 'C', 'Ref', 'Fn::GetAtt', 'Condition') },
  );
}

/** JSON data with hostile keys and strings and extreme numbers, a few levels deep. */
export function hostileJson(scale: Scale = CI): fc.Arbitrary<unknown> {
  const leaf = fc.oneof(
    hostileString(scale),
    fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER + 2, 1e21, 0.1),
    fc.boolean(),
    fc.constant(null),
  );
  const { value } = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.array(tie('value'), { maxLength: 4 }),
      fc
        .array(fc.tuple(hostileName(scale), tie('value')), { maxLength: 4 })
        .map((entries) => objectOf(entries)),
    ),
  }));
  return value;
}

/** An object from entries, `__proto__` kept as an own key (as JSON.parse does). */
export function objectOf(
  entries: readonly (readonly [string, unknown])[],
): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const [k, v] of entries) {
    Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return o;
}

/** How deep: around the 1000-level limit, or far beyond it. */
export function depth(scale: Scale = CI): fc.Arbitrary<number> {
  return scale.level === 'ci'
    ? fc.constantFrom(998, 999, 1000, 1001, 1002, 1500, 5000)
    : fc.oneof(fc.integer({ min: 990, max: 1010 }), fc.integer({ min: 1, max: 200_000 }));
}

/**
 * JSON text nested `levels` deep (objects, arrays or both, with a hostile key), built as text so
 * that any depth is cheap.
 */
export function deepJsonText(scale: Scale = CI): fc.Arbitrary<string> {
  return fc
    .tuple(depth(scale), fc.constantFrom('object', 'array', 'mixed'), hostileName(scale))
    .map(([levels, kind, key]) => nestedText(levels, kind, key.slice(0, 16)));
}

/** `levels` containers around `1`. */
export function nestedText(levels: number, kind: string, key = 'a'): string {
  const k = JSON.stringify(key);
  const open = (i: number): string =>
    kind === 'array' || (kind === 'mixed' && i % 2 === 1) ? '[' : `{${k}:`;
  const close = (i: number): string =>
    kind === 'array' || (kind === 'mixed' && i % 2 === 1) ? ']' : '}';
  let head = '';
  let tail = '';
  for (let i = 0; i < levels; i++) {
    head += open(i);
    tail = close(i) + tail;
  }
  return `${head}1${tail}`;
}

/** A value nested `levels` deep, built without recursion. */
export function nestedValue(levels: number, key = 'a'): unknown {
  let v: unknown = 1;
  for (let i = 0; i < levels; i++) v = i % 3 === 2 ? [v] : objectOf([[key, v]]);
  return v;
}

/** A small structure that shares its children: it stands for 2^levels values. */
export function sharedValue(levels: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < levels; i++) v = { a: v, b: v };
  return v;
}

/** Values JSON cannot hold or that cannot be read: cycles, Proxies, throwing getters, … */
export function unreadableValues(): [string, () => unknown][] {
  return [
    [
      'a cycle',
      () => {
        const o: Record<string, unknown> = { StartAt: 'A' };
        o['States'] = { A: o };
        return o;
      },
    ],
    ['a structure that shares its children 2^40 times', () => wrapResult(sharedValue(40))],
    [
      'a Proxy that throws',
      () =>
        new Proxy(
          {},
          {
            get: () => {
              throw new Error('proxy says no');
            },
            ownKeys: () => {
              throw new Error('proxy says no');
            },
          },
        ),
    ],
    [
      'a throwing getter',
      () =>
        Object.defineProperty({ StartAt: 'A' }, 'States', {
          enumerable: true,
          get: () => {
            throw new Error('getter says no');
          },
        }),
    ],
    ['a 200,000-level object', () => nestedValue(200_000)],
    ['a function', () => () => 1],
    ['a symbol', () => Symbol('s')],
    ['a bigint', () => 10n],
    ['undefined', () => undefined],
    ['a Map', () => wrapResult(new Map([['a', 1]]))],
    ['NaN', () => wrapResult(Number.NaN)],
  ];
}

/** A one-state machine whose Pass result is `value`. */
export function wrapResult(value: unknown): Record<string, unknown> {
  return { StartAt: 'A', States: { A: { Type: 'Pass', Result: value, End: true } } };
}

const TYPES = ['Pass', 'Succeed', 'Fail', 'Choice', 'Wait', 'Task', 'Map', 'Parallel'] as const;

/** One state's raw material: its type and the hostile values its fields get. */
interface StateSeed {
  readonly type: (typeof TYPES)[number];
  readonly next: number;
  readonly value: unknown;
  readonly text: string;
  readonly pattern: string;
  readonly expression: string;
  readonly intrinsic: string;
  readonly seconds: number;
}

function stateSeed(scale: Scale): fc.Arbitrary<StateSeed> {
  return fc.record({
    type: fc.constantFrom(...TYPES),
    next: fc.nat(),
    value: hostileJson(scale),
    text: hostileString(scale),
    pattern: fc.oneof(fc.constantFrom(...GLOB_BOMBS), hostileString(scale)),
    expression: fc.constantFrom(...jsonataBombs(scale)),
    intrinsic: fc.constantFrom(...INTRINSIC_BOMBS),
    seconds: fc.constantFrom(0, 1, 99999999, 1e300, -1),
  });
}

/**
 * A state machine with hostile state names, fields and expressions: any state type, Choice rules
 * with glob bombs, JSONata or intrinsic bombs, prototype keys everywhere. Valid or not: every
 * command must handle it. In `ci` transitions only go forward (no loops: the history quota and
 * the wall-clock budget have their own named cases); fuzzing allows loops.
 */
export function hostileDefinition(scale: Scale = CI): fc.Arbitrary<Record<string, unknown>> {
  const maxStates = scale.level === 'ci' ? 5 : 40;
  return fc
    .record({
      names: fc.uniqueArray(hostileName(scale), { minLength: 1, maxLength: maxStates }),
      seeds: fc.array(stateSeed(scale), { minLength: maxStates, maxLength: maxStates }),
      jsonata: fc.boolean(),
      startAt: fc.oneof(
        { weight: 5, arbitrary: fc.constant(0) },
        { weight: 1, arbitrary: fc.constant(-1) },
      ),
    })
    .map(({ names, seeds, jsonata, startAt }) => {
      const target = (i: number, seed: StateSeed): string | undefined => {
        if (seed.next % 11 === 0) return seed.text; // a missing state
        const later = names.length - i - 1;
        if (scale.level === 'ci' && later <= 0) return undefined; // the last state ends
        const j = scale.level === 'ci' ? i + 1 + (seed.next % later) : seed.next % names.length;
        return names[j] as string;
      };
      const states = objectOf(
        names.map((name, i) => [
          name,
          stateOf(seeds[i] as StateSeed, target(i, seeds[i] as StateSeed), jsonata),
        ]),
      );
      return {
        ...(jsonata ? { QueryLanguage: 'JSONata' } : {}),
        StartAt: startAt === 0 ? names[0] : (seeds[0] as StateSeed).text,
        States: states,
      };
    });
}

function stateOf(
  seed: StateSeed,
  to: string | undefined,
  jsonata: boolean,
): Record<string, unknown> {
  const flow = seed.next % 3 === 0 || to === undefined ? { End: true } : { Next: to };
  const next = to ?? seed.text;
  const expr = `{% ${seed.expression} %}`;
  switch (to === undefined && seed.type === 'Choice' ? 'Succeed' : seed.type) {
    case 'Pass':
      return jsonata
        ? { Type: 'Pass', Output: expr, Assign: objectOf([[seed.text, seed.value]]), ...flow }
        : {
            Type: 'Pass',
            Parameters: objectOf([
              [seed.text, seed.value],
              ['x.$', seed.intrinsic],
            ]),
            ResultPath: seed.next % 2 === 0 ? '$.__proto__' : '$.constructor.prototype',
            ...flow,
          };
    case 'Succeed':
      return { Type: 'Succeed' };
    case 'Fail':
      return { Type: 'Fail', Error: seed.text, Cause: seed.text };
    case 'Choice':
      return {
        Type: 'Choice',
        Choices: [
          jsonata
            ? { Condition: expr, Next: next }
            : { Variable: '$.s', StringMatches: seed.pattern, Next: next },
        ],
        Default: next,
      };
    case 'Wait':
      return { Type: 'Wait', Seconds: seed.seconds, ...flow };
    case 'Task':
      return {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        ...(jsonata ? { Arguments: { Payload: expr } } : { Parameters: { 'Payload.$': '$' } }),
        Catch: [{ ErrorEquals: ['States.ALL'], Next: next }],
        ...flow,
      };
    case 'Map':
      return {
        Type: 'Map',
        ...(jsonata ? { Items: expr } : { ItemsPath: '$.items' }),
        ItemProcessor: {
          StartAt: seed.text,
          States: objectOf([[seed.text, { Type: 'Pass', End: true }]]),
        },
        ...flow,
      };
    case 'Parallel':
      return {
        Type: 'Parallel',
        Branches: [{ StartAt: next, States: objectOf([[next, { Type: 'Succeed' }]]) }],
        ...flow,
      };
  }
}

/** An execution input: hostile JSON, with `s` a long run of `a`s for the glob bombs. */
export function hostileInput(scale: Scale = CI): fc.Arbitrary<unknown> {
  return fc.record({
    s: fc.constantFrom('a'.repeat(100), 'b', ''),
    items: fc.array(hostileJson(scale), { maxLength: 4 }),
    data: hostileJson(scale),
  });
}

/** A Step Functions Local mock file with hostile machine, case, state and response names. */
export function hostileMocks(scale: Scale = CI): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .record({
      machine: hostileName(scale),
      testCase: hostileName(scale),
      state: hostileName(scale),
      response: hostileName(scale),
      value: hostileJson(scale),
      throwIt: fc.boolean(),
    })
    .map(({ machine, testCase, state, response, value, throwIt }) => ({
      StateMachines: objectOf([
        [machine, { TestCases: objectOf([[testCase, objectOf([[state, response]])]]) }],
      ]),
      MockedResponses: objectOf([
        [
          response,
          {
            '0': throwIt ? { Throw: { Error: state, Cause: response } } : { Return: value },
          },
        ],
      ]),
    }));
}

/** A reference chain where each param holds the previous one twice: 2^n characters once expanded. */
export function doublingParams(levels: number): Record<string, string> {
  const params: Record<string, string> = { P0: 'xxxxxxxx' };
  for (let i = 1; i <= levels; i++) params[`P${i}`] = `\${P${i - 1}}\${P${i - 1}}`;
  return params;
}

/**
 * A scaffolding request: the spec's EX1 request with a hostile execution id, params (prototype
 * names, shell metacharacters, references that double), inputs and outputs that try to leave the
 * working folder, and a hostile command.
 */
export function hostileRequest(scale: Scale = CI): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .record({
      id: fc.oneof(
        { weight: 3, arbitrary: fc.constant('4dfc6b14-7213-3363-8009-b23c56e3a1b1') },
        { weight: 2, arbitrary: hostileString(scale) },
      ),
      params: fc.array(
        fc.tuple(
          fc.oneof(
            { weight: 3, arbitrary: fc.stringMatching(/^[A-Z][A-Z0-9_]{0,5}$/) },
            { weight: 1, arbitrary: hostileName(scale) },
          ),
          hostileString(scale),
        ),
        { maxLength: 5 },
      ),
      doubling: fc.constantFrom(0, 0, 0, 3, 20, scale.level === 'ci' ? 25 : 60),
      input: fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom('in', 'in/../in', 'a/b') },
        { weight: 2, arbitrary: fc.constantFrom(...PATH_ESCAPES) },
      ),
      output: fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom('out', 'out/./x', 'o/p') },
        { weight: 2, arbitrary: fc.constantFrom(...PATH_ESCAPES) },
      ),
      command: fc.array(hostileString(scale), { maxLength: 4 }),
    })
    .map(({ id, params, doubling, input, output, command }) => {
      const all: Record<string, unknown> = objectOf(params);
      if (doubling > 0) Object.assign(all, doublingParams(doubling));
      Object.assign(all, { IN: `s3://bucket/key @ ${input}`, OUT: `${output} @ s3://bucket/out` });
      return {
        demand_execution: {
          execution_id: id,
          execution_type: 'custom',
          execution_image: 'image:latest',
          execution_parameters: {
            command: ['cmd', ...command, ...(doubling > 0 ? [`\${P${doubling}}`] : [])],
            params: all,
            inputs: ['IN'],
            outputs: ['OUT'],
            output_s3_prefix: 's3://bucket/key',
          },
          resource_requirements: { memory: 8192, vcpus: 4 },
          execution_metadata: {},
          execution_platform: { aws_batch: { job_queue_name: 'queue' } },
        },
      };
    });
}

/** Plan text (JSON or YAML): hostile names, deep nesting, alias bombs, prototype keys. */
export function hostilePlanText(
  scale: Scale = CI,
): fc.Arbitrary<{ text: string; format: 'json' | 'yaml' }> {
  const aliasBomb = [
    'name: p',
    'a: &a [x, x, x, x, x, x, x, x, x]',
    'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
    'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
    'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
    'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
    'jobs: [*e, *e, *e, *e, *e, *e, *e, *e, *e]',
    '',
  ].join('\n');
  return fc.oneof(
    fc
      .record({ name: hostileName(scale), jobs: fc.array(hostileName(scale), { maxLength: 3 }) })
      .map(({ name, jobs }) => ({
        text: JSON.stringify({
          name,
          jobs: jobs.map((j) =>
            objectOf([
              ['name', j],
              [j, { model: j }],
            ]),
          ),
        }),
        format: 'json' as const,
      })),
    deepJsonText(scale).map((deep) => ({
      text: `{"name":"p","jobs":${deep}}`,
      format: 'json' as const,
    })),
    depth(scale).map((n) => ({
      text: `name: p\njobs: ${'['.repeat(n)}${']'.repeat(n)}\n`,
      format: 'yaml' as const,
    })),
    fc.constant({ text: aliasBomb, format: 'yaml' as const }),
    fc.constant({
      text: 'name: p\njobs: &j\n  - name: a\n    jobGroup: { sequential: { jobs: *j } }\n',
      format: 'yaml' as const,
    }),
    fc.tuple(hostileString(scale), hostileName(scale)).map(([s, k]) => ({
      text: `name: ${JSON.stringify(s)}\n${JSON.stringify(k)}: 1\njobs: []\n`,
      format: 'yaml' as const,
    })),
  );
}

/** A project configuration with hostile output folders, workflow paths, names and keys. */
export function hostileConfig(scale: Scale = CI): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .record({
      outDir: fc.oneof(
        { weight: 2, arbitrary: fc.constant('out/{env}') },
        fc.constantFrom(
          'out/{env}',
          '../../..',
          '../escape-{env}',
          'out/{env}/../../..',
          '/tmp/abs',
        ),
        hostileString(scale),
      ),
      workflow: fc.oneof(
        fc.constant('workflows'),
        fc.constantFrom(...PATH_ESCAPES),
        hostileString(scale),
      ),
      machineName: fc.oneof(fc.constant('{workflow}-{env}'), hostileString(scale)),
      key: fc.option(hostileName(scale), { nil: undefined, freq: 1 }),
    })
    .map(({ outDir, workflow, machineName, key }) =>
      objectOf([
        ['workflows', [workflow]],
        ['outDir', outDir],
        ['defaultEnvironment', 'dev'],
        [
          'targets',
          objectOf([
            ['asl', {}],
            ['terraform', { stateMachineName: machineName }],
            ['cloudformation', { definition: 'inline', roleArn: 'arn:aws:iam::1:role/r' }],
            ...(key === undefined ? [] : [[key, {}] as const]),
          ]),
        ],
      ]),
    );
}

/**
 * File bytes: text with invalid UTF-8, a NUL, a byte-order mark or truncation spliced in at a
 * generated position.
 */
export function mangledBytes(text: fc.Arbitrary<string>): fc.Arbitrary<Uint8Array> {
  const splices: readonly Uint8Array[] = [
    Uint8Array.of(0xff),
    Uint8Array.of(0xc0, 0x80),
    Uint8Array.of(0xed, 0xa0, 0x80),
    Uint8Array.of(0xf4, 0x90, 0x80, 0x80),
    Uint8Array.of(0x00),
    Uint8Array.of(0xef, 0xbb, 0xbf),
    Uint8Array.of(0x1b, 0x5b, 0x32, 0x4a),
  ];
  return fc
    .tuple(text, fc.nat(), fc.constantFrom(...splices), fc.boolean())
    .map(([t, at, splice, truncate]) => {
      const bytes = Buffer.from(t, 'utf8');
      const i = bytes.length === 0 ? 0 : at % bytes.length;
      if (truncate) return Uint8Array.from(bytes.subarray(0, i));
      return Uint8Array.from(Buffer.concat([bytes.subarray(0, i), splice, bytes.subarray(i)]));
    });
}
