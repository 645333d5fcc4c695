// The faithful-port check: every rendering of spec/fragments.md (copied verbatim into
// test/fragments/spec-renderings/, with the spec's line numbers below) is compared, as parsed
// JSON (key order ignored, array order significant), with the output of the fixture that
// reproduces it. Where a §16 fix changes a rendering, the expected document is the spec's with
// the documented deviation applied explicitly here.
import { describe, expect, test } from 'vitest';
import type { StateMachine } from '../../src/index.ts';
import batch from '../../fixtures/workflows/fragments/batch.ts';
import batchInvoked from '../../fixtures/workflows/fragments/batch-invoked.ts';
import dataSync from '../../fixtures/workflows/fragments/data-sync.ts';
import demand from '../../fixtures/workflows/fragments/demand-execution.ts';
import efs from '../../fixtures/workflows/fragments/efs.ts';
import enclose from '../../fixtures/workflows/fragments/enclose.ts';
import lambda from '../../fixtures/workflows/fragments/lambda-function.ts';
import merge from '../../fixtures/workflows/fragments/merge-defaults.ts';
import s3 from '../../fixtures/workflows/fragments/s3.ts';
import submitJob from '../../fixtures/workflows/fragments/submit-job.ts';
import prePost from '../../fixtures/workflows/fragments/task-with-pre-post-status.ts';
import {
  asl,
  findState,
  parseTree,
  project,
  specJson,
  specRendering,
  type AslGraph,
  type AslState,
} from './_support.ts';

/** Spec rendering (file, line in fragments.md) → the fixture machine that reproduces it. */
const FULL_DOCUMENTS: [string, number, StateMachine][] = [
  ['ex-merge-defaults', 213, merge['ex-merge-defaults']],
  ['enclose-chainable', 281, enclose['enclose-chainable']],
  ['put-object', 357, s3['put-object']],
  ['get-object', 421, s3['get-object']],
  ['put-payload', 469, s3['put-payload']],
  ['get-payload', 532, s3['get-payload']],
  ['register-literals', 614, batch['register-literals']],
  ['submit-literals', 749, batch['submit-literals']],
  ['deregister', 842, batch.deregister],
  ['submit-job-fragment', 901, submitJob['submit-job-fragment']],
  ['task-pre-post-all', 1243, prePost['task-pre-post-all']],
  ['lambda-fragment', 1408, lambda['lambda-fragment']],
  ['bil-plain', 1475, batchInvoked['bil-plain']],
];

describe('the spec’s full JSON renderings (§3–§11)', () => {
  for (const [name, line, machine] of FULL_DOCUMENTS) {
    test(`${name} (fragments.md line ${line})`, () => {
      expect(asl(machine)).toEqual(specJson(name));
    });
  }
});

describe('§11.2: the first states of BatchInvokedLambdaFunction.with_defaults', () => {
  const graph = asl(batchInvoked['bil-with-defaults']);
  const snippet = (name: string) => specJson<Record<string, AslState>>(name);

  test.each([
    'bil-with-defaults.start',
    'bil-with-defaults.register-prep',
    'bil-with-defaults.submit-prep',
  ])('%s', (name) => {
    for (const [stateName, state] of Object.entries(snippet(name))) {
      expect(findState(graph, stateName), stateName).toEqual(state);
    }
  });

  test('bil-with-defaults.merge (the branch is shown as "…(see tree)")', () => {
    const [[stateName, expected]] = Object.entries(snippet('bil-with-defaults.merge')) as [
      [string, AslState],
    ];
    const actual = findState(graph, stateName) as AslState;
    const branches = actual['Branches'] as AslGraph[];
    expect(branches).toHaveLength(1);
    expect(branches[0]?.StartAt).toBe('Init Pass');
    const expectedBranches = expected['Branches'] as { StartAt: string }[];
    expect({
      ...actual,
      Branches: [{ StartAt: branches[0]?.StartAt, States: '…(see tree)' }],
    }).toEqual({
      ...expected,
      Branches: expectedBranches,
    });
    // The text after the snippet: Init Pass → Merge Pass with the defaults, JsonMerge(default, target).
    const init = branches[0]?.States['Init Pass'] as AslState;
    expect((init['Parameters'] as Record<string, unknown>)['target.$']).toBe('$');
    expect(branches[0]?.States['Merge Pass']).toEqual({
      Type: 'Pass',
      Parameters: { 'merged.$': 'States.JsonMerge($.default, $.target, false)' },
      OutputPath: '$.merged',
      End: true,
    });
  });
});

describe('§12.1, §12.2, §14.1: the spec’s text trees (names, types, paths, transitions)', () => {
  const TREES: [string, number, StateMachine][] = [
    ['data-sync', 2101, dataSync['data-sync']],
    ['distributed-data-sync', 2157, dataSync['distributed-data-sync']],
    ['clean-fs', 2731, efs['clean-fs']],
  ];
  for (const [name, line, machine] of TREES) {
    test(`${name} (fragments.md line ${line})`, () => {
      expect(project(asl(machine))).toEqual(parseTree(specRendering(`${name}.tree.txt`)));
    });
  }

  test('the tree parser reads every line of the trees (no silent skips)', () => {
    const tree = parseTree(specRendering('data-sync.tree.txt'));
    const count = (g: typeof tree): number =>
      Object.values(g.states).reduce(
        (n, s) => n + 1 + s.graphs.map(count).reduce((a, b) => a + b, 0),
        0,
      );
    const lines = specRendering('data-sync.tree.txt')
      .split('\n')
      .filter((l) => l.includes('] "'));
    expect(count(tree)).toBe(lines.length);
  });
});

