import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['source'] },
  test: { include: ['src/**/*.spec.ts', 'src/**/*.spec.tsx'] },
});
