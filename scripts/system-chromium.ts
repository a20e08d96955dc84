// The one way Spotter's tests and bench find and start Chromium: the system's own (Spotter never
// downloads a browser), with the same switches, so the e2e specs and the bench see the same browser.
import { existsSync } from 'node:fs'

/** The system Chromium; CHROMIUM_PATH picks another. */
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

/**
 * Command-line switches for headless runs. Chromium's browser-UI omnibox popups are web pages of
 * their own, rendered even headless: one busy renderer per browser for nothing a page shows.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup'
]
