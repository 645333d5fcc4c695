// The hostile-input suite, every command in-process (issue 11, point 10): generated hostile
// files (definitions, inputs, mocks, test cases, scaffolding requests, plans, configurations,
// mangled bytes) through validate, render, diff, run, test, scaffold, compile, import and build, with the
// CLI called as a function (cheap: test/e2e/hostile-suite.test.ts has the process-level cases).
// Each command exits 0, 1 or 2, prints no stack trace, no internal error and no raw control
// character, prints nothing on stdout when it fails where that applies, and leaves nothing but
// its outputs. Fixed seed; scripts/fuzz.ts runs the same scenarios as child processes.
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cli } from '../support/cli.ts';
import { CI } from '../support/hostile-arbitraries.ts';
import { hostileScenario, scenarioCommands, writeScenario } from '../support/hostile-scenario.ts';
import { leftovers, outputProblems, snapshot } from '../support/hostile.ts';

const SEED = { seed: Number(process.env['ASLC_HOSTILE_SEED'] ?? 42) };
const root = mkdtempSync(join(tmpdir(), 'aslc-hostile-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let next = 0;

describe('every command on generated hostile files (in-process)', () => {
  test('exit 0, 1 or 2; no stack trace, internal error or raw control character; only its outputs left', async () => {
    await fc.assert(
      fc.asyncProperty(hostileScenario(CI), async (scenario) => {
        // The project is one level down, so that a write outside it shows.
        const outer = join(root, String(next++));
        const dir = join(outer, 'project');
        mkdirSync(dir, { recursive: true });
        writeScenario(dir, scenario);
        const problems: string[] = [];
        for (const command of scenarioCommands(scenario)) {
          const before = snapshot(outer);
          const r = await cli(command.args, { cwd: dir });
          // A turn of the event loop, as between two processes (file writes release their
          // signal handlers on the next one).
          await new Promise((done) => setImmediate(done));
          const say = (p: string): string => `aslc ${command.args.join(' ')}: ${p}`;
          if (![0, 1, 2].includes(r.code)) problems.push(say(`exit code ${r.code}`));
          problems.push(...outputProblems(r.stdout, r.stderr).map(say));
          if (command.stdoutOnlyOnSuccess === true && r.code !== 0 && r.stdout !== '') {
            problems.push(say('printed on stdout although it failed'));
          }
          const writes = command.writes ?? (() => false);
          problems.push(
            ...leftovers(
              outer,
              before,
              (rel) => rel.startsWith('project/') && writes(rel.slice(8)),
            ).map(say),
          );
        }
        expect(problems).toStrictEqual([]);
      }),
      { ...SEED, numRuns: 12 },
    );
  }, 120_000);
});
