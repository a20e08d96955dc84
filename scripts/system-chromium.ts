// The one way Spotter's tests and bench find and start Chromium: the system's own (Spotter never
// downloads a browser), with the same switches, so the e2e specs and the bench see the same browser.
import { existsSync } from 'node:fs'

/**
 * The system Chromium; CHROMIUM_PATH picks another. Debian's headless shell comes first: it is the
 * same Blink without the desktop browser's UI around it, and the browser specs take a fifth less
 * time in it (138 s against 165 s for the whole suite here). The full browser serves where it is
 * the only one.
 */
export function systemChromium(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium-headless-shell',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome'
  ]
  const found = candidates.find((path): path is string => Boolean(path) && existsSync(path as string))
  if (!found)
    throw new Error(
      'No Chromium found. Install it (e.g. apt-get install chromium-headless-shell) or set CHROMIUM_PATH.'
    )
  return found
}

/**
 * Command-line switches for headless runs. In the full browser, the omnibox popups are web pages of
 * their own, rendered even headless: one busy renderer per browser for nothing a page shows.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup'
]
