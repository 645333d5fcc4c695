import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    conditions: ['aslc-source'],
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    pool: 'threads',
  },
});