/**
 * §16 item 8 (fixed): the demand execution's `Submit Batch Job` retries Batch API errors like
 * every other Batch task, and a failed job removes the execution's data paths before failing with
 * the job's error. Everything else is the spec's rendering unchanged.
 */
function withSubmitFix(spec: AslGraph): AslGraph {
  const iterator = (spec.States['Map: Cleanup Data Paths'] as AslState)['Iterator'] as AslGraph;
  const handlerPass = iterator.States['Cleanup Data Path Enclosure'] as unknown as {
    Branches: AslGraph[];
  };
  const cleanupPass = handlerPass.Branches[0]?.States['Pass: Cleanup Data Path'] as AslState;
  const smCleanup = handlerPass.Branches[0]?.States['SM: Cleanup Data Path'] as AslState;
  const failed = {
    Type: 'Fail',
    ErrorPath: '$.tasks.batch_submit_task.Error',
    CausePath: '$.tasks.batch_submit_task.Cause',
  };
  return {
    ...spec,
    States: {
      ...spec.States,
      'Submit Batch Job': {
        ...(spec.States['Submit Batch Job'] as AslState),
        Retry: [
          {
            ErrorEquals: ['Batch.BatchException'],
            IntervalSeconds: 3,
            MaxAttempts: 7,
            BackoffRate: 2,
            JitterStrategy: 'FULL',
          },
        ],
        Catch: [
          {
            ErrorEquals: ['States.ALL'],
            ResultPath: '$.tasks.batch_submit_task',
            Next: 'Failed Job Cleanup Choice',
          },
        ],
      },
      'Failed Job Cleanup Choice': {
        Type: 'Choice',
        Choices: [
          {
            Variable: '$.config.scaffolding.cleanup_configs.remove_data_paths_requests',
            IsPresent: true,
            Next: 'Map: Failed Job Cleanup Data Paths',
          },
        ],
        Default: 'Batch Job Failed',
      },
      'Map: Failed Job Cleanup Data Paths': {
        Type: 'Map',
        InputPath: '$.config.scaffolding.cleanup_configs.remove_data_paths_requests',
        ResultPath: '$.tasks.cleanup.cleanup_results.remove_data_paths_results',
        Next: 'Batch Job Failed',
        Iterator: {
          StartAt: 'Failed Job Cleanup Data Path Enclosure',
          States: {
            'Failed Job Cleanup Data Path Enclosure': {
              Type: 'Parallel',
              InputPath: '$',
              ResultPath: '$',
              Next: 'Failed Job Cleanup Data Path Enclosure Post',
              Branches: [
                {
                  StartAt: 'Pass: Failed Job Cleanup Data Path',
                  States: {
                    'Pass: Failed Job Cleanup Data Path': {
                      ...cleanupPass,
                      Next: 'SM: Failed Job Cleanup Data Path',
                    },
                    'SM: Failed Job Cleanup Data Path': smCleanup,
                  },
                },
              ],
            },
            'Failed Job Cleanup Data Path Enclosure Post': {
              Type: 'Pass',
              InputPath: '$[0]',
              ResultPath: '$',
              End: true,
            },
          },
        },
      },
      'Batch Job Failed': failed,
    },
  };
}

describe('§13.2: the demand-execution rendering', () => {
  test('demand-execution (fragments.md line 2267), with the §16 item 8 fix', () => {
    expect(asl(demand['demand-execution'])).toEqual(withSubmitFix(specJson('demand-execution')));
  });

  test('without the fix applied, only Submit Batch Job and the failure path differ', () => {
    const ours = asl(demand['demand-execution']);
    const spec = specJson('demand-execution');
    const added = Object.keys(ours.States).filter((n) => !(n in spec.States));
    expect(added.sort()).toEqual([
      'Batch Job Failed',
      'Failed Job Cleanup Choice',
      'Map: Failed Job Cleanup Data Paths',
    ]);
    for (const name of Object.keys(spec.States).filter((n) => n !== 'Submit Batch Job')) {
      expect(ours.States[name], name).toEqual(spec.States[name]);
    }
  });

  test('cleanupAfterFailedJob: false fails right away', () => {
    const ours = asl(demand['demand-execution-no-failure-cleanup']);
    const submit = ours.States['Submit Batch Job'] as AslState;
    expect(submit['Catch']).toEqual([
      {
        ErrorEquals: ['States.ALL'],
        ResultPath: '$.tasks.batch_submit_task',
        Next: 'Batch Job Failed',
      },
    ]);
    expect(Object.keys(ours.States)).not.toContain('Failed Job Cleanup Choice');
  });
});
