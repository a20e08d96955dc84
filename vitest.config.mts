import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '@shared': fileURLToPath(new URL('./src/shared', import.meta.url)) } },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // The PDF and demo-data tests take seconds on a busy two-core machine; 5 s was not enough.
    testTimeout: 30_000,
    hookTimeout: 30_000
  }
})
