import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// Benchmarks run as plain vitest files so they share the app's TypeScript and aliases;
// each prints its figures as a ratio against a raw baseline measured in the same run.
export default defineConfig({
  resolve: { alias: { '@shared': fileURLToPath(new URL('../src/shared', import.meta.url)) } },
  test: {
    include: ['bench/**/*.bench-run.ts'],
    environment: 'node',
    testTimeout: 600_000,
    hookTimeout: 600_000,
    fileParallelism: false,
    reporters: ['default']
  }
})
