import { defineConfig } from 'vitest/config';

// The Docker step of CI (infra/test/docker-test.sh): real images, real compose, minutes not seconds.
export default defineConfig({
  test: {
    include: ['test/docker/**/*.docker.ts'],
    testTimeout: 900_000,
    hookTimeout: 1_800_000,
    fileParallelism: false,
  },
});
