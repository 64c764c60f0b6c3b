import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The domain package is read from its TypeScript source ("source" condition), not from a stale dist.
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  // A busy shared machine: a generous limit, never a timing assertion.
  test: { include: ['src/**/*.spec.ts'], server: { deps: { inline: [/@bcdnq\//] } }, testTimeout: 60_000 },
});
