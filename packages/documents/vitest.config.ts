import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Workspace packages are read from their TypeScript source ("source" condition), not from a stale dist:
  // inlining them makes Vite resolve them instead of Node.
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: ['src/**/*.spec.ts'],
    globalSetup: ['vitest.global-setup.ts'],
    server: { deps: { inline: [/@bcdnq\//] } },
    // Real child processes, LibreOffice and Tesseract on a busy shared machine: generous, never a timing assertion.
    testTimeout: 180_000,
  },
});
