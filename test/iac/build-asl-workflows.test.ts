// aslc build takes plain ASL workflows (issue 13, point 3): a configuration entry that names an
// .asl.json file is read, validated, and built by every target like a compiled module.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.ts';

const definition = {
  StartAt: 'Call',
  States: {
    Call: {
      Type: 'Task',
      Resource: 'arn:${Partition}:states:::lambda:invoke',
      Parameters: { FunctionName: '${FunctionArn}', 'Payload.$': '$' },
      End: true,
    },
  },
};
const values = {
  Partition: 'aws',
  FunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:f',
};

/** A project with `workflows/flow.asl.json` (the given text) and the given entries. */
function project(
  text: string,
  config: Record<string, unknown> = {},
  file = 'workflows/flow.asl.json',
): string {
  const dir = mkdtempSync(join(tmpdir(), 'aslc-build-asl-'));
  mkdirSync(join(dir, 'workflows'));
  writeFileSync(join(dir, file), text);
  writeFileSync(
    join(dir, 'aslc.config.json'),
    JSON.stringify({
      workflows: [file],
      outDir: 'build',
      targets: { asl: {}, sam: {}, iam: {} },
      environments: { dev: { placeholders: values } },
      ...config,
    }),
  );
  return dir;
}

describe('aslc build with a plain ASL workflow', () => {
  it('builds it like a module: its ${Name} placeholders are the workflow placeholders', async () => {
    const dir = project(JSON.stringify(definition, null, 2));
    const r = await cli(['build', '--env', 'dev'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/✓ flow +asl +1 states/);
    const asl = JSON.parse(readFileSync(join(dir, 'build/asl/flow.asl.json'), 'utf8')) as {
      States: { Call: unknown };
    };
    expect(asl.States.Call).toEqual({
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { FunctionName: values.FunctionArn, 'Payload.$': '$' },
      End: true,
    });
    const sam = readFileSync(join(dir, 'build/sam/flow.sam.json'), 'utf8');
    expect(JSON.parse(sam)).toMatchObject({
      Resources: {
        FlowStateMachine: { Properties: { DefinitionSubstitutions: values } },
      },
    });
    const iam = JSON.parse(readFileSync(join(dir, 'build/iam/flow.iam.json'), 'utf8')) as {
      Statement: { Resource: string[] }[];
    };
    expect(iam.Statement[0]?.Resource).toEqual([values.FunctionArn, `${values.FunctionArn}:*`]);
  });

  it('a placeholder without a value stops the build, naming it and the workflow', async () => {
    const dir = project(JSON.stringify(definition), {
      environments: { dev: { placeholders: { Partition: 'aws' } } },
    });
    const r = await cli(['build', '--env', 'dev'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /flow: MissingPlaceholderValue: placeholder 'FunctionArn' has no value/,
    );
  });

  it('refuses a file that does not validate, naming the file, the field and the rule', async () => {
    const invalid = { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'Missing' } } };
    const dir = project(JSON.stringify(invalid));
    const r = await cli(['build', '--env', 'dev'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('workflows/flow.asl.json');
    expect(r.stderr).toMatch(/MissingTransitionTarget/);
    expect(r.stderr).toMatch(/nothing was written/);
    expect(existsSync(join(dir, 'build'))).toBe(false);
  });

  it('validates with the entry type: .sync in an EXPRESS workflow', async () => {
    const sync = structuredClone(definition);
    sync.States.Call.Resource = 'arn:aws:states:::batch:submitJob.sync';
    const dir = project(JSON.stringify(sync), {
      workflows: [{ path: 'workflows/flow.asl.json', type: 'EXPRESS' }],
    });
    const r = await cli(['build', '--env', 'dev'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/ExpressIntegrationPattern/);
  });

  it('refuses what is not JSON, not a definition, too deep or unreadable, in one line each', async () => {
    const cases: [string, RegExp][] = [
      ['{ "StartAt": ', /InvalidJson: .*line 1, column/],
      ['[1, 2]', /NotAnAslDefinition/],
      ['['.repeat(5000) + ']'.repeat(5000), /JsonTooDeep|nested deeper than 1000 levels/],
      [Buffer.from([0xff, 0xfe, 0x7b]).toString('latin1'), /InvalidUtf8|InvalidJson/],
    ];
    for (const [text, message] of cases) {
      const dir = project(text);
      if (text.startsWith('\u00ff'))
        writeFileSync(join(dir, 'workflows/flow.asl.json'), Buffer.from([0xff, 0xfe, 0x7b]));
      const r = await cli(['build', '--env', 'dev'], { cwd: dir });
      expect(r.code, text.slice(0, 20)).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n {4}at /); // no stack trace
      const lines = r.stderr.split('\n').filter((l) => l !== '' && !l.includes('warning:'));
      expect(lines).toHaveLength(2);
    }
  });

  it('refuses a placeholder where the IR cannot hold one, naming the field', async () => {
    const comment = { ...definition, Comment: 'for ${Stage}' };
    const dir = project(JSON.stringify(comment));
    const r = await cli(['build', '--env', 'dev'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /workflows\/flow\.asl\.json: UnsupportedAslWorkflow: Comment holds a \$\{Name\} placeholder.*\(field '\/Comment'\)/,
    );
  });

  it('gives no UnusedPlaceholderValue warning when the workflow that uses the value failed to load', async () => {
    const choice = {
      StartAt: 'C',
      States: {
        C: {
          Type: 'Choice',
          Choices: [{ Variable: '$.stage', StringEquals: '${Stage}', Next: 'D' }],
          Default: 'D',
        },
        D: { Type: 'Succeed' },
      },
    };
    const dir = project(JSON.stringify(choice), {
      environments: { dev: { placeholders: { Stage: 'prod' } } },
    });
    const r = await cli(['build', '--env', 'dev'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/UnsupportedAslWorkflow/);
    expect(r.stderr).not.toMatch(/UnusedPlaceholderValue/);
  });

  it('a missing file is FileNotFound; a folder entry lists modules only', async () => {
    const dir = project(JSON.stringify(definition), { workflows: ['workflows/other.asl.json'] });
    const r = await cli(['build', '--env', 'dev'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/FileNotFound/);
    const folder = project(JSON.stringify(definition), { workflows: ['workflows'] });
    const f = await cli(['build', '--env', 'dev'], { cwd: folder });
    expect(f.code).toBe(1);
    expect(f.stderr).toMatch(/NoWorkflows: no workflow modules in workflows/);
    // The error says why: the folder's .asl.json files are to be listed one by one.
    expect(f.stderr).toMatch(/must be listed one by one \(e\.g\. "workflows\/flow\.asl\.json"\)/);
  });
});
