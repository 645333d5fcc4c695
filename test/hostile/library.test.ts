// The hostile-input suite, in-process (issue 11, point 10): every public function that takes
// input, driven by the hostile generators. Each returns a result, or throws an AslcError (its
// documented errors all are), never a JavaScript error of its own; validate() and checkPlan()
// never throw at all. A value whose own getter or Proxy throws may pass that very error on.
// Fixed seeds; scripts/fuzz.ts runs the same generators for longer, as child processes.
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { compile } from '../../src/compile.ts';
import { chain, pass, placeholder, stateMachine, sub, task } from '../../src/dsl/index.ts';
import { diffDefinitions } from '../../src/diff/index.ts';
import { buildArtifacts, loadProjectConfig, readAslDefinition } from '../../src/iac/index.ts';
import { checkPlan, parsePlanText } from '../../src/plans/index.ts';
import { buildRenderGraph, renderDot, renderMermaid } from '../../src/render/index.ts';
import { createEngine } from '../../src/run/index.ts';
import {
  prepareDemandScaffolding,
  type PrepareDemandScaffoldingResponse,
} from '../../src/scaffolding/index.ts';
import { isAslcError } from '../../src/util/errors.ts';
import { invalidUtf8Offset } from '../../src/util/read-text.ts';
import { validate, validateBytes, validateText } from '../../src/validate/index.ts';
import { fixtureContext } from '../scaffolding/support.ts';
import { repoRoot } from '../support/cli.ts';
import {
  CI,
  deepJsonText,
  depth,
  hostileConfig,
  hostileDefinition,
  hostileInput,
  hostileJson,
  hostileMocks,
  hostileName,
  hostilePlanText,
  hostileRequest,
  hostileString,
  mangledBytes,
  nestedValue,
  unreadableValues,
} from '../support/hostile-arbitraries.ts';

// A fixed seed, so that a failure reproduces; ASLC_HOSTILE_SEED explores others.
const SEED = { seed: Number(process.env['ASLC_HOSTILE_SEED'] ?? 42) };
const dir = mkdtempSync(join(tmpdir(), 'aslc-hostile-lib-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Any value a caller could pass: hostile definitions, deep values, fast-check's anything. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileDefinition(CI),
  hostileJson(CI),
  depth(CI).map((n) => ({
    StartAt: 'A',
    States: { A: { Type: 'Pass', Result: nestedValue(n), End: true } },
  })),
  fc.anything({
    key: hostileName(CI),
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
  }),
);

/** The outcome of a call: its value, or the error it threw, classified. */
async function outcome(
  fn: () => unknown,
): Promise<{ ok: true; value: unknown } | { ok: false; error: unknown }> {
  try {
    return { ok: true, value: await fn() };
  } catch (error) {
    return { ok: false, error };
  }
}

/** A thrown value that is not an AslcError, described; undefined when all is well. */
function foreign(r: { ok: true } | { ok: false; error: unknown }): string | undefined {
  if (r.ok || isAslcError(r.error)) return undefined;
  const e = r.error as { name?: unknown; message?: unknown };
  return `${String(e?.name)}: ${String(e?.message)}`;
}

describe('validate, validateText, validateBytes: never throw', () => {
  test('validate() returns diagnostics for any value', () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        const diagnostics = validate(value);
        expect(Array.isArray(diagnostics)).toBe(true);
        for (const d of diagnostics) expect(typeof d.code).toBe('string');
      }),
      { ...SEED, numRuns: 150 },
    );
  });

  test.each(unreadableValues())('validate() of %s: diagnostics, at once', (_, make) => {
    expect(Array.isArray(validate(make()))).toBe(true);
  });

  test('validateText() takes any text: hostile JSON, deep JSON, anything', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          hostileDefinition(CI).map((d) => JSON.stringify(d)),
          deepJsonText(CI),
          fc.string({ unit: 'binary' }),
          hostileString(CI),
        ),
        (text) => {
          expect(Array.isArray(validateText(text))).toBe(true);
        },
      ),
      { ...SEED, numRuns: 100 },
    );
  });

  test('validateBytes() reports invalid UTF-8 as a diagnostic, never replaced', () => {
    fc.assert(
      fc.property(mangledBytes(hostileDefinition(CI).map((d) => JSON.stringify(d))), (bytes) => {
        const codes = validateBytes(bytes).map((d) => d.code);
        if (invalidUtf8Offset(bytes) !== -1) expect(codes).toContain('InvalidUtf8');
      }),
      { ...SEED, numRuns: 100 },
    );
  });
});

