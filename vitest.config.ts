import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    environment: 'node',
    // Model sessions and the browser integration test take seconds on a shared 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One file at a time: the machine is shared with model training, and the browser tests own a port.
    fileParallelism: false,
  },
})
