import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverCases } from '../../../src/run/case/discover-cases.ts';
import { caseRequest, loadCase } from '../../../src/run/case/load-case.ts';
import { bindPlaceholders } from '../../../src/run/case/placeholders.ts';
import { createServices, type ServiceFactory } from '../../../src/run/mocks/services.ts';
import { formatVerdictTable, summarize } from '../../../src/run/case/report.ts';
import { runCases } from '../../../src/run/case/harness.ts';
import { createEngine } from '../../../src/run/create-engine.ts';
import { repoRoot } from '../../support/cli.ts';

const pass = { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } };

/** Writes a case folder from a map of file name → JSON value (or text). */
function writeCase(root: string, name: string, files: Record<string, unknown>): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, value] of Object.entries(files)) {
    writeFileSync(join(dir, file), typeof value === 'string' ? value : JSON.stringify(value));
  }
  return dir;
}

async function loadError(dir: string): Promise<string> {
  try {
    await loadCase(dir);
    return 'loaded';
  } catch (e) {
    return (e as { format(): string }).format();
  }
}

describe('loadCase', () => {
  it('reads a shared workflow and mock file through case.json', async () => {
    const c = await loadCase(`${repoRoot}fixtures/run/lambda-sqs-integration/retry-path`, {
      root: repoRoot,
    });
    expect(c).toMatchObject({
      id: 'fixtures/run/lambda-sqs-integration/retry-path',
      stateMachineName: 'LambdaSQSIntegration',
      testCase: 'RetryPath',
      input: { name: 'aslc' },
      expected: { status: 'SUCCEEDED' },
    });
    expect(c.workflowFile).toBe(
      `${repoRoot}fixtures/run/lambda-sqs-integration/definition.asl.json`,
    );
    expect(caseRequest(c)).toMatchObject({ testCase: 'RetryPath', mocks: c.mocks });
  });

  it('defaults the input to {} and takes the only test case of a mock file', async () => {
    const c = await loadCase(`${repoRoot}fixtures/run/retry-backoff`);
    expect(c).toMatchObject({ stateMachineName: 'Payments', testCase: 'ThrottledTwice' });
    const f = await loadCase(`${repoRoot}fixtures/run/fail-without-error`);
    expect(f.input).toStrictEqual({});
    expect(f.mocks).toBeUndefined();
  });

  it('builds fresh stateful services for every request', async () => {
    const c = await loadCase(`${repoRoot}fixtures/run/s3-round-trip`);
    const a = caseRequest(c).services?.[0];
    const b = caseRequest(c).services?.[0];
    expect(a?.name).toBe('s3');
    expect(a).not.toBe(b);
    expect(caseRequest(c, { time: 'real' })).toMatchObject({
      executionName: 'exec-1',
      time: 'real',
    });
  });

  it('checks statuses only for workflows whose loader reads them (job plans)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'aslc-case-'));
    const dir = writeCase(root, 'statuses', {
      'definition.asl.json': pass,
      'expected.json': { status: 'SUCCEEDED', statuses: ['x DONE'] },
    });
    expect(await loadError(dir)).toMatch(
      /expected\.json: InvalidCase: the workflow reports no statuses to compare with \(field '\/statuses'\)\. Hint: statuses are the status updates of a job plan/,
    );
    const read = () => ['x DONE'];
    const loadWorkflow = async () => ({ definition: pass, statuses: read });
    const c = await loadCase(dir, { loadWorkflow });
    expect(c.statuses).toBe(read);
    const [verdict] = await runCases([c], [createEngine('native')]);
    expect(verdict?.verdict).toBe('pass');
    const wrong = await loadCase(dir, {
      loadWorkflow: async () => ({ definition: pass, statuses: () => [] }),
    });
    const [failed] = await runCases([wrong], [createEngine('native')]);
    expect(failed?.differences).toStrictEqual([
      'statuses: #1 expected "x DONE", got (end) (1 expected in all, 0 reported; aslc run --statuses prints them)',
    ]);
  });

  it('reports what is wrong, naming the file', async () => {
    const root = mkdtempSync(join(tmpdir(), 'aslc-case-'));
    const noExpected = writeCase(root, 'no-expected', { 'definition.asl.json': pass });
    expect(await loadError(noExpected)).toMatch(/expected\.json: FileNotFound: cannot read it/);
    const badJson = writeCase(root, 'bad-json', {
      'definition.asl.json': pass,
      'expected.json': '{"status":',
    });
    expect(await loadError(badJson)).toMatch(
      /bad-json\/expected\.json: InvalidJson: not valid JSON \(line 1, column 11\)/,
    );
    const noWorkflow = writeCase(root, 'no-workflow', { 'expected.json': { status: 'SUCCEEDED' } });
    expect(await loadError(noWorkflow)).toMatch(
      /InvalidCase: no workflow: add definition\.asl\.json or workflow\.ts/,
    );
    const badField = writeCase(root, 'bad-field', {
      'definition.asl.json': pass,
      'expected.json': { status: 'SUCCEEDED' },
      'case.json': { tescase: 'x' },
    });
    expect(await loadError(badField)).toMatch(
      /case\.json: InvalidCase: unknown field 'tescase' \(field '\/tescase'\)/,
    );
    const badMocks = writeCase(root, 'bad-mocks', {
      'definition.asl.json': pass,
      'expected.json': { status: 'SUCCEEDED' },
      'mocks.json': {
        StateMachines: {},
        MockedResponses: { R: { '0': { Throw: { Cause: 'c' } } } },
      },
    });
    expect(await loadError(badMocks)).toMatch(
      /mocks\.json: InvalidMockFile: invalid mock file: \/MockedResponses\/R\/0\/Throw: missing field 'Error'/,
    );
    const twoCases = writeCase(root, 'two-cases', {
      'definition.asl.json': pass,
      'expected.json': { status: 'SUCCEEDED' },
      'mocks.json': { StateMachines: { M: { TestCases: { A: {}, B: {} } } }, MockedResponses: {} },
    });
    expect(await loadError(twoCases)).toMatch(/several test cases \('A', 'B'\)/);
    const badEngine = writeCase(root, 'bad-engine', {
      'definition.asl.json': pass,
      'expected.json': { status: 'SUCCEEDED' },
      'case.json': { engines: ['local'] },
    });
    expect(await loadError(badEngine)).toMatch(
      /engines must be a list of native, embedded, sfn-local, aws/,
    );
    const badService = writeCase(root, 'bad-service', {
      'definition.asl.json': pass,
      'expected.json': { status: 'SUCCEEDED' },
      'case.json': { services: { sqs: {} } },
    });
    expect(await loadError(badService)).toMatch(/unknown service 'sqs'/);
    const tsWorkflow = writeCase(root, 'ts-workflow', {
      'workflow.ts': 'export default 1;',
      'expected.json': { status: 'SUCCEEDED' },
    });
    expect(await loadError(tsWorkflow)).toMatch(
      /workflow\.ts: UnsupportedWorkflow: only JSON workflows load here/,
    );
    const custom = await loadCase(tsWorkflow, { loadWorkflow: async () => ({ definition: pass }) });
    expect(custom.definition).toBe(pass);
  });
});

