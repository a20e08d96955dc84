import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { scan, type Found } from './axe'
import { expect, startSpotter, test } from './fixtures'

const hevyExport = join(__dirname, '../test/fixtures/imports/hevy-kg.csv')

// Each journey restarts Spotter or runs several jobs; on a shared, busy machine that takes a while.
test.describe.configure({ timeout: 180_000 })

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return
  child.kill('SIGTERM')
  await new Promise((resolve) => child.once('exit', resolve))
}

async function addClient(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: '+ Add client' }).first().click()
  await page.getByRole('dialog').getByLabel('Name').fill(name)
  await page.getByRole('dialog').getByRole('button', { name: 'Add client' }).click()
  await expect(page.getByRole('heading', { name })).toBeVisible()
}

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Settings' }).click()
  await expect(page.getByRole('heading', { name: 'Your data' })).toBeVisible()
}

test('a trainer backs up, deletes a client, restores the backup, and the client is back', async ({
  page,
  spotter
}) => {
  await page.goto(spotter.url)
  await addClient(page, 'Ørsted Backup')

  await openSettings(page)
  await page.getByRole('button', { name: 'Back up now' }).click()
  await expect(page.getByText('Backed up 1 client.')).toBeVisible()
  // How many backups to keep is checked by the contract's rule; a refused number stays, with its message.
  const keep = page.getByRole('textbox', { name: 'Backups to keep' })
  await keep.fill('0')
  await keep.press('Enter')
  await expect(page.getByRole('alert')).toHaveText('Keep at least one backup')
  await expect(keep).toHaveValue('0')
  await keep.fill('5')
  await keep.press('Enter')
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(keep).toHaveValue('5')

  await page.getByRole('link', { name: 'Clients' }).click()
  await page.getByRole('link', { name: 'Ørsted Backup' }).click()
  await page.getByRole('button', { name: 'Delete…' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Delete Ørsted Backup' }).click()
  await expect(page.getByText('Deleted Ørsted Backup.')).toBeVisible()

  await openSettings(page)
  await page.getByRole('button', { name: 'Restore…' }).click()
  const restore = page.getByRole('dialog', { name: 'Restore a backup' })
  const backups = restore.getByRole('table', { name: 'Backups' })
  await expect(backups.getByRole('row')).toHaveCount(2)
  await expect(backups.getByRole('row').nth(1)).toContainText('Backed up by you')
  await backups.getByRole('radio').first().check()
  await restore.getByRole('button', { name: 'Restore this backup' }).click()
  await expect(page.getByText(/^Restored the backup of /)).toBeVisible()

  await page.getByRole('link', { name: 'Clients' }).click()
  await expect(page.getByRole('link', { name: 'Ørsted Backup' })).toBeVisible()
  // The data from before the restore was kept as a backup too.
  await openSettings(page)
  await page.getByRole('button', { name: 'Restore…' }).click()
  await expect(page.getByRole('dialog').getByRole('row').filter({ hasText: 'Before a restore' })).toHaveCount(
    1
  )
})

test('a trainer imports a Hevy export, maps an unknown exercise by hand, and sees the sessions in the log and on the charts', async ({
  page,
  spotter
}) => {
  await page.goto(spotter.url)
  await page.getByRole('button', { name: '+ Add client' }).first().click()
  await page.getByRole('dialog').getByLabel('Name').fill('Zoë Hevy')
  await page.getByRole('dialog').getByRole('button', { name: 'Add client' }).click()
  await page.getByRole('link', { name: 'Log', exact: true }).click()

  await page.getByRole('button', { name: 'Import from Strong or Hevy…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import workouts for Zoë Hevy' })
  await dialog.getByLabel('Strong or Hevy export (.csv)').setInputFiles(hevyExport)
  await expect(dialog.getByText('Hevy export')).toBeVisible()
  const pushdown = dialog.getByRole('combobox', { name: 'Spotter exercise for Triceps Pushdown' })
  await expect(pushdown).toHaveValue('')
  await expect(dialog.getByRole('combobox', { name: 'Spotter exercise for Squat (Barbell)' })).toHaveValue(
    /^exercise:/
  )
  await pushdown.selectOption({ label: 'Push-up' })
  await dialog.getByRole('button', { name: 'Check the import' }).click()
  await expect(dialog.getByRole('status')).toContainText('Will add 2 sessions')
  await dialog.getByRole('button', { name: 'Import' }).click()
  await expect(page.getByText('Imported 2 sessions and 1 run for Zoë Hevy.')).toBeVisible()

  const sessions = page.getByRole('table', { name: 'Sessions' }).locator('tbody tr')
  await expect(sessions).toHaveCount(2)
  await expect(sessions.nth(0)).toContainText('Mar 11, 2024')
  await expect(sessions.nth(1)).toContainText('Mar 4, 2024')
  await expect(sessions.nth(1)).toContainText('7 sets · 3 ex.')

  await page.getByRole('link', { name: 'Progress', exact: true }).click()
  await expect(page.locator('.recharts-surface').first()).toBeVisible()
  await expect(page.getByText('Barbell back squat').first()).toBeVisible()

  // The same file again adds nothing.
  await page.getByRole('link', { name: 'Log', exact: true }).click()
  await page.getByRole('button', { name: 'Import from Strong or Hevy…' }).click()
  await dialog.getByLabel('Strong or Hevy export (.csv)').setInputFiles(hevyExport)
  await expect(
    dialog.getByRole('combobox', { name: 'Spotter exercise for Triceps Pushdown' })
  ).not.toHaveValue('')
  await dialog.getByRole('button', { name: 'Check the import' }).click()
  await expect(dialog.getByRole('status')).toContainText('Will add 0 sessions')
  await expect(dialog.getByRole('status')).toContainText('2 workouts were imported before')
})

test('an emptied data file opens the recovery screen, which restores the latest good backup', async ({
  page
}) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'spotter-e2e-recovery-'))
  let running = await startSpotter(dataDir)
  try {
    await page.goto(running.app.url)
    await page.getByRole('button', { name: '+ Add client' }).first().click()
    await page.getByRole('dialog').getByLabel('Name').fill('Łukasz Recovered')
    await page.getByRole('dialog').getByRole('button', { name: 'Add client' }).click()
    await openSettings(page)
    await page.getByRole('button', { name: 'Back up now' }).click()
    await expect(page.getByText('Backed up 1 client.')).toBeVisible()
    await stop(running.process)

    writeFileSync(join(dataDir, 'spotter.db'), '')
    rmSync(join(dataDir, 'spotter.db-wal'), { force: true })
    running = await startSpotter(dataDir)
    await page.goto(running.app.url)
    await expect(page.getByRole('heading', { name: 'Spotter can’t open your data' })).toBeVisible()
    await expect(page.getByText('The data file is empty')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Quit Spotter' })).toBeVisible()
    const found: Found = []
    await scan(page, 'recovery screen', found)
    expect(found, found.join('\n')).toEqual([])
    await page.getByRole('button', { name: 'Restore this backup' }).click()
    await expect(page.getByRole('link', { name: 'Łukasz Recovered' })).toBeVisible()
    expect(readdirSync(dataDir).some((name) => name.startsWith('spotter.db.damaged-'))).toBe(true)
  } finally {
    await stop(running.process)
    rmSync(dataDir, { recursive: true, force: true })
  }
})

