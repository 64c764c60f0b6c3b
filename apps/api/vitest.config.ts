import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'],
    globalSetup: ['test/global-setup.ts'],
    // A real PostgreSQL and child processes on a busy shared machine: generous, never a timing assertion.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // Two cores on CI: more workers than that only make the shared database contend.
    maxWorkers: 2,
  },
});
