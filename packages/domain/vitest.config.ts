import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['source'] },
  // Property tests on a busy shared machine: a generous limit, never a timing assertion.
  test: { include: ['src/**/*.spec.ts'], testTimeout: 60_000 },
});