describe('case.json: placeholders, workflow selectors and extra services', () => {
  const withPlaceholders = {
    StartAt: 'P',
    States: {
      P: {
        Type: 'Pass',
        Parameters: { bucket: '${Bucket}', key: 'k/${Bucket}/${Other}' },
        End: true,
      },
    },
  };

  it('binds deploy-time placeholders in the definition', async () => {
    const root = mkdtempSync(join(tmpdir(), 'aslc-case-'));
    const dir = writeCase(root, 'bound', {
      'definition.asl.json': withPlaceholders,
      'expected.json': { status: 'SUCCEEDED' },
      'case.json': { placeholders: { Bucket: 'my-bucket' } },
    });
    const c = await loadCase(dir);
    expect((c.definition as typeof withPlaceholders).States.P.Parameters).toStrictEqual({
      bucket: 'my-bucket',
      key: 'k/my-bucket/${Other}',
    });
    expect(
      bindPlaceholders(withPlaceholders, { Bucket: 'b', Other: 'o', Nope: 'x' }),
    ).toStrictEqual({
      definition: {
        StartAt: 'P',
        States: { P: { Type: 'Pass', Parameters: { bucket: 'b', key: 'k/b/o' }, End: true } },
      },
      unused: ['Nope'],
    });
    // Dotted (CDK-style) names bind like the others.
    expect(
      bindPlaceholders({ Result: '${bucket.name}/k' }, { 'bucket.name': 'b' }).definition,
    ).toStrictEqual({ Result: 'b/k' });
    const unused = writeCase(root, 'unused', {
      'definition.asl.json': withPlaceholders,
      'expected.json': { status: 'SUCCEEDED' },
      'case.json': { placeholders: { Bucket: 'b', Buket: 'b' } },
    });
    expect(await loadError(unused)).toMatch(
      /case\.json: InvalidCase: placeholder 'Buket' does not occur in the workflow/,
    );
    const notString = writeCase(root, 'not-string', {
      'definition.asl.json': withPlaceholders,
      'expected.json': { status: 'SUCCEEDED' },
      'case.json': { placeholders: { Bucket: 1 } },
    });
    expect(await loadError(notString)).toMatch(
      /InvalidCase: placeholders must be an object of name → string value/,
    );
  });

  it('names one machine of a workflow module with file.ts#name', async () => {
    const root = mkdtempSync(join(tmpdir(), 'aslc-case-'));
    writeCase(root, 'shared', { 'flows.ts': '// not loaded: the loader below stands in' });
    const dir = writeCase(root, 'selected', {
      'expected.json': { status: 'SUCCEEDED' },
      'case.json': { workflow: '../shared/flows.ts#second' },
    });
    const seen: string[] = [];
    const c = await loadCase(dir, {
      loadWorkflow: async (path) => {
        seen.push(path);
        return { definition: pass };
      },
    });
    expect(seen).toStrictEqual([join(root, 'shared/flows.ts#second')]);
    expect(c.workflowFile).toBe(join(root, 'shared/flows.ts#second'));
    const missing = writeCase(root, 'missing', {
      'expected.json': { status: 'SUCCEEDED' },
      'case.json': { workflow: '../shared/nope.ts#second' },
    });
    expect(await loadError(missing)).toMatch(
      /InvalidCase: workflow .*nope\.ts#second does not exist/,
    );
  });

  it('builds extra services registered by name, with the case folder', async () => {
    const root = mkdtempSync(join(tmpdir(), 'aslc-case-'));
    const dir = writeCase(root, 'echo', {
      'definition.asl.json': pass,
      'expected.json': { status: 'SUCCEEDED' },
      'case.json': { services: { echo: { say: 'hi' }, s3: {} } },
    });
    expect(await loadError(dir)).toMatch(/unknown service 'echo'.*known services: s3/);
    const built: unknown[] = [];
    const echo: ServiceFactory = (options, context) => {
      built.push([options, context]);
      return { name: 'echo', handles: () => false, invoke: () => ({ kind: 'return', value: 1 }) };
    };
    const c = await loadCase(dir, { services: { echo } });
    const services = caseRequest(c).services ?? [];
    expect(services.map((s) => s.name)).toStrictEqual(['echo', 's3']);
    expect(built).toStrictEqual([
      [{ say: 'hi' }, { dir }],
      [{ say: 'hi' }, { dir }],
    ]);
    expect(() => createServices({ nope: {} }, { factories: { echo } })).toThrow(
      expect.objectContaining({ hint: 'known services: s3, echo' }),
    );
  });
});

