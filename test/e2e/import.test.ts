// aslc import as a real child process (issue 13, point 4): each kind of source, folders, all or
// nothing, and hostile input; every generated module also goes back through `aslc compile`.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { cliProcess, repoRoot } from '../support/cli.ts';

const temps: string[] = [];
/**
 * A new folder where `aslc` resolves (node_modules/aslc is this repository), as in a project
 * that depends on aslc: the modules written there can be compiled and type-checked.
 */
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'aslc-import-e2e-'));
  temps.push(d);
  mkdirSync(join(d, 'node_modules'));
  symlinkSync(repoRoot, join(d, 'node_modules', 'aslc'), 'dir');
  symlinkSync(join(repoRoot, 'node_modules', '@types'), join(d, 'node_modules', '@types'), 'dir');
  return d;
}
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

function files(dir: string, base = dir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.name !== 'node_modules')
    .flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name), base) : [join(dir, e.name).slice(base.length + 1)],
    )
    .sort();
}

/** `aslc compile <module> --stdout`, parsed. */
function compiled(module: string): unknown {
  const r = cliProcess(['compile', module, '--stdout', '--no-validate']);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout);
}

/** A JSON file of the repository, parsed. */
function json(path: string): unknown {
  return JSON.parse(readFileSync(join(repoRoot, path), 'utf8'));
}

