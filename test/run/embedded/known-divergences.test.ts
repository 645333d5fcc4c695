import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ExecutionError, ExecutionTimeoutError, StateMachine } from 'aws-local-stepfunctions';
import { createEmbeddedEngine } from '../../../src/run/embedded/embedded-engine.ts';
import { createNativeEngine } from '../../../src/run/native/native-engine.ts';
import { normalizeValue } from '../../../src/run/case/normalize.ts';
import { statesOf } from '../../../src/asl/walk.ts';

interface Divergence {
  id: string;
  summary: string;
  handling: 'corrected' | 'refused' | 'documented';
  definition: Record<string, unknown>;
  input: unknown;
  raw: Record<string, unknown>;
  aslc: Record<string, unknown>;
  native?: Record<string, unknown>;
}

const file = JSON.parse(
  readFileSync(
    new URL('../../../src/run/embedded/known-divergences.json', import.meta.url),
    'utf8',
  ),
) as { engine: string; divergences: Divergence[] };

/** Runs a definition on the bare engine, with Waits and retries shortened as aslc does. */
async function runRaw(definition: Record<string, unknown>, input: unknown) {
  const names = statesOf(definition);
  const waits = Object.fromEntries(
    names.filter((s) => s.state['Type'] === 'Wait').map((s) => [s.name, 0]),
  );
  const machine = new StateMachine(definition as never, {
    validationOptions: { checkArn: true, checkPaths: true },
  });
  const execution = machine.run(input as never, { overrides: { waitTimeOverrides: waits } });
  try {
    return { status: 'SUCCEEDED', output: await execution.result };
  } catch (e) {
    if (e instanceof ExecutionTimeoutError) return { status: 'TIMED_OUT' };
    if (e instanceof ExecutionError) {
      const inner = e.cause as Error;
      return { status: 'FAILED', error: inner.name, cause: inner.message };
    }
    throw e;
  }
}

/** Keeps only the fields an expectation names, with timestamps normalised. */
function project(actual: Record<string, unknown>, expected: Record<string, unknown>) {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(expected)) out[key] = normalizeValue(actual[key], ['timestamp']);
  return out;
}

describe(`known divergences of ${file.engine}`, () => {
  it('names the pinned engine version', () => {
    const pkg = JSON.parse(
      readFileSync(
        new URL('../../../node_modules/aws-local-stepfunctions/package.json', import.meta.url),
        'utf8',
      ),
    ) as { version: string };
    expect(file.engine).toBe(`aws-local-stepfunctions@${pkg.version}`);
  });

  it('has unique ids and a known handling', () => {
    const ids = file.divergences.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of file.divergences)
      expect(['corrected', 'refused', 'documented']).toContain(d.handling);
  });

  for (const d of file.divergences) {
    describe(d.id, () => {
      it('still diverges on the bare engine', async () => {
        const raw = await runRaw(d.definition, d.input);
        expect(project(raw, d.raw)).toStrictEqual(d.raw);
      });

      it(`is ${d.handling} by aslc's embedded engine`, async () => {
        const outcome = await createEmbeddedEngine().run({
          definition: d.definition,
          input: d.input,
        });
        if ('skipped' in d.aslc) {
          expect(outcome).toStrictEqual({ kind: 'skipped', reason: d.aslc['skipped'] });
          return;
        }
        expect(outcome.kind).toBe('ran');
        if (outcome.kind !== 'ran') return;
        expect(project(outcome.result as never, d.aslc)).toStrictEqual(d.aslc);
      });

      if (d.native !== undefined) {
        const native = d.native;
        it('is what the native engine returns', async () => {
          const outcome = await createNativeEngine().run({
            definition: d.definition,
            input: d.input,
          });
          expect(outcome.kind === 'ran' && project(outcome.result as never, native)).toStrictEqual(
            native,
          );
        });
      }
    });
  }
});
