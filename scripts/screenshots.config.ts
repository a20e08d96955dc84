import baseConfig from '../playwright.config'
import { defineConfig } from '@playwright/test'

// `npm run screenshots`: the README and review screenshots, taken from browser mode with demo data.
export default defineConfig({ ...baseConfig, testDir: '.', testMatch: 'screenshots.spec.ts', workers: 1 })