describe('aslc import', () => {
  test('a plain definition: one module, beside it or in --out, that compiles back to it', () => {
    const out = tempDir();
    const r = cliProcess(['import', 'fixtures/import/plain/poll-job.asl.json', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /✓ .*poll-job\.ts\s+6 states\s+from fixtures\/import\/plain\/poll-job\.asl\.json/,
    );
    const code = readFileSync(join(out, 'poll-job.ts'), 'utf8');
    expect(code.split('\n')[0]).toBe(
      '// Imported by aslc from fixtures/import/plain/poll-job.asl.json.',
    );
    expect(code).toContain('.otherwise(waitAMinute)');
    expect(compiled(join(out, 'poll-job.ts'))).toEqual(
      json('fixtures/import/plain/poll-job.asl.json'),
    );
    // Without --out, the module goes beside the definition.
    writeFileSync(
      join(out, 'flow.asl.json'),
      readFileSync(join(repoRoot, 'fixtures/import/plain/poll-job.asl.json')),
    );
    expect(cliProcess(['import', 'flow.asl.json', '-q'], { cwd: out }).code).toBe(0);
    expect(readFileSync(join(out, 'flow.ts'), 'utf8')).toBe(
      code.replace('fixtures/import/plain/poll-job.asl.json', 'flow.asl.json'),
    );
  });

  test('a SAM template: DefinitionUri with DefinitionSubstitutions, and an inline Definition', () => {
    const out = tempDir();
    const r = cliProcess([
      'import',
      'fixtures/import/sam/template.yaml',
      '--out',
      out,
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      files: [
        { resource: 'OrderStateMachine', states: 2, status: 'created' },
        { resource: 'RefundStateMachine', states: 1, status: 'created' },
      ],
      summary: { modules: 2 },
    });
    const order = readFileSync(join(out, 'order-state-machine.ts'), 'utf8');
    expect(order).toContain(
      '//   ChargeFunctionArn: DefinitionSubstitutions: !GetAtt ChargeFunction.Arn',
    );
    expect(order).toContain("FunctionName: placeholder('ChargeFunctionArn')");
    expect(compiled(join(out, 'order-state-machine.ts'))).toEqual(
      json('fixtures/import/sam/statemachine/order.asl.json'),
    );
    const refund = readFileSync(join(out, 'refund-state-machine.ts'), 'utf8');
    expect(refund).toContain(
      "resource: sub`arn:${placeholder('AWSPartition')}:states:::lambda:invoke`",
    );
  });

  test('a CloudFormation JSON template: DefinitionString with Fn::Sub and Fn::Join', () => {
    const out = tempDir();
    const r = cliProcess([
      'import',
      'fixtures/import/cloudformation/template.json',
      '--out',
      out,
      '-q',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(files(out)).toEqual(['joined-machine.ts', 'work-machine.ts']);
    const work = readFileSync(join(out, 'work-machine.ts'), 'utf8');
    expect(work).toContain("command: 'echo ${HOME}'");
    expect(compiled(join(out, 'work-machine.ts'))).toMatchObject({
      States: {
        Work: {
          Resource: 'arn:${AWSPartition}:states:::lambda:invoke',
          Parameters: { FunctionName: '${WorkerArn}', Payload: { region: '${AWSRegion}' } },
        },
      },
    });
  });

  test('a serverless.yml: stepFunctions.stateMachines, inline and ${file(…)}', () => {
    const out = tempDir();
    const r = cliProcess(['import', 'fixtures/import/serverless/serverless.yml', '--out', out]);
    expect(r.code).toBe(0);
    expect(files(out)).toEqual(['notify.ts', 'ship-order.ts']);
    const ship = readFileSync(join(out, 'ship-order.ts'), 'utf8');
    expect(ship).toContain(
      '//   selfCustomOrdersTable: ${self:custom.ordersTable} (Serverless variable)',
    );
    expect(ship).toContain('definition: chain(ship, shipped)');
  });

  test('a folder: every source, mirrored; definitions a template reads are imported once; deterministic', () => {
    const a = tempDir();
    const b = tempDir();
    expect(cliProcess(['import', 'fixtures/import', '--out', a, '-q']).code).toBe(0);
    expect(cliProcess(['import', 'fixtures/import', '--out', b, '-q']).code).toBe(0);
    const list = files(a);
    expect(list).toEqual([
      'cloudformation/joined-machine.ts',
      'cloudformation/work-machine.ts',
      'plain/poll-job.ts',
      'sam/order-state-machine.ts',
      'sam/refund-state-machine.ts',
      'serverless/notify.ts',
      'serverless/ship-order.ts',
    ]);
    for (const f of list)
      expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), f).toBe(true);
    // Importing again writes nothing new: the modules are there, unchanged.
    const again = cliProcess(['import', 'fixtures/import', '--out', a]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/\(unchanged\)/);
  });

  test('--out writes all or nothing; a different module in the way needs --force', () => {
    const work = tempDir();
    const bad = join(work, 'bad.asl.json');
    writeFileSync(
      bad,
      JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' } } }),
    );
    const out = join(work, 'out');
    const r = cliProcess(['import', 'fixtures/import/plain/poll-job.asl.json', bad, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.asl\.json:\/States: error MissingEndState/);
    expect(r.stderr).toMatch(/1 problem; nothing was written\.\n$/);
    expect(existsSync(out)).toBe(false);
    mkdirSync(out);
    writeFileSync(join(out, 'poll-job.ts'), '// mine\n');
    const exists = cliProcess(['import', 'fixtures/import/plain/poll-job.asl.json', '--out', out]);
    expect(exists.code).toBe(1);
    expect(exists.stderr).toMatch(
      /poll-job\.ts: ModuleExists: a different module is already there/,
    );
    expect(readFileSync(join(out, 'poll-job.ts'), 'utf8')).toBe('// mine\n');
    expect(files(out)).toEqual(['poll-job.ts']);
    const forced = cliProcess([
      'import',
      'fixtures/import/plain/poll-job.asl.json',
      '--out',
      out,
      '--force',
    ]);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(/\(updated\)/);
    const usage = cliProcess(['import', 'fixtures/import/sam/template.yaml', '--name', 'x']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--name names one module, and the inputs hold 2 state machines/);
  });

  test('hostile names and strings give code that is escaped everywhere and compiles back', () => {
    const work = tempDir();
    const names = [
      "a */ b'); globalThis.process.exit(7); ('",
      'x`${globalThis.process.exit(7)}`',
      '__proto__',
      'constructor',
      'Left ${x}: Fetch',
      'Right ${x}: Fetch',
    ];
    const text = [
      '{"Comment": "*/ `${globalThis.process.exit(7)}` \\u2028 </script>", "StartAt": ',
      JSON.stringify(names[0]),
      ', "States": {',
      names
        .map(
          (n, i) =>
            `${JSON.stringify(n)}: {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"__proto__": {"a.$": "$.x"}, "k\`\${e}": "\${process.exit(7)} */", "FunctionName": "arn:\${Partition}:lambda:::\`\${x}\`"}, ${i + 1 < names.length ? `"Next": ${JSON.stringify(names[i + 1])}` : '"End": true'}}`,
        )
        .join(', '),
      '}}',
    ].join('');
    writeFileSync(join(work, 'hostile.asl.json'), text);
    const r = cliProcess(['import', join(work, 'hostile.asl.json'), '--out', join(work, 'out')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(compiled(join(work, 'out', 'hostile.ts'))).toEqual(JSON.parse(text));
  });

  test('hostile input that cannot be imported is one line, exit 1, nothing written', () => {
    const work = tempDir();
    const cases: Record<string, string> = {
      'deep.asl.json': `{"StartAt": "A", "States": {"A": {"Type": "Pass", "Result": ${'['.repeat(1500)}${']'.repeat(1500)}, "End": true}}}`,
      'deep-valid.asl.json': `{"StartAt": "A", "States": {"A": {"Type": "Pass", "Result": ${'{"a":'.repeat(990)}1${'}'.repeat(990)}, "End": true}}}`,
      'proto.asl.json':
        '{"StartAt": "__proto__", "States": {"__proto__": {"Type": "Bogus", "End": true}}}',
      'not-json.asl.json': '{"StartAt": ',
      'template.yaml':
        'Resources:\n  M:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      DefinitionString: !Sub "{${!x"\n',
    };
    for (const [name, content] of Object.entries(cases)) {
      writeFileSync(join(work, name), content);
      const r = cliProcess(['import', join(work, name), '--out', join(work, 'out')]);
      expect(r.code, name).toBe(1);
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines, name).toHaveLength(2);
      expect(lines[0], name).toMatch(new RegExp(`^aslc: .*${name.replace('.', '\\.')}`));
      expect(r.stderr, name).not.toMatch(/\n\s+at /);
      expect(existsSync(join(work, 'out')), name).toBe(false);
    }
    const huge = join(work, 'huge.asl.json');
    writeFileSync(huge, `{"Comment": "${'x'.repeat(17 * 1024 * 1024)}"}`);
    const r = cliProcess(['import', huge]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/InputTooLarge/);
  });
});
