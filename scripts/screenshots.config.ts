import { defineConfig } from '@playwright/test'
import { chromiumArgs, systemChromium } from './system-chromium'

// `npm run screenshots`: the README and review screenshots, taken from browser mode with demo data,
// in the window size and browser the e2e specs use.
export default defineConfig({
  testDir: '.',
  testMatch: 'screenshots.spec.ts',
  workers: 1,
  timeout: 180_000,
  expect: { timeout: 30_000 },
  use: {
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: systemChromium(), args: chromiumArgs }
  }
})