describe('diff and render: a result or an AslcError', () => {
  test('diffDefinitions(), renderMermaid(), renderDot(), buildRenderGraph() on any values', () => {
    fc.assert(
      fc.property(anyValue, anyValue, (a, b) => {
        const calls: [string, () => unknown][] = [
          ['diffDefinitions', () => diffDefinitions(a, b)],
          ['renderMermaid', () => renderMermaid(a)],
          ['renderDot', () => renderDot(b)],
          ['buildRenderGraph', () => buildRenderGraph(a)],
        ];
        for (const [name, call] of calls) {
          let thrown: unknown;
          try {
            call();
          } catch (e) {
            thrown = e;
          }
          expect(thrown === undefined || isAslcError(thrown), `${name}: ${String(thrown)}`).toBe(
            true,
          );
        }
      }),
      { ...SEED, numRuns: 150 },
    );
  });

  test.each(unreadableValues())(
    "diff and render of %s: a result, an AslcError or the value's own error",
    (_, make) => {
      for (const call of [
        (v: unknown) => diffDefinitions(v, v),
        (v: unknown) => renderMermaid(v),
        (v: unknown) => renderDot(v),
      ]) {
        try {
          call(make());
        } catch (e) {
          const own = e instanceof Error && /says no/.test(e.message);
          expect(isAslcError(e) || own, String(e)).toBe(true);
        }
      }
    },
  );
});

describe('the native engine: a run, or an AslcError naming a limit; never an internal error', () => {
  test('createEngine("native").run() of hostile definitions, inputs and mocks', async () => {
    const engine = createEngine('native');
    await fc.assert(
      fc.asyncProperty(
        hostileDefinition(CI),
        hostileInput(CI),
        fc.option(hostileMocks(CI), { nil: undefined }),
        async (definition, input, mocks) => {
          const r = await outcome(() =>
            engine.run({
              definition,
              input,
              timeoutMs: 3000,
              ...(mocks ? { mocks: mocks as never } : {}),
            }),
          );
          expect(foreign(r)).toBeUndefined();
        },
      ),
      { ...SEED, numRuns: 60 },
    );
  }, 60_000);

  test('deep definitions and inputs are refused before running', async () => {
    await fc.assert(
      fc.asyncProperty(depth(CI), async (n) => {
        const deep = nestedValue(n);
        const pass1 = { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } };
        for (const request of [
          {
            definition: { StartAt: 'P', States: { P: { Type: 'Pass', Result: deep, End: true } } },
            input: {},
          },
          { definition: pass1, input: deep },
        ]) {
          const r = await outcome(() =>
            createEngine('native').run({ ...request, timeoutMs: 3000 }),
          );
          expect(foreign(r)).toBeUndefined();
        }
      }),
      { ...SEED, numRuns: 7 },
    );
  });

  /**
   * The native engine's outcome of JSONata's `$sort` of 20,000 numbers, in a process of its own:
   * the heap allowance is the heap at the start of the evaluation plus 256 MiB, so in a test
   * worker shared with other files the garbage they leave (freed during the sort) decides it.
   */
  let sorted: unknown;
  const sortOutcome = (): unknown => (sorted ??= runSort());
  const runSort = (): unknown => {
    const script = `
      import { createEngine } from './src/run/index.ts';
      const o = await createEngine('native').run({
        definition: {
          QueryLanguage: 'JSONata',
          StartAt: 'P',
          States: { P: { Type: 'Pass', Output: '{% $count($sort([1..20000])) %}', End: true } },
        },
        input: {},
      });
      console.log(JSON.stringify(o.kind === 'ran' ? o.result : o));
    `;
    const r = spawnSync(
      process.execPath,
      ['--disable-warning=ExperimentalWarning', '--input-type=module', '-e', script],
      { cwd: repoRoot, encoding: 'utf8', timeout: 30_000 },
    );
    if (r.status !== 0 || r.stderr !== '') throw new Error(`the run failed: ${r.stderr}`);
    return JSON.parse(r.stdout) as unknown;
  };

  test("JSONata's $sort of 20,000 numbers is stopped by the heap allowance", () => {
    expect(sortOutcome()).toMatchObject({
      status: 'FAILED',
      error: 'States.QueryEvaluationError',
      cause: expect.stringContaining('memory limit') as unknown,
    });
  }, 30_000);

  test.fails(
    "known bug: JSONata's $sort of 20,000 numbers succeeds (jsonata's merge sort copies arrays quadratically: the heap allowance stops it, and 100,000 items take 5.6 GB and abort the process)",
    () => {
      expect(sortOutcome()).toMatchObject({ status: 'SUCCEEDED', output: 20000 });
    },
    30_000,
  );
});

