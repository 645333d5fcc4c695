// The code aslc import writes for the shapes a person would write by hand: sequences, Choice
// branches and joins, loops, shared Catch handlers, repeated fragments; and what it refuses.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { prepareModules } from '../../src/cli/import/prepare-modules.ts';
import { generateModule } from '../../src/import/index.ts';

const work = mkdtempSync(join(tmpdir(), 'aslc-generate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Json = Record<string, unknown>;

/** Imports a definition as the command does (validated, generated, formatted, checked). */
async function imported(definition: Json): Promise<string> {
  const source = { file: 'flow.asl.json', name: 'flow', definition, placeholders: 'any' as const };
  const { prepared, errors } = await prepareModules(
    [{ source, target: join(work, 'flow.ts') }],
    work,
  );
  expect(errors).toEqual([]);
  return (prepared[0]?.code ?? '').replace(/^\/\/.*\n/, '');
}

const lambda = 'arn:aws:states:::lambda:invoke';

describe('aslc import: the shape of the code', () => {
  test('a sequence is a chain of named states; small terminal states are written in place', async () => {
    const code = await imported({
      StartAt: 'Charge card',
      States: {
        'Charge card': {
          Type: 'Task',
          Resource: lambda,
          Parameters: { 'Payload.$': '$' },
          Next: 'Ship',
        },
        Ship: { Type: 'Task', Resource: lambda, Next: 'Done' },
        Done: { Type: 'Succeed' },
      },
    });
    expect(code).toBe(
      [
        "import { chain, lambdaInvoke, path, stateMachine, succeed, task } from 'aslc';",
        '',
        "const chargeCard = task('Charge card', {",
        '  resource: lambdaInvoke(),',
        "  parameters: { Payload: path('$') },",
        '});',
        "const ship = task('Ship', { resource: lambdaInvoke() });",
        '',
        "export default stateMachine({ definition: chain(chargeCard, ship, succeed('Done')) });",
        '',
      ].join('\n'),
    );
  });

  test('a polling loop names the state it goes back to and keeps the flow in one chain', async () => {
    const code = await imported({
      StartAt: 'Start',
      States: {
        Start: { Type: 'Task', Resource: lambda, Next: 'Pause' },
        Pause: { Type: 'Wait', Seconds: 30, Next: 'Check' },
        Check: { Type: 'Task', Resource: lambda, Next: 'Done?' },
        'Done?': {
          Type: 'Choice',
          Choices: [{ Variable: '$.done', BooleanEquals: true, Next: 'Finished' }],
          Default: 'Pause',
        },
        Finished: { Type: 'Succeed' },
      },
    });
    expect(code).toContain("const pause = wait('Pause', { seconds: 30 });");
    expect(code).toContain('.otherwise(pause);');
    expect(code).toContain('definition: chain(start, pause, check, done)');
  });

  test('branches that come back to their Choice use afterwards()', async () => {
    const code = await imported({
      StartAt: 'List',
      States: {
        List: { Type: 'Task', Resource: lambda, Next: 'More?' },
        'More?': {
          Type: 'Choice',
          Choices: [{ Variable: '$.next', IsPresent: true, Next: 'Next page' }],
          Default: 'Done',
        },
        'Next page': { Type: 'Task', Resource: lambda, Next: 'More?' },
        Done: { Type: 'Succeed' },
      },
    });
    expect(code).toContain("Condition.isPresent('$.next'), nextPage)");
    expect(code).toContain('definition: chain(list, more.afterwards(), more)');
  });

  test('Choice branches that meet again continue after afterwards()', async () => {
    const code = await imported({
      StartAt: 'Currency?',
      States: {
        'Currency?': {
          Type: 'Choice',
          Choices: [{ Variable: '$.currency', StringEquals: 'EUR', Next: 'Euro' }],
          Default: 'Other',
        },
        Euro: { Type: 'Pass', Result: 0.2, ResultPath: '$.vat', Next: 'Total' },
        Other: { Type: 'Pass', Result: 0, ResultPath: '$.vat', Next: 'Total' },
        Total: { Type: 'Pass', End: true },
      },
    });
    expect(code).toContain("definition: chain(currency.afterwards(), pass('Total'))");
  });

  test('a join used from two places is a chain constant; a shared Catch handler is one state', async () => {
    const code = await imported({
      StartAt: 'A',
      States: {
        A: {
          Type: 'Task',
          Resource: lambda,
          Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Report' }],
          Next: 'B',
        },
        B: {
          Type: 'Task',
          Resource: lambda,
          Catch: [{ ErrorEquals: ['States.TaskFailed'], ResultPath: '$.error', Next: 'Report' }],
          Next: 'Notify',
        },
        Report: { Type: 'Task', Resource: 'arn:aws:states:::sns:publish', Next: 'Notify' },
        Notify: { Type: 'Task', Resource: lambda, Next: 'Archive' },
        Archive: { Type: 'Task', Resource: lambda, End: true },
      },
    });
    expect(code).toContain('const notifySteps = chain(notify, archive);');
    expect(code).toContain('.catch(reportSteps)');
    expect(code).toContain('const reportSteps = chain(report, notifySteps);');
    expect(code).toContain('definition: chain(a, b, notifySteps)');
  });

  test('copies of a sub-graph that differ only by a name prefix are one local function', async () => {
    const copy = (prefix: string, next?: string): Json => ({
      [`${prefix}Fetch`]: { Type: 'Task', Resource: lambda, Next: `${prefix}Store` },
      [`${prefix}Store`]: {
        Type: 'Task',
        Resource: 'arn:aws:states:::s3:putObject',
        Parameters: { Bucket: 'data', 'Key.$': '$.key' },
        ...(next === undefined ? { End: true } : { Next: next }),
      },
    });
    const code = await imported({
      StartAt: 'Left: Fetch',
      States: { ...copy('Left: ', 'Right: Fetch'), ...copy('Right: ') },
    });
    expect(code).toContain('function fetch(prefix: string) {');
    expect(code).toContain('task(`${prefix}Fetch`');
    expect(code).toContain("definition: chain(fetch('Left: '), fetch('Right: '))");
  });

  test('names are escaped wherever they go, and variables stay valid and unique', async () => {
    const names = ['a */ b', 'x`${y}`', 'Pass', 'delete', '1st', 'Pass!', "it's"];
    const states: Json = {};
    names.forEach((n, i) => {
      states[n] = {
        Type: 'Task',
        Resource: lambda,
        ...(i + 1 < names.length ? { Next: names[i + 1] } : { End: true }),
      };
    });
    const code = await imported({ StartAt: names[0], States: states });
    expect(code).toContain(
      'definition: chain(aB, xY, passState, deleteState, state1st, passState2, itS)',
    );
    expect(code).toContain("const xY = task('x`${y}`', { resource: lambdaInvoke() });");
  });

  test('a thousand Catch loops are closed in one pass (the layout stays linear)', () => {
    // Each Task catches back to itself: a thousand loops no placement can order. Closing them
    // one at a time, with a reachability check per candidate, took minutes (200 s for 1,500).
    const states: Record<string, unknown> = {};
    for (let i = 0; i < 1000; i++) {
      states[`T${i}`] = {
        Type: 'Task',
        Resource: lambda,
        Catch: [{ ErrorEquals: ['States.ALL'], Next: `T${i}` }],
        ...(i < 999 ? { Next: `T${i + 1}` } : { End: true }),
      };
    }
    const r = generateModule({
      file: 'f.asl.json',
      placeholders: 'any',
      definition: { StartAt: 'T0', States: states },
    });
    expect(r.unsupported).toEqual([]);
    expect(r.code.match(/goTo\(\(\) => t\d+\)/g)).toHaveLength(1000);
  });

  test('a Catch handler that continues back to its state closes the loop with goTo', () => {
    const r = generateModule({
      file: 'f.asl.json',
      placeholders: 'any',
      definition: {
        StartAt: 'Call',
        States: {
          Call: {
            Type: 'Task',
            Resource: lambda,
            Catch: [{ ErrorEquals: ['Throttled'], Next: 'Back off' }],
            End: true,
          },
          'Back off': { Type: 'Wait', Seconds: 5, Next: 'Call' },
        },
      },
    });
    expect(r.unsupported).toEqual([]);
    expect(r.code).toContain(
      "const call = task('Call', { resource: lambdaInvoke() }).catch(chain(wait('Back off', { seconds: 5 }), goTo(() => call)), { errors: ['Throttled'] });",
    );
  });
});
