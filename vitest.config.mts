import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '@shared': fileURLToPath(new URL('./src/shared', import.meta.url)) } },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Files share one module cache per worker: re-importing zod, pdfkit and the store for each of
    // ~90 files cost 80 of 140 s. Every test makes its own temp folder and store, so none leans on
    // a fresh module; the two that mock 'electron' mock it the same way.
    isolate: false,
    // The PDF and demo-data tests take seconds on a busy two-core machine; 5 s was not enough.
    testTimeout: 30_000,
    hookTimeout: 30_000
  }
})
