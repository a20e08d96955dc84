import { existsSync } from 'node:fs'
import { chromium, type Browser } from '@playwright/test'

/** The system Chromium (the bench never downloads a browser); CHROMIUM_PATH picks another. */
export function systemChromium(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome'
  ]
  const found = candidates.find((path): path is string => Boolean(path) && existsSync(path as string))
  if (!found)
    throw new Error('No Chromium found. Install it (e.g. apt-get install chromium) or set CHROMIUM_PATH.')
  return found
}

/** Headless system Chromium, as the e2e tests run it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: systemChromium(), args: ['--no-sandbox', '--disable-gpu'] })
}