/** Where a scaffolding response puts files: every path inside the execution's working folder. */
function escapes(response: PrepareDemandScaffoldingResponse): string[] {
  const r = response as unknown as {
    demand_execution: {
      execution_id: string;
      execution_parameters: {
        params: Record<string, string>;
        inputs?: string[];
        outputs?: string[];
      };
    };
    setup_configs: {
      data_sync_requests: { destination_path: string }[];
      batch_create_request: { command: string[]; environment: Record<string, string> };
    };
    cleanup_configs: {
      data_sync_requests: { source_path: string }[];
      remove_data_paths_requests: { paths: string[] }[];
    };
  };
  const problems: string[] = [];
  const id = r.demand_execution.execution_id;
  if (!/^[A-Za-z0-9._-]+$/.test(id) || id === '.' || id === '..') {
    problems.push(`execution id ${JSON.stringify(id)} is not one safe segment`);
  }
  const env = r.setup_configs.batch_create_request.environment;
  const wd = env['WORKING_DIR'] ?? '';
  const inside = (folder: string, path: string): boolean => {
    const p = posix.normalize(path);
    return p === folder || p.startsWith(`${folder}/`);
  };
  if (posix.basename(wd) !== id) problems.push(`working folder ${wd} is not named after ${id}`);
  const params = r.demand_execution.execution_parameters;
  for (const name of params.inputs ?? []) {
    const local = (params.params[name] ?? '').split(' @ ').at(-1) ?? '';
    if (!inside(wd, local)) problems.push(`input ${name} at ${local}, outside ${wd}`);
  }
  for (const name of params.outputs ?? []) {
    const local = (params.params[name] ?? '').split(' @ ')[0] ?? '';
    if (!inside(wd, local)) problems.push(`output ${name} at ${local}, outside ${wd}`);
  }
  if (env['_ENVIRONMENT_FILE'] !== undefined && !inside(wd, env['_ENVIRONMENT_FILE'])) {
    problems.push(`env file ${env['_ENVIRONMENT_FILE']} outside ${wd}`);
  }
  const efs = [
    ...r.setup_configs.data_sync_requests.map((d) => d.destination_path),
    ...r.cleanup_configs.data_sync_requests.map((d) => d.source_path),
    ...r.cleanup_configs.remove_data_paths_requests.flatMap((d) => d.paths),
  ].filter((p) => /^fs-[0-9a-f]+:/.test(p));
  for (const p of efs) {
    const path = posix.normalize(p.slice(p.indexOf(':') + 1));
    if (!path.split('/').includes(id) || path.includes('..')) {
      problems.push(`EFS path ${p} outside the working folder of ${id}`);
    }
  }
  const command = r.setup_configs.batch_create_request.command.join(' ');
  if (!command.includes('cd "${WORKING_DIR}"')) problems.push(`job command unquoted: ${command}`);
  return problems;
}

describe('scaffolding: confined, or refused', () => {
  test('prepareDemandScaffolding() of hostile requests: every path inside the working folder, or an AslcError', async () => {
    const context = fixtureContext('ex1-always-env-file');
    await fc.assert(
      fc.asyncProperty(hostileRequest(CI), async (request) => {
        const r = await outcome(() => prepareDemandScaffolding(request, context));
        expect(foreign(r)).toBeUndefined();
        if (r.ok) {
          expect(
            escapes((r.value as { response: PrepareDemandScaffoldingResponse }).response),
          ).toStrictEqual([]);
        }
      }),
      { ...SEED, numRuns: 150 },
    );
  });

  test.each(unreadableValues())('prepareDemandScaffolding() of %s', async (_, make) => {
    const r = await outcome(() =>
      prepareDemandScaffolding(make(), fixtureContext('ex1-always-env-file')),
    );
    if (!r.ok && !isAslcError(r.error)) expect(String(r.error)).toMatch(/says no/);
  });
});

