import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Collector tests share one PostgreSQL database; files run one at a time to keep them independent.
    fileParallelism: false,
  },
})
