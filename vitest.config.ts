import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = fileURLToPath(new URL('./src/', import.meta.url));

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
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    pool: 'threads',
  },
});