describe('plans and configurations: problems as values', () => {
  test('parsePlanText() returns data or throws a PlanError; checkPlan() never throws', () => {
    fc.assert(
      fc.property(hostilePlanText(CI), ({ text, format }) => {
        const parsed = (() => {
          try {
            return { ok: true as const, value: parsePlanText(text, format) };
          } catch (e) {
            expect(isAslcError(e), String(e)).toBe(true);
            return { ok: false as const };
          }
        })();
        if (parsed.ok) expect(typeof checkPlan(parsed.value).ok).toBe('boolean');
      }),
      { ...SEED, numRuns: 80 },
    );
    fc.assert(
      fc.property(anyValue, (value) => {
        expect(typeof checkPlan(value).ok).toBe('boolean');
      }),
      { ...SEED, numRuns: 100 },
    );
  });

  test('loadProjectConfig() of hostile configuration files returns problems, never throws', () => {
    const file = join(dir, 'aslc.config.json');
    fc.assert(
      fc.property(
        fc.oneof(
          hostileConfig(CI).map((c) => Buffer.from(JSON.stringify(c))),
          mangledBytes(hostileConfig(CI).map((c) => JSON.stringify(c))),
          deepJsonText(CI).map((t) => Buffer.from(`{"workflows":${t}}`)),
        ),
        (bytes) => {
          writeFileSync(file, bytes);
          expect(typeof loadProjectConfig(file).ok).toBe('boolean');
        },
      ),
      { ...SEED, numRuns: 80 },
    );
  });
});

describe('the DSL and compile(): a machine, or an AslcError', () => {
  test('state names with control characters, prototype keys, shell metacharacters, long runs', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(hostileName(CI), { minLength: 1, maxLength: 4 }),
        hostileJson(CI),
        (names, value) => {
          const r = (() => {
            try {
              const [first, ...rest] = names.map((n, i) =>
                pass(n, i === 0 ? { result: value as never } : {}),
              );
              return compile(
                stateMachine({ definition: chain(first as never, ...(rest as never[])) }),
              );
            } catch (e) {
              return e;
            }
          })();
          expect(r instanceof Error ? isAslcError(r) : true, String(r)).toBe(true);
        },
      ),
      { ...SEED, numRuns: 100 },
    );
  });

  test('sub with hostile placeholder names and texts, extra with hostile keys and values', () => {
    fc.assert(
      fc.property(
        fc.array(hostileName(CI), { minLength: 1, maxLength: 4 }),
        fc.array(hostileString(CI), { minLength: 1, maxLength: 5 }),
        fc.dictionary(hostileName(CI), hostileJson(CI), { maxKeys: 4 }),
        (names, texts, extra) => {
          const r = (() => {
            try {
              const strings = Object.assign([...texts], { raw: [...texts] });
              const values = texts
                .slice(1)
                .map((_, i) => placeholder(names[i % names.length] as string));
              const resource = sub(strings as unknown as TemplateStringsArray, ...values);
              const machine = stateMachine({
                definition: task('T', { resource, extra: extra as never }),
                extra: extra as never,
              });
              compile(machine, { validate: false });
              return buildArtifacts([{ name: 'w', machine: machine.node }], {
                targets: { asl: { placeholders: 'keep' }, terraform: {}, sam: {}, iam: {} },
              });
            } catch (e) {
              return e;
            }
          })();
          expect(r instanceof Error ? isAslcError(r) : true, String(r)).toBe(true);
        },
      ),
      { ...SEED, numRuns: 100 },
    );
  });

  test('readAslDefinition() of hostile definitions: a machine, or an AslcError', () => {
    fc.assert(
      fc.property(hostileDefinition(CI), (definition) => {
        try {
          readAslDefinition(definition);
        } catch (e) {
          expect(isAslcError(e), String(e)).toBe(true);
        }
      }),
      { ...SEED, numRuns: 150 },
    );
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    expect(() => pass('P', { extra: { NewField: deep } as never })).toThrow(
      /InvalidExtraField|nested deeper/,
    );
  });

  test.fails(
    'known bug: a parameter nested 5,000 levels is a DslError, not a RangeError (the DSL value parser recurses without a depth limit; a structure sharing its children 2^40 times makes it walk for ever)',
    () => {
      let thrown: unknown;
      try {
        pass('A', { parameters: nestedValue(5000) as never });
      } catch (e) {
        thrown = e;
      }
      expect(isAslcError(thrown), String(thrown)).toBe(true);
    },
  );
});
