import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['source'] },
  // The pages are served by a real API and portal: generous on a busy shared machine, never a timing assertion.
  test: { include: ['src/**/*.spec.ts', 'src/**/*.spec.tsx'], testTimeout: 120_000, hookTimeout: 300_000 },
});
