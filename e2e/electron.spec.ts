import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'

/** The Electron binary, when its runtime was downloaded on this machine. */
function electronBinary(): string | undefined {
  try {
    const path = createRequire(__filename)('electron') as unknown
    return typeof path === 'string' && existsSync(path) ? path : undefined
  } catch {
    return undefined
  }
}

const binary = electronBinary()

test.describe('desktop app', () => {
  test.skip(!binary, 'No Electron runtime installed here; the desktop specs run where one is.')

  test('opens a secured window on the client list and reaches the store over IPC', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'spotter-electron-'))
    const app = await electron.launch({
      executablePath: binary,
      args: ['out/main/index.js'],
      env: { ...process.env, SPOTTER_DATA_DIR: dataDir }
    })
    try {
      const window = await app.firstWindow()
      await expect(window.getByRole('heading', { name: 'Welcome to Spotter' })).toBeVisible()
      expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined')
      expect(await window.evaluate(() => Object.keys((window as unknown as { spotter: object }).spotter))).toEqual(['invoke'])
      await window.getByRole('button', { name: 'Add client' }).first().click()
      await window.getByLabel('Name').fill('Σοφία Παπαδοπούλου')
      await window.getByRole('dialog').getByRole('button', { name: 'Add client' }).click()
      await expect(window.getByRole('heading', { name: 'Σοφία Παπαδοπούλου' })).toBeVisible()
      const opened = await window.evaluate(() => window.open('https://example.com') === null)
      expect(opened).toBe(true)
    } finally {
      await app.close()
      rmSync(dataDir, { recursive: true, force: true })
    }
  })
})