describe('discovery, the harness and the report', () => {
  it('finds case folders recursively, skipping hidden folders and node_modules', () => {
    const root = mkdtempSync(join(tmpdir(), 'aslc-discover-'));
    const a = writeCase(root, 'a', { 'expected.json': {} });
    const b = writeCase(root, 'group/b', { 'expected.json': {} });
    writeCase(root, 'node_modules/c', { 'expected.json': {} });
    writeCase(root, '.hidden/d', { 'expected.json': {} });
    writeCase(root, 'group/not-a-case', { 'input.json': {} });
    expect(discoverCases([root])).toStrictEqual([a, b]);
    expect(discoverCases(['a', 'a', 'group'], root)).toStrictEqual([a, b]);
    expect(() => discoverCases(['missing'], root)).toThrow('no such file or folder: missing');
    expect(() => discoverCases([join(a, 'expected.json')])).toThrow(/is not a folder/);
  });

  it('fails broken cases, skips engines a case excludes, and prints a table', async () => {
    const root = mkdtempSync(join(tmpdir(), 'aslc-harness-'));
    const only = writeCase(root, 'only-native', {
      'definition.asl.json': pass,
      'expected.json': { status: 'SUCCEEDED', output: { a: 1 } },
      'case.json': { engines: ['native'] },
      'input.json': { a: 1 },
    });
    const unmocked = writeCase(root, 'unmocked', {
      'definition.asl.json': {
        StartAt: 'T',
        States: { T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true } },
      },
      'expected.json': { status: 'SUCCEEDED' },
    });
    const cases = [
      await loadCase(only, { root }),
      await loadCase(unmocked, { root }),
      { id: 'broken', error: 'invalid case: expected.json: …' },
    ];
    const verdicts = await runCases(cases, [createEngine('native'), createEngine('embedded')]);
    expect(verdicts.map((v) => [v.case, v.engine, v.verdict, v.reason])).toStrictEqual([
      ['only-native', 'native', 'pass', undefined],
      ['only-native', 'embedded', 'skipped', 'the case runs only on native'],
      [
        'unmocked',
        'native',
        'fail',
        "could not run: TaskWithoutMock: Task state 'T' needs a mock: this engine never calls AWS (state 'T'). Hint: pass a MockConfigFile (--mocks mocks.json --test-case NAME)",
      ],
      ['unmocked', 'embedded', 'fail', expect.stringMatching(/^could not run: TaskWithoutMock/)],
      ['broken', 'native', 'fail', 'invalid case: expected.json: …'],
      ['broken', 'embedded', 'fail', 'invalid case: expected.json: …'],
    ]);
    expect(summarize(verdicts)).toStrictEqual({ passed: 1, failed: 4, skipped: 1 });
    const table = formatVerdictTable(verdicts);
    expect(table[0]).toBe('CASE         ENGINE    RESULT   DETAIL');
    expect(table[1]).toBe('only-native  native    pass');
    expect(table[2]).toBe('only-native  embedded  skipped  the case runs only on native');
    expect(table.at(-1)).toBe('1 passed, 4 failed, 1 skipped');
  });
});
