import { chromium, type Browser } from '@playwright/test'
import { chromiumArgs, systemChromium } from '../../scripts/system-chromium'

/** Headless system Chromium, as the e2e tests run it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: systemChromium(), args: chromiumArgs })
}
