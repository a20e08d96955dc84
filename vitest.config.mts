import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '@shared': fileURLToPath(new URL('./src/shared', import.meta.url)) } },
  // Timeouts are hang guards, not speed targets: the suite runs on shared, often busy machines,
  // where a PDF render or a demo practice can take well over vitest's default 5 s.
  test: { include: ['src/**/*.test.ts'], environment: 'node', testTimeout: 30_000, hookTimeout: 30_000 }
})
