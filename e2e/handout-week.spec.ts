import { readFile } from 'node:fs/promises'
import { addDays, localToday, nextMonday } from '../src/shared/dates'
import { expect, test } from './fixtures'

// Each test builds a client, a program and a plan through the UI: give it room on a busy machine.
test.describe.configure({ timeout: 150_000 })

/** The PDF's text, page by page, read with pdf.js. */
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

test('the handout prints the week grid, the race phases and the taper weeks', async ({ page, spotter }) => {
  // An 8-week program from next Monday to a half marathon on its last Sunday.
  const today = localToday()
  const monday = nextMonday(today)
  const raceDay = addDays(monday, 55)

  await page.goto(spotter.url)
  await page.getByRole('button', { name: 'Add client' }).first().click()
  const form = page.getByRole('dialog', { name: 'Add client' })
  await form.getByLabel('Name').fill('Ørsted Dahl')
  await form.getByLabel('Next race').fill('Copenhagen Half')
  await form.getByLabel('Race date').fill(raceDay)
  await form.getByLabel('Race distance (km)').fill('21.1')
  await form.getByRole('button', { name: 'Add client' }).click()
  await page.getByRole('link', { name: 'Programs' }).click()
  await page.getByRole('button', { name: '+ New program' }).click()
  const dialog = page.getByRole('dialog', { name: 'New program' })
  await dialog.getByLabel('Start from').selectOption({ label: 'Runner lower body' })
  await dialog.getByLabel('Start date').fill(monday)
  await dialog.getByLabel('Length (weeks)').fill('8')
  await dialog.getByRole('button', { name: 'Create program' }).click()
  await expect(page.getByText('Started from “Runner lower body”.')).toBeVisible()
  // The builder shows each week's phase.
  const phases = page.getByRole('list', { name: 'Program weeks and their phases' })
  await expect(phases.getByRole('listitem')).toHaveCount(8)
  await expect(phases.getByRole('listitem').nth(0)).toContainText('Build')
  await expect(phases.getByRole('listitem').nth(6)).toContainText('Taper')
  await expect(phases.getByRole('listitem').nth(7)).toContainText('Race week')

  await page.getByRole('link', { name: 'Week plan' }).click()
  await page.getByLabel('Tuesday run').selectOption('quality')
  await page.getByLabel('Tuesday quality session').selectOption('tempo')
  await page.getByLabel('Thursday run').selectOption('easy')
  await page.getByLabel('Add a workout on Thursday').selectOption({ label: 'Lower body' })
  await page.getByLabel('Sunday run').selectOption('long')
  await page.getByLabel('Sunday distance (km)').fill('16')
  await page.getByLabel('Sunday distance (km)').press('Enter')
  await expect(page.getByLabel('Sunday distance (km)')).toHaveValue('16')

  await page.getByRole('link', { name: 'Programs' }).click()
  await page.locator('.program-item a').first().click()
  await page.getByRole('button', { name: 'Print handout…' }).click()
  const handout = page.getByRole('dialog', { name: 'Print handout' })
  await handout.getByLabel('Log sheets to fill in').check()
  await expect(handout.getByLabel('From week')).toHaveValue('1')
  await handout.getByLabel('Weeks of log sheets').fill('8')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    handout.getByRole('button', { name: 'Save PDF…' }).click()
  ])
  const text = (await pdfText(await download.path())).join('\n')
  expect(text).toContain('Your week')
  for (const line of [
    'Monday',
    'Rest day',
    'Tuesday',
    'Tempo run',
    'Thursday',
    'Easy run',
    'Lower body',
    'Sunday',
    'Long run, 16 km'
  ]) {
    expect(text).toContain(line)
  }
  expect(text).toContain('Training phases: Weeks 1–4 Build · 5–6 Peak · 7–8 Taper')
  expect(text).toMatch(/Week 7\s+Taper/)
  expect(text).toMatch(/Week 8\s+Race week/)
  expect(text).toContain('Skip')
  expect(text).toContain('Move like a runner')
})
