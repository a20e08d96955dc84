import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '@shared': fileURLToPath(new URL('./src/shared', import.meta.url)) } },
  // The machine is shared and often loaded: a store or PDF test may take seconds without being wrong.
  test: { include: ['src/**/*.test.ts'], environment: 'node', testTimeout: 30_000 }
})
