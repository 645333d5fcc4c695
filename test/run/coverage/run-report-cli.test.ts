import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { ExecutionReport } from '../../../src/run/index.ts';
import { cli } from '../../support/cli.ts';

const env = { SFN_E2E_AWS: undefined };
const orders = 'fixtures/coverage/orders';
const args = (testCase: string, input: string) => [
  'run',
  `${orders}/workflow.ts`,
  '--input',
  input,
  '--mocks',
  `${orders}/mocks.json`,
  '--test-case',
  testCase,
];

describe('aslc run --report', () => {
  it('adds the report to the one JSON object on stdout', async () => {
    const r = await cli([...args('RetryThenPaid', '{"id": 3, "items": ["a"]}'), '--report'], {
      env,
    });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { status: string; report: ExecutionReport };
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(out.status).toBe('SUCCEEDED');
    // Charge (+1 retry), Paid?, Pack items, Pack item, Ship, Notify, Email, SMS, Shipped
    expect(out.report.stateTransitions).toBe(10);
    expect(out.report.historyEvents).toMatchObject({ quota: 25_000 });
    expect(out.report.durationMs).toBe(1000); // the retry's interval, on the virtual clock
    expect(out.report.payloads.largestInput?.state).toBe('Ship');
    expect(out.report.cost.standard?.transitions).toBe(10);
    expect(out.report.cost.express?.billedDurationMs).toBe(1000);
    expect(out.report.cost.express?.billedMemoryMb).toBe(64);
    expect(out.report.warnings).toStrictEqual([]);
  });

  it('prices another region, and refuses one the table does not have', async () => {
    const r = await cli(
      [...args('Paid', '{"id": 1, "items": []}'), '--report', '--pricing-region', 'sa-east-1'],
      {
        env,
      },
    );
    const report = (JSON.parse(r.stdout) as { report: ExecutionReport }).report;
    expect(report.cost.region).toBe('sa-east-1');
    expect(report.cost.standard?.pricePer1000Transitions).toBe(0.0375);
    expect(report.cost.express).toBeNull();
    const bad = await cli([...args('Paid', '{}'), '--report', '--pricing-region', 'xx-1'], { env });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('UnknownPricingRegion');
  });

  it('warns on stderr from 80% of a quota', async () => {
    const definition = JSON.stringify({
      StartAt: 'Big',
      States: { Big: { Type: 'Pass', Result: 'x'.repeat(220_000), End: true } },
    });
    const dir = mkdtempSync(join(tmpdir(), 'aslc-report-'));
    const file = join(dir, 'big.asl.json');
    writeFileSync(file, definition);
    const r = await cli(['run', file, '--report'], { env });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'aslc: warning: state "Big": output of 220002 bytes is 83.9% of the 256 KiB quota',
    );
  });
});

describe('aslc run --trace', () => {
  it('draws the path with counts, the retry and the failing state (SVG and Mermaid)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aslc-trace-'));
    const svgFile = join(dir, 'trace.svg');
    const ok = await cli(
      [...args('RetryThenPaid', '{"id": 3, "items": ["a", "b"]}'), '--trace', svgFile],
      {
        env,
      },
    );
    expect(ok.code).toBe(0);
    const svg = readFileSync(svgFile, 'utf8');
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('>×1 ↻1<'); // Charge: entered once, retried once
    expect(svg).toContain('>×2<'); // Pack item: two iterations
    expect(svg).toContain('SUCCEEDED after 10 states');

    const mmd = join(dir, 'trace.mmd');
    const failed = await cli([...args('Declined', '{"id": 2, "items": []}'), '--trace', mmd], {
      env,
    });
    expect(failed.code).toBe(0);
    expect(JSON.parse(failed.stdout)).toMatchObject({ status: 'FAILED', error: 'Order.Declined' });
    const text = readFileSync(mmd, 'utf8');
    const declined = /\n\s+(n\d+)\(\["Declined<br>#215;1 #10007; failed"\]\)\n/.exec(text)?.[1];
    expect(declined).toBeDefined();
    expect(text).toContain(`class ${declined} trFailed`);
    expect(text).toMatch(/class [nc0-9,]+ trUnvisited/);
  });

  it('refuses a file name without a diagram extension, before running', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aslc-trace-'));
    const r = await cli([...args('Paid', '{}'), '--trace', join(dir, 'trace.png')], { env });
    expect(r.code).toBe(2);
    expect(existsSync(join(dir, 'trace.png'))).toBe(false);
  });
});
