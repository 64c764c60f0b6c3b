import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Real child processes and sockets on a shared machine: generous limits, never a timing assertion.
  test: { include: ['src/**/*.spec.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
});
