import { expect, test } from '../e2e/fixtures'
import { programFromTemplate, submitClientMistakes } from '../e2e/steps'

for (const theme of ['light', 'dark'] as const) {
  test(`screens in the ${theme} theme`, async ({ page, spotter }) => {
    await page.emulateMedia({ colorScheme: theme })
    await page.goto(spotter.url)
    await page.getByRole('button', { name: 'Load demo data' }).click()
    await expect(page.getByRole('table', { name: 'Clients' })).toBeVisible()
    await page.screenshot({ path: `docs/screenshots/clients-${theme}.png` })

    await page.getByRole('table', { name: 'Clients' }).getByRole('button', { name: 'Injuries' }).click()
    const injured = page
      .locator('tbody tr')
      .filter({ has: page.locator('td:nth-child(6) .badge', { hasText: 'achilles' }) })
      .first()
    await injured.getByRole('link').click()
    await expect(page.getByRole('heading', { name: 'Running profile' })).toBeVisible()
    await page.screenshot({ path: `docs/screenshots/client-${theme}.png` })

    await page.getByRole('link', { name: 'Programs' }).click()
    await page.locator('.program-item a').first().click()
    await expect(page.locator('.rx').first()).toBeVisible()
    const second = page.locator('.rx').nth(1)
    const link = second.getByRole('button', { name: /^Superset .* with the exercise above$/ })
    if (await link.count()) await link.click()
    await expect(page.locator('.rx.in-superset').first()).toBeVisible()
    await page.setViewportSize({ width: 1280, height: 1500 })
    await page.screenshot({ path: `docs/screenshots/builder-${theme}.png` })
    await page.setViewportSize({ width: 1280, height: 800 })

    await page.getByRole('button', { name: 'Print handout…' }).click()
    const handout = page.getByRole('dialog', { name: 'Print handout' })
    await handout.getByRole('button', { name: 'Preview' }).click()
    await expect(handout.getByRole('img', { name: /^Handout page 1 of/ })).toBeVisible()
    await page.screenshot({ path: `docs/screenshots/handout-dialog-${theme}.png` })
    await handout.getByRole('button', { name: 'Close' }).click()

    await page.getByRole('link', { name: 'Log', exact: true }).click()
    await expect(page.getByRole('heading', { name: 'Sessions' })).toBeVisible()
    await page.screenshot({ path: `docs/screenshots/log-${theme}.png` })
    await page
      .getByRole('button', { name: /^Open the session of/ })
      .first()
      .click()
    await page.screenshot({ path: `docs/screenshots/log-session-${theme}.png` })
    await page.getByRole('button', { name: '← Back to the log' }).click()
    await page.getByRole('button', { name: 'Enter from paper' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Open the sheet' }).click()
    await page.screenshot({ path: `docs/screenshots/log-paper-${theme}.png` })
    await page.getByRole('button', { name: '← Back to the log' }).click()
    await page.getByRole('link', { name: 'Progress', exact: true }).click()
    await expect(page.locator('.recharts-surface').first()).toBeVisible()
    await page.setViewportSize({ width: 1280, height: 1600 })
    await page.screenshot({ path: `docs/screenshots/progress-${theme}.png` })
    await page.setViewportSize({ width: 1280, height: 800 })

    await page.getByRole('link', { name: 'Exercise library' }).click()
    await expect(page.getByRole('heading', { name: 'Exercise library' })).toBeVisible()
    await page.screenshot({ path: `docs/screenshots/library-${theme}.png` })
    await page.getByRole('link', { name: 'Barbell back squat' }).first().click()
    await expect(page.getByRole('heading', { name: 'Barbell back squat' })).toBeVisible()
    await page.screenshot({ path: `docs/screenshots/exercise-${theme}.png`, fullPage: true })

    await page.getByRole('link', { name: 'Settings' }).click()
    await expect(page.getByRole('heading', { name: 'Trainer profile' })).toBeVisible()
    await page.screenshot({ path: `docs/screenshots/settings-${theme}.png` })

    await page.getByRole('link', { name: 'Clients' }).click()
    await page.getByRole('button', { name: '+ Add client' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Add client' }).click()
    await page.screenshot({ path: `docs/screenshots/client-form-${theme}.png` })
  })
}

test('first run', async ({ page, spotter }) => {
  await page.setViewportSize({ width: 1024, height: 700 })
  await page.goto(spotter.url)
  await expect(page.getByRole('heading', { name: 'Welcome to Spotter' })).toBeVisible()
  await page.screenshot({ path: 'docs/screenshots/first-run-1024.png' })
})

for (const theme of ['light', 'dark'] as const) {
  test(`runner week screens in the ${theme} theme`, async ({ page, spotter }) => {
    await page.emulateMedia({ colorScheme: theme })
    await page.goto(spotter.url)
    await page.getByRole('button', { name: 'Load demo data' }).click()
    const table = page.getByRole('table', { name: 'Clients' })
    await expect(table).toBeVisible()

    // A racer whose program has a lower-body workout, with lower body moved next to the long run.
    const links = table.getByRole('link')
    const count = await links.count()
    let found = false
    for (let i = 0; i < count && !found; i++) {
      await page.goto(spotter.url)
      await table.getByRole('link').nth(i).click()
      await page.getByRole('link', { name: 'Week plan' }).click()
      await expect(page.getByRole('heading', { name: 'Checks' })).toBeVisible()
      const runs = await page
        .locator('select[aria-label$=" run"]')
        .evaluateAll((selects) =>
          selects.map((s) => [
            s.getAttribute('aria-label')?.replace(/ run$/, '') ?? '',
            (s as HTMLSelectElement).value
          ])
        )
      const long = runs.findIndex(([, kind]) => kind === 'long')
      const before = runs[(long + runs.length - 1) % runs.length]?.[0]
      const canPlace = before ? await page.getByLabel(`Add a workout on ${before}`).count() : 0
      if (long < 0 || !before || canPlace === 0) continue
      const options = await page.getByLabel(`Add a workout on ${before}`).locator('option').allTextContents()
      if (!options.includes('Lower body')) continue
      await page.getByLabel(`Add a workout on ${before}`).selectOption({ label: 'Lower body' })
      found = true
    }
    expect(found).toBe(true)
    await expect(page.getByRole('list', { name: 'Week plan checks' })).toContainText('Warning')
    // The app scrolls inside its shell, so a tall window shows the whole week.
    await page.setViewportSize({ width: 1280, height: 1750 })
    await page.screenshot({ path: `docs/screenshots/week-plan-${theme}.png` })
    await page.getByRole('complementary', { name: 'How Spotter reads a week' }).screenshot({
      path: `docs/screenshots/week-help-${theme}.png`
    })
    await page.setViewportSize({ width: 1280, height: 800 })

    await page.getByRole('link', { name: 'Race tools' }).click()
    await page.getByLabel('Distance').selectOption({ label: '10 km' })
    await page.getByLabel('Time').fill('44:30')
    await expect(page.getByRole('table', { name: 'Race predictions' })).toBeVisible()
    await page.setViewportSize({ width: 1280, height: 1000 })
    await page.screenshot({ path: `docs/screenshots/race-tools-${theme}.png` })
  })

  test(`plain errors in the ${theme} theme`, async ({ page, spotter }) => {
    await page.emulateMedia({ colorScheme: theme })
    await page.goto(spotter.url)
    await page.getByRole('button', { name: 'Add client' }).first().click()
    const form = page.getByRole('dialog', { name: 'Add client' })
    await form.getByLabel('Name').fill('Ingrid Halvorsen')
    await form.getByLabel('Birth date').fill('2031-05-01')
    await form.getByRole('button', { name: 'Add client' }).click()
    await expect(form.getByText('A birth date must be in the past')).toBeVisible()
    await page.screenshot({ path: `docs/screenshots/client-form-refused-${theme}.png` })
  })

  test(`data safety screens in the ${theme} theme`, async ({ page, spotter }) => {
    test.setTimeout(240_000)
    await page.emulateMedia({ colorScheme: theme })
    await page.goto(spotter.url)
    await page.getByRole('button', { name: 'Load demo data' }).click()
    await expect(page.getByRole('table', { name: 'Clients' })).toBeVisible()
    await page.getByRole('link', { name: 'Settings' }).click()
    await page.getByRole('button', { name: 'Back up now' }).click()
    await expect(page.getByText(/^Backed up \d+ clients\.$/)).toBeVisible()
    await expect(page.getByRole('button', { name: 'Back up now' })).toBeEnabled()
    await page.getByRole('button', { name: 'Back up now' }).click()
    await expect(page.getByRole('button', { name: 'Back up now' })).toBeEnabled()
    // The toasts fade on their own; the section is shown whole, without them.
    await expect(page.getByText(/^Backed up \d+ clients\.$/)).toHaveCount(0, { timeout: 20_000 })
    await page.setViewportSize({ width: 1280, height: 1180 })
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.screenshot({ path: `docs/screenshots/data-settings-${theme}.png` })
    await page.setViewportSize({ width: 1280, height: 800 })

    await page.getByRole('button', { name: 'Restore…' }).click()
    const restore = page.getByRole('dialog', { name: 'Restore a backup' })
    await restore.getByRole('radio').first().check()
    await page.screenshot({ path: `docs/screenshots/data-restore-${theme}.png` })
    await restore.getByRole('button', { name: 'Cancel' }).click()

    await page.getByRole('link', { name: 'Clients' }).click()
    await page.getByRole('table', { name: 'Clients' }).getByRole('link').first().click()
    await page.getByRole('link', { name: 'Log', exact: true }).click()
    await page.getByRole('button', { name: 'Import from Strong or Hevy…' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('Strong or Hevy export (.csv)').setInputFiles('test/fixtures/imports/hevy-kg.csv')
    await expect(dialog.getByText('Hevy export')).toBeVisible()
    await dialog
      .getByRole('combobox', { name: 'Spotter exercise for Triceps Pushdown' })
      .scrollIntoViewIfNeeded()
    await page.screenshot({ path: `docs/screenshots/data-import-mapping-${theme}.png` })
  })
}

test('the recovery screen in both themes', async ({ page }) => {
  test.setTimeout(240_000)
  const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs')
  const { tmpdir } = await import('node:os')
  const path = await import('node:path')
  const { startSpotter } = await import('../e2e/fixtures')
  const dataDir = mkdtempSync(path.join(tmpdir(), 'spotter-shots-'))
  let running = await startSpotter(dataDir)
  await page.goto(running.app.url)
  await page.getByRole('button', { name: 'Load demo data' }).click()
  await expect(page.getByRole('table', { name: 'Clients' })).toBeVisible()
  await page.getByRole('link', { name: 'Settings' }).click()
  await page.getByRole('button', { name: 'Back up now' }).click()
  await expect(page.getByText(/^Backed up \d+ clients\.$/)).toBeVisible()
  running.process.kill('SIGTERM')
  await new Promise((resolve) => running.process.once('exit', resolve))
  writeFileSync(path.join(dataDir, 'spotter.db'), '')
  rmSync(path.join(dataDir, 'spotter.db-wal'), { force: true })
  running = await startSpotter(dataDir)
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme })
    await page.goto(running.app.url)
    await expect(page.getByRole('heading', { name: 'Spotter can’t open your data' })).toBeVisible()
    await page.screenshot({ path: `docs/screenshots/data-recovery-${theme}.png` })
  }
  running.process.kill('SIGTERM')
  await new Promise((resolve) => running.process.once('exit', resolve))
  rmSync(dataDir, { recursive: true, force: true })
})

for (const theme of ['light', 'dark'] as const) {
  test(`the client list at 1024×700 in the ${theme} theme`, async ({ page, spotter }) => {
    await page.emulateMedia({ colorScheme: theme })
    await page.setViewportSize({ width: 1024, height: 700 })
    await page.goto(spotter.url)
    await page.getByRole('button', { name: 'Load demo data' }).click()
    await expect(page.getByRole('table', { name: 'Clients' }).locator('tbody tr').first()).toBeVisible()
    await page.screenshot({ path: `docs/screenshots/clients-1024-${theme}.png` })
  })

  test(`forms with errors in the ${theme} theme`, async ({ page, spotter }) => {
    test.setTimeout(120_000)
    await page.emulateMedia({ colorScheme: theme })
    await page.goto(spotter.url)
    const shot = (name: string) => page.screenshot({ path: `docs/screenshots/forms-${name}-${theme}.png` })

    await page.getByRole('button', { name: 'Add client' }).first().click()
    const client = page.getByRole('dialog', { name: 'Add client' })
    await submitClientMistakes(page, client)
    await expect(client.getByRole('alert')).toHaveCount(6)
    await shot('client')
    await client.getByLabel('Name').fill('Ana Okafor')
    for (const label of ['E-mail', 'Height (cm)', /^Weekly distance/, 'Target time'])
      await client.getByLabel(label).fill('')
    await client.getByLabel('Birth date').fill('1990-02-28')
    await client.getByRole('button', { name: 'Add client' }).click()
    await expect(page.getByRole('heading', { name: 'Ana Okafor' })).toBeVisible()

    await page.getByRole('button', { name: '+ Add injury' }).click()
    const injury = page.getByRole('dialog', { name: 'Add injury or limitation' })
    await injury.getByLabel('Since').fill('2026-10-01')
    await injury.getByLabel('Resolved on').fill('2026-09-01')
    await injury.getByRole('button', { name: 'Add injury' }).click()
    await expect(injury.getByRole('alert')).toHaveCount(2)
    await shot('injury')
    await injury.getByRole('button', { name: 'Cancel' }).click()

    await page.getByRole('link', { name: 'Log', exact: true }).click()
    await page.getByRole('button', { name: '+ Log run' }).click()
    const run = page.getByRole('dialog', { name: 'Log run' })
    await run.getByLabel(/^Distance/).fill('-3')
    await run.getByLabel('Time').fill('long')
    await run.getByLabel('Average heart rate (bpm)').fill('400')
    await run.getByLabel('Effort (1–10)').fill('11')
    await run.getByRole('button', { name: 'Log run' }).click()
    await expect(run.getByRole('alert')).toHaveCount(4)
    await shot('run')
    await run.getByRole('button', { name: 'Cancel' }).click()

    await page.getByRole('button', { name: '+ Add measurement' }).click()
    const measurement = page.getByRole('dialog', { name: 'Add measurement' })
    await measurement.getByLabel(/^Value/).fill('1e9')
    await measurement.getByRole('button', { name: 'Add measurement' }).click()
    await expect(measurement.getByRole('alert')).toHaveCount(1)
    await shot('measurement')
    await measurement.getByRole('button', { name: '+ New measurement kind…' }).click()
    const kind = page.getByRole('dialog', { name: 'New measurement kind' })
    await kind.getByRole('button', { name: 'Add kind' }).click()
    await expect(kind.getByRole('alert')).toHaveCount(2)
    await shot('measurement-kind')
    await kind.getByRole('button', { name: 'Cancel' }).click()
    await measurement.getByRole('button', { name: 'Cancel' }).click()

    await programFromTemplate(page, 'Runner lower body')
    const sets = page.getByLabel('Most sets of Barbell back squat')
    await sets.fill('25')
    await sets.press('Tab')
    const tempo = page.getByLabel('Tempo for Barbell back squat')
    await tempo.fill('slow')
    await tempo.press('Tab')
    await page.getByLabel('Workout name').first().fill('')
    await page.getByLabel('Workout name').first().press('Enter')
    await expect(page.locator('.inline-error')).toHaveCount(3)
    await page.setViewportSize({ width: 1280, height: 1000 })
    await shot('builder')
    await page.setViewportSize({ width: 1280, height: 800 })

    await page.getByRole('link', { name: 'Settings' }).click()
    await page.getByLabel('E-mail').fill('coach@')
    await page.getByLabel('Your name').fill('x'.repeat(130))
    await page.getByRole('button', { name: 'Save profile' }).click()
    await expect(page.getByLabel('Your name')).toBeFocused()
    await shot('settings')
  })
}
