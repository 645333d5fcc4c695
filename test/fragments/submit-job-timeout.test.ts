import { describe, expect, it } from 'vitest';
import { stateMachine } from '../../src/index.ts';
import { submitJob, submitJobFragment } from '../../src/fragments/index.ts';
import { asl, type AslGraph } from './_support.ts';

/** `timeoutSeconds` of submitJob / submitJobFragment (an aslc addition used by job plans). */
describe('submitJob timeoutSeconds', () => {
  it('sets TimeoutSeconds on the .sync API call only', () => {
    const graph = asl(
      stateMachine({
        definition: submitJob('Submit', {
          jobName: 'job',
          jobDefinition: 'def',
          jobQueue: 'queue',
          timeoutSeconds: 600,
        }),
      }),
    );
    expect(graph.States['Submit SubmitJob API Call']?.['TimeoutSeconds']).toBe(600);
    expect(graph.States['Submit SubmitJob Prep']?.['TimeoutSeconds']).toBeUndefined();
  });

  it('is passed through by the fragment, and absent by default', () => {
    const find = (g: AslGraph, name: string): Record<string, unknown> | undefined => {
      for (const [k, s] of Object.entries(g.States)) {
        if (k === name) return s;
        for (const b of (s['Branches'] as AslGraph[] | undefined) ?? []) {
          const hit = find(b, name);
          if (hit !== undefined) return hit;
        }
      }
      return undefined;
    };
    const options = { id: 'Job', envBase: 'dev', name: 'job', jobQueue: 'q', image: 'img' };
    const timed = asl(
      stateMachine({ definition: submitJobFragment({ ...options, timeoutSeconds: 60 }) }),
    );
    expect(find(timed, 'Job SubmitJob API Call')?.['TimeoutSeconds']).toBe(60);
    const plain = asl(stateMachine({ definition: submitJobFragment(options) }));
    expect(find(plain, 'Job SubmitJob API Call')).toBeDefined();
    expect(find(plain, 'Job SubmitJob API Call')?.['TimeoutSeconds']).toBeUndefined();
  });
});
