import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Real processes (two APIs, two portals, Caddy) on a shared machine: generous limits, no timing assertions.
  test: {
    include: ['test/**/*.spec.ts'],
    testTimeout: 420_000,
    hookTimeout: 420_000,
    fileParallelism: false,
  },
});
