import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Served by the root server at /admin/ next to the API at /api: one origin, so the session cookie just works.
export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  resolve: {
    // Use the domain package's TypeScript source directly: one source of truth, no stale dist.
    conditions: ['source', 'module', 'browser', 'development|production'],
  },
  ssr: {
    // vitest runs in the SSR environment: the domain comes from source there too.
    resolve: { conditions: ['source', 'module', 'node', 'development|production'] },
  },
  server: {
    port: 5173,
    // `npm start` serves the API on :8080; point elsewhere with ADMIN_API_PROXY (also used by `vite preview`).
    proxy: {
      '/api': { target: process.env.ADMIN_API_PROXY ?? 'http://127.0.0.1:8080', changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500, // react-admin + MUI alone are ~1.2 MB minified (≈ 380 kB gzip)
    rolldownOptions: {
      output: {
        // Libraries change less often than the panel: a separate chunk stays cached across our releases.
        codeSplitting: { groups: [{ name: 'vendor', test: /node_modules/ }] },
      },
    },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.spec.{ts,tsx}'],
    // Some specs start the real API: generous on a busy shared machine, never a timing assertion.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
