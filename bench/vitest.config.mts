import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// The bench runs as a vitest file so it shares the app's TypeScript and aliases; it prints its
// figures as ratios against baselines measured in the same run (see bench/suite.bench-run.ts).
export default defineConfig({
  resolve: { alias: { '@shared': fileURLToPath(new URL('../src/shared', import.meta.url)) } },
  test: {
    include: ['bench/**/*.bench-run.ts'],
    environment: 'node',
    testTimeout: 3_600_000,
    hookTimeout: 600_000,
    fileParallelism: false,
    reporters: ['default']
  }
})
