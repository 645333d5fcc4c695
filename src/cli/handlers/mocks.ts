import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { AslcError, isAslcError } from '../../util/errors.ts';
import { writeFileSet } from '../../util/file-set.ts';
import { toCanonicalJson } from '../../util/json.ts';
import type { ArgsOf, CommandHandler } from '../command-spec.ts';
import type { mocksCommand } from '../commands/mocks.ts';
import { loadPlanSource } from '../module-loader.ts';
import { shownPath } from '../shown-path.ts';

type MocksArgs = ArgsOf<typeof mocksCommand>;

/**
 * `aslc mocks <plan>`: the mock file of a job plan's machine (the root unless `--machine`), one
 * test case in which every job succeeds except those `--fail` names, printed as canonical JSON or
 * written with `--out` (all or nothing). Run it with `aslc run <plan> --mocks FILE --statuses`,
 * or point a case's `mocks` at it and check `statuses` in its expected.json.
 */
export const handleMocks: CommandHandler<MocksArgs> = async (args, ctx) => {
  const path = resolve(ctx.io.cwd, args.plan);
  if (!existsSync(path)) throw new AslcError('FileNotFound', 'no such file', { file: args.plan });
  const { plan, name, options } = await loadPlanSource(path, args.plan);
  const { planMocks } = await import('../../plans/plan-mocks.ts');
  const fail = args.fail ?? [];
  const testCase = args.testCase ?? (fail.length === 0 ? 'Success' : 'Failure');
  let mocks;
  try {
    mocks = planMocks(plan, {
      ...options,
      name,
      ...(args.machine === undefined ? {} : { machine: args.machine }),
      ...(args.stateMachine === undefined ? {} : { stateMachineName: args.stateMachine }),
      testCases: {
        [testCase]: {
          fail,
          ...(args.error === undefined ? {} : { error: args.error }),
          ...(args.cause === undefined ? {} : { cause: args.cause }),
        },
      },
    });
  } catch (e) {
    if (isAslcError(e) && e.file === undefined) throw e.withFile(args.plan);
    throw e;
  }
  const text = toCanonicalJson(mocks);
  if (args.out === undefined) {
    ctx.io.stdout.write(text);
    return 0;
  }
  const target = resolve(ctx.io.cwd, args.out);
  const [status] = writeFileSet([{ path: target, content: text, shown: args.out }]);
  const [machine] = Object.keys(mocks.StateMachines);
  const states = Object.keys(mocks.StateMachines[machine as string]?.TestCases[testCase] ?? {});
  ctx.info(
    `${ctx.paint('green', '✓')} ${shownPath(ctx.io.cwd, target)} (${status}): test case '${testCase}' of '${machine}', ${states.length} Task states mocked`,
  );
  return 0;
};
