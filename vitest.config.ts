import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = fileURLToPath(new URL('./src/', import.meta.url));
// aws-cdk-lib is not in the main install: bench/ installs it (npm ci --prefix bench). When it is
// there, tests resolve aws-cdk-lib and constructs from it (test/iac/cdk.test.ts; skipped
// otherwise).
const bench = fileURLToPath(new URL('./bench/node_modules/', import.meta.url));
const cdkAliases = existsSync(`${bench}aws-cdk-lib/package.json`)
  ? [
      { find: /^aws-cdk-lib$/, replacement: `${bench}aws-cdk-lib/index.js` },
      { find: /^aws-cdk-lib\/(.+)$/, replacement: `${bench}aws-cdk-lib/$1/index.js` },
      { find: /^constructs$/, replacement: `${bench}constructs/lib/index.js` },
    ]
  : [];

/** The process-level hostile-input suite (the hostile project). */
const HOSTILE = 'test/e2e/hostile-suite.test.ts';

/** Tests that run external tools on aslc's output (the integration project). */
const INTEGRATION = [
  'test/iac/terraform-validate.test.ts',
  'test/iac/terraform-binary.test.ts',
  'test/iac/cdk.test.ts',
  'test/iac/wiring-tools.test.ts',
  'test/golden/asl-validator-oracle.test.ts',
  'test/e2e/import-typecheck.test.ts',
  'test/run/coverage/lcov-tool.test.ts',
];

export default defineConfig({
  resolve: {
    // Workflow modules import the package by name ('aslc', 'aslc/fragments', …), as users do;
    // in tests that resolves to the sources (Node uses the `aslc-source` export condition).
    alias: [
      { find: /^aslc$/, replacement: `${src}index.ts` },
      { find: /^aslc\/scaffolding\/handler$/, replacement: `${src}scaffolding/handler.ts` },
      {
        find: /^aslc\/(validate|fragments|plans|scaffolding|iac|render|run|diff)$/,
        replacement: `${src}$1/index.ts`,
      },
      { find: /^aslc\/cdk$/, replacement: `${src}iac/cdk/index.ts` },
      ...cdkAliases,
    ],
  },
  test: {
    testTimeout: 20_000,
    pool: 'threads',
    // One temporary folder per run, removed at its end (test/support/temp-root-setup.ts).
    globalSetup: ['test/support/temp-root-setup.ts'],
    projects: [
      {
        // In-process tests: the library and the CLI called as a function (npm test).
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'test/package/**', ...INTEGRATION],
          // Modules are evaluated once per worker instead of once per file: the suite runs in
          // about a third of the time. Tests must not depend on a fresh module state.
          isolate: false,
        },
      },
      {
        // The CLI as a child process: exit codes, stdout flushing, signals (npm test).
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          exclude: [HOSTILE, ...INTEGRATION],
          // The bundled CLI, built once before the run (test/support/bundle-setup.ts).
          globalSetup: ['test/support/bundle-setup.ts'],
          env: { ASLC_E2E_BUNDLE: '1' },
        },
      },
      {
        // The hostile-input suite on the real CLI: every named case as child processes, generated
        // hostile scenarios (npm run test:hostile, in .ci/run; ASLC_HOSTILE_HEAVY=1 adds the heavy
        // cases, scripts/fuzz.ts runs it for longer). The in-process hostile tests stay in unit.
        extends: true,
        test: { name: 'hostile', include: [HOSTILE], testTimeout: 200_000 },
      },
      {
        // What aslc writes, checked by the tools it is written for: terraform validate with the
        // local provider mirror, an AWS CDK synth, asl-validator over every golden file
        // (npm run test:integration, in .ci/run; each skips with its reason when its tool is
        // missing). Kept out of npm test: they start heavy external tools, most of its time.
        extends: true,
        test: { name: 'integration', include: INTEGRATION, testTimeout: 120_000 },
      },
      {
        // The packed tarball installed into new projects (npm run test:package, in .ci/run).
        extends: true,
        test: {
          name: 'package',
          include: ['test/package/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
