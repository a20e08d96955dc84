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
  await dialog.getByLabel('Log sheets for').check()
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