test('a second Spotter on the same data folder says so in one line and exits', async ({ spotter }) => {
  const second = spawn(process.execPath, ['out/main/web.js'], {
    env: { ...process.env, SPOTTER_DATA_DIR: spotter.dataDir, SPOTTER_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let output = ''
  second.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  second.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const code = await new Promise<number | null>((resolve) => second.on('exit', resolve))
  expect(code).toBe(1)
  expect(output.trim().split('\n')).toEqual([
    expect.stringMatching(/^Spotter is already running on the data folder /)
  ])
})

test('a trainer exports everything and gets one JSON file of the practice', async ({ page, spotter }) => {
  await page.goto(spotter.url)
  await addClient(page, 'Ørsted Export')

  await openSettings(page)
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export everything…' }).click()
  ])
  expect(download.suggestedFilename()).toMatch(/\.json$/)
  const file = JSON.parse(await readFile(await download.path(), 'utf8')) as {
    format: string
    tables: { clients: { rows: unknown[] } }
  }
  expect(file.format).toBe('spotter-export')
  expect(JSON.stringify(file.tables.clients.rows)).toContain('Ørsted Export')
})

test('demo data asks before joining a practice that has clients, and Cancel adds nothing', async ({
  page,
  spotter
}) => {
  await page.goto(spotter.url)
  await addClient(page, 'Ørsted Real')

  await openSettings(page)
  await page.getByRole('button', { name: 'Load demo data' }).click()
  const ask = page.getByRole('dialog', { name: 'Add the demo clients to your practice?' })
  await expect(ask).toContainText('Your practice has 1 client.')
  await ask.getByRole('button', { name: 'Cancel' }).click()
  await expect(ask).toHaveCount(0)

  await page.getByRole('link', { name: 'Clients' }).click()
  await expect(page.getByRole('table', { name: 'Clients' }).getByRole('link')).toHaveCount(1)
  await expect(page.getByText('1 client', { exact: true })).toBeVisible()
})
