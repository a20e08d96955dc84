import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '@shared': fileURLToPath(new URL('./src/shared', import.meta.url)) } },
  // Generous per-test time: several engineers' suites share two cores, and handouts and
  // child-process tests are slow under load; the crash test sets its own longer limit.
  test: { include: ['src/**/*.test.ts'], environment: 'node', testTimeout: 30_000 }
})
