import { join } from 'node:path'
import { defineConfig } from '@playwright/test'
import { chromiumArgs, systemChromium } from './scripts/system-chromium'

export default defineConfig({
  testDir: 'e2e',
  globalSetup: join(__dirname, 'e2e', 'global-setup.ts'),
  // The longest journeys take about a minute alone and several on a busy two-core machine, where
  // a handout preview can also take longer than 10 s to appear.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  fullyParallel: true,
  workers: 2,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    viewport: { width: 1280, height: 800 },
    // Recording a trace for every test cost a third of the suite's time; SPOTTER_TRACE=1 turns it
    // back on to look into a failure. A failing test always leaves a screenshot and its page's
    // accessibility tree (error-context.md) in test-results/.
    trace: process.env.SPOTTER_TRACE ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: systemChromium(), args: chromiumArgs }
  }
})
