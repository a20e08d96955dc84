import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'
import { electronRuntime } from '../scripts/electron-runtime.mts'

const binary = electronRuntime()

test.describe('desktop app', () => {
  test.skip(!binary, 'No Electron runtime installed here; the desktop specs run where one is.')

  test('opens a secured window on the client list and reaches the store over IPC', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'spotter-electron-'))
    const app = await electron.launch({
      executablePath: binary,
      args: ['.'],
      env: { ...process.env, SPOTTER_DATA_DIR: dataDir }
    })
    try {
      const page = await app.firstWindow()
      await expect(page.getByRole('heading', { name: 'Welcome to Spotter' })).toBeVisible()
      // Served from the privileged app:// scheme, never file://, with the CSP in the page too.
      expect(page.url()).toMatch(/^app:\/\/spotter\//)
      await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1)
      expect(await page.evaluate(() => fetch('/../../package.json').then((r) => r.status))).toBe(404)
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
        'undefined'
      )
      expect(
        await page.evaluate(() => Object.keys((window as unknown as { spotter: object }).spotter))
      ).toEqual(['invoke'])
      await page.getByRole('button', { name: 'Add client' }).first().click()
      await page.getByLabel('Name').fill('Σοφία Παπαδοπούλου')
      await page.getByRole('dialog').getByRole('button', { name: 'Add client' }).click()
      await expect(page.getByRole('heading', { name: 'Σοφία Παπαδοπούλου' })).toBeVisible()
      const opened = await page.evaluate(() => window.open('https://example.com') === null)
      expect(opened).toBe(true)
    } finally {
      await app.close()
      rmSync(dataDir, { recursive: true, force: true })
    }
  })
})
