import { readFile } from 'node:fs/promises'
import { expect, test } from './fixtures'

/** Every page's text of a PDF, read with pdf.js as a PDF reader would. */
async function pdfText(path: string): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const pdf = await getDocument({ data: new Uint8Array(await readFile(path)) }).promise
  const pages: string[] = []
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent()
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '))
  }
  return pages
}

test('a trainer prints a demo client’s program with every option on', async ({ page, spotter }) => {
  await page.goto(spotter.url)
  await page.getByRole('button', { name: 'Load demo data' }).click()
  const table = page.getByRole('table', { name: 'Clients' })
  const first = table.getByRole('link').first()
  const clientName = (await first.textContent()) ?? ''
  await first.click()
  await page.getByRole('link', { name: 'Programs' }).click()
  await page.locator('.program-item a').first().click()
  await expect(page.locator('.rx-name').first()).toBeVisible()
  const exercises = await page.locator('.rx-name').allTextContents()
  expect(exercises.length).toBeGreaterThan(3)

  await page.getByRole('button', { name: 'Print handout…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Print handout' })
  await dialog.getByLabel('Log sheets to fill in').check()
  await dialog.getByLabel('Weeks of log sheets').fill('12')
  for (const option of [
    'Exercise instruction pages',
    'The week plan, when the client has one',
    'A page of training guidance'
  ]) {
    await expect(dialog.getByLabel(option)).toBeChecked()
  }
  await dialog.getByRole('button', { name: 'Preview' }).click()
  await expect(dialog.getByRole('img', { name: /^Handout page 1 of \d+$/ })).toBeVisible()

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Save PDF…' }).click()
  ])
  expect(download.suggestedFilename()).toMatch(/ – .+\.pdf$/)
  const pages = await pdfText(await download.path())
  const all = pages.join('\n')
  expect(all).toContain(clientName)
  for (const exercise of new Set(exercises)) expect(all).toContain(exercise)
  pages.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${pages.length}`))
  expect(all).toMatch(/Getting the most from your strength training/)
})

test('log sheets start at this week of the program, or the week the trainer picks', async ({
  page,
  spotter
}) => {
  const exports: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('handouts.export')) exports.push(request.url())
  })
  await page.goto(spotter.url)
  await page.getByRole('button', { name: 'Load demo data' }).click()
  await page.getByRole('table', { name: 'Clients' }).getByRole('link').first().click()
  await page.getByRole('link', { name: 'Programs' }).click()
  await page.locator('.program-item a').first().click()
  await page.getByRole('button', { name: 'Print handout…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Print handout' })
  const fromWeek = dialog.getByLabel('From week')
  const weeks = dialog.getByLabel('Weeks of log sheets')

  // The demo program is under way: the sheets start at the week containing today.
  const today = dialog.getByText(/^This week is week \d+ of \d+$/)
  await expect(fromWeek).toHaveAccessibleDescription(/^This week is week \d+ of \d+$/)
  const [current = 0, last = 0] = ((await today.textContent())?.match(/\d+/g) ?? []).map(Number)
  expect(current).toBeGreaterThan(1)
  await expect(fromWeek).toHaveValue(String(current))
  await expect(weeks).toHaveValue('4')
  const summary = dialog.getByRole('status').filter({ hasText: /^Weeks? \d/ })
  await expect(summary).toContainText(`${current}–${Math.min(current + 3, last)}`)

  // Mistakes show under their field, and nothing is exported.
  const mistakes: Array<[string, string]> = [
    ['0', 'At least 1 week'],
    ['-1', 'At least 1 week'],
    ['1.5', 'Enter a whole number like 8'],
    ['', 'Weeks of log sheets are required']
  ]
  for (const [typed, message] of mistakes) {
    await weeks.fill(typed)
    await expect(weeks).toHaveAccessibleDescription(message)
    await expect(weeks).toHaveAttribute('aria-invalid', 'true')
  }
  await dialog.getByRole('button', { name: 'Save PDF…' }).click()
  await expect(weeks).toBeFocused()
  await fromWeek.fill(String(last + 1))
  await expect(fromWeek).toHaveAccessibleDescription(new RegExp(`From week can be at most ${last}$`))
  expect(exports).toEqual([])

  // More weeks than are left: the sheets run to the program's end, and the dialog says so.
  const from = last - 2
  await fromWeek.fill(String(from))
  await weeks.fill('100')
  await expect(summary).toContainText(`Weeks ${from}–${last} (the program ends in week ${last})`)
  await dialog.getByRole('button', { name: 'Preview' }).click()
  await expect(dialog.getByRole('img', { name: /^Handout page 1 of \d+$/ })).toBeVisible()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Save PDF…' }).click()
  ])
  const text = (await pdfText(await download.path())).join('\n')
  expect(text).toContain(`LOG SHEET · WEEKS ${from}–${last}`)
  expect(text).toMatch(new RegExp(`Week ${last}\\b`))
  expect(text).not.toMatch(new RegExp(`Week ${last + 1}\\b`))
  expect(text).not.toContain('WEEKS 1–')
  expect(exports).toHaveLength(1)
})

test('an empty workout is left out with a note, and unchecking every workout disables export', async ({
  page,
  spotter
}) => {
  await page.goto(spotter.url)
  await page.getByRole('button', { name: 'Add client' }).first().click()
  const form = page.getByRole('dialog', { name: 'Add client' })
  await form.getByLabel('Name').fill('Σοφία Παπαδοπούλου')
  await form.getByRole('button', { name: 'Add client' }).click()
  await page.getByRole('link', { name: 'Programs' }).click()
  await page.getByRole('button', { name: '+ New program' }).click()
  const dialog = page.getByRole('dialog', { name: 'New program' })
  await dialog.getByLabel('Start from').selectOption({ label: 'Runner upper body' })
  await dialog.getByRole('button', { name: 'Create program' }).click()
  await page.getByRole('button', { name: '+ Add workout' }).click()
  await expect(page.getByRole('region', { name: 'Workout Workout B' })).toBeVisible()

  await page.getByRole('button', { name: 'Print handout…' }).click()
  const handout = page.getByRole('dialog', { name: 'Print handout' })
  const workouts = handout.getByRole('group', { name: 'Workouts' })
  await expect(workouts.getByText('“Workout B” has no exercises yet, so it is left out.')).toBeVisible()
  await expect(workouts.getByRole('checkbox')).toHaveCount(1)
  await workouts.getByRole('checkbox', { name: 'Upper body' }).uncheck()
  await expect(handout.getByText('Choose at least one workout to print.')).toBeVisible()
  await expect(handout.getByRole('button', { name: 'Preview' })).toBeDisabled()
  await expect(handout.getByRole('button', { name: 'Save PDF…' })).toBeDisabled()
  await workouts.getByRole('checkbox', { name: 'Upper body' }).check()
  await expect(handout.getByRole('button', { name: 'Save PDF…' })).toBeEnabled()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    handout.getByRole('button', { name: 'Save PDF…' }).click()
  ])
  const text = (await pdfText(await download.path())).join('\n')
  expect(text).toContain('Upper body')
  expect(text).not.toContain('Workout B')
})
