import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import ICAL from 'ical.js'
import { scan, type Found } from './axe'
import { expect, test } from './fixtures'
import { pickUp } from './steps'

// Each test builds a client, a program and a plan through the UI: give it room on a busy machine.
test.describe.configure({ timeout: 150_000 })

/** A new client with an active "Runner lower body" program, on their Week plan tab. */
async function clientWithProgram(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Add client' }).first().click()
  const form = page.getByRole('dialog', { name: 'Add client' })
  await form.getByLabel('Name').fill(name)
  await form.getByLabel('Priority').selectOption('running')
  await form.getByRole('button', { name: 'Add client' }).click()
  await page.getByRole('link', { name: 'Programs' }).click()
  await page.getByRole('button', { name: '+ New program' }).click()
  const dialog = page.getByRole('dialog', { name: 'New program' })
  await dialog.getByLabel('Start from').selectOption({ label: 'Runner lower body' })
  await dialog.getByRole('button', { name: 'Create program' }).click()
  await expect(page.getByText('Started from “Runner lower body”.')).toBeVisible()
  await page.getByRole('link', { name: 'Week plan' }).click()
  await expect(page.getByRole('heading', { name: 'Checks' })).toBeVisible()
}

const day = (page: Page, name: string) => page.getByRole('region', { name, exact: true })
const checks = (page: Page) => page.getByRole('list', { name: 'Week plan checks' })

test('lower body the day before the long run is flagged, and moving it after an easy run clears it', async ({
  page,
  spotter
}) => {
  await page.goto(spotter.url)
  await clientWithProgram(page, 'Zoë Łukasz-Ørsted')

  // The week, from the keyboard-friendly controls: each change saves as it is made.
  const runs: Array<[string, string]> = [
    ['Tuesday', 'quality'],
    ['Wednesday', 'easy'],
    ['Thursday', 'easy'],
    ['Friday', 'easy'],
    ['Saturday', 'long']
  ]
  for (const [name, kind] of runs) await page.getByLabel(`${name} run`).selectOption(kind)
  await page.getByLabel('Tuesday quality session').selectOption('intervals')
  await page.getByLabel('Saturday distance (km)').fill('18')
  await page.getByLabel('Saturday distance (km)').press('Enter')
  await page.getByLabel('Add a workout on Friday').selectOption({ label: 'Lower body' })
  await expect(day(page, 'Friday').getByRole('list', { name: 'Strength on Friday' })).toContainText(
    'Lower body'
  )

  const warning = checks(page)
    .getByRole('listitem')
    .filter({ hasText: 'Friday’s Lower body is the day before Saturday’s long run' })
  await expect(warning).toBeVisible()
  await expect(warning).toContainText('Warning')
  await expect(day(page, 'Friday')).toContainText('⚠ 1 warning · 1 note')

  // The help panel beside the plan explains the rule the warning comes from.
  await warning.getByRole('link', { name: 'Why?' }).click()
  await expect(page.getByRole('complementary', { name: 'How Spotter reads a week' })).toContainText(
    'Fresh legs for hard runs'
  )
  await expect(page.locator('#rule-strength-before-hard')).toBeFocused()

  // Move it to Thursday, after an easy run with an easy day next: the warning goes.
  await page.getByLabel('Move Lower body from Friday to').selectOption({ label: 'Thursday' })
  await expect(day(page, 'Thursday').getByRole('list', { name: 'Strength on Thursday' })).toContainText(
    'Lower body'
  )
  await expect(warning).toHaveCount(0)
  await expect(checks(page)).not.toContainText('day before')
  await day(page, 'Thursday').getByLabel('Run first').check()
  await expect(checks(page).getByRole('listitem').filter({ hasText: 'Warning' })).toHaveCount(1) // only frequency
  await expect(checks(page)).toContainText('Only one strength session (Thursday)')

  // Everything was saved: a reload shows the same week.
  await page.reload()
  await expect(page.getByLabel('Saturday run')).toHaveValue('long')
  await expect(page.getByLabel('Saturday distance (km)')).toHaveValue('18')
  await expect(day(page, 'Thursday').getByLabel('Run first')).toBeChecked()
})

test('removing a workout can be undone, and bad input names the field', async ({ page, spotter }) => {
  await page.goto(spotter.url)
  await clientWithProgram(page, 'Łukasz Nowak')
  await page.getByLabel('Monday run').selectOption('easy')
  const distance = page.getByLabel('Monday distance (km)')
  await distance.fill('0')
  await distance.press('Enter')
  await expect(day(page, 'Monday').getByRole('alert')).toHaveText('Enter a distance above zero')
  await distance.fill('8')
  await distance.press('Enter')
  await expect(day(page, 'Monday').getByRole('alert')).toHaveCount(0)

  await page.getByLabel('Add a workout on Wednesday').selectOption({ label: 'Lower body' })
  await page.getByRole('button', { name: 'Remove Lower body from Wednesday' }).click()
  await expect(day(page, 'Wednesday')).toContainText('No strength')
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click()
  await expect(day(page, 'Wednesday').getByRole('list', { name: 'Strength on Wednesday' })).toContainText(
    'Lower body'
  )
})

test('workouts are placed and moved by drag and drop, from the keyboard too, and each step is announced', async ({
  page,
  spotter
}) => {
  await page.goto(spotter.url)
  await clientWithProgram(page, 'Ama Mensah')
  const said = (text: string) => page.locator('[aria-live]').filter({ hasText: text })

  // From the program's list onto Wednesday with the keyboard: Space, → three days, Space.
  const inProgram = page.getByRole('button', { name: 'Lower body: drag onto a day' })
  await inProgram.focus()
  await pickUp(page, inProgram)
  for (const name of ['Monday', 'Tuesday', 'Wednesday']) {
    await page.keyboard.press('ArrowRight')
    await expect(said(`Lower body is over ${name}.`)).toHaveCount(1)
  }
  await page.keyboard.press('Space')
  await expect(said('Placed Lower body on Wednesday.')).toHaveCount(1)
  await expect(day(page, 'Wednesday').getByRole('list', { name: 'Strength on Wednesday' })).toContainText(
    'Lower body'
  )

  // On to Thursday from the day itself; focus follows the workout to its new day.
  const onWednesday = day(page, 'Wednesday').getByRole('button', { name: 'Lower body', exact: true })
  await onWednesday.focus()
  await pickUp(page, onWednesday)
  await page.keyboard.press('ArrowRight')
  await expect(said('Lower body is over Thursday.')).toHaveCount(1)
  await page.keyboard.press('Space')
  await expect(said('Moved Lower body to Thursday.')).toHaveCount(1)
  await expect(day(page, 'Wednesday')).toContainText('No strength')
  const onThursday = day(page, 'Thursday').getByRole('button', { name: 'Lower body', exact: true })
  await expect(onThursday).toBeFocused()

  // Escape cancels a keyboard move, leaving the workout where it was.
  await pickUp(page, onThursday)
  await page.keyboard.press('ArrowRight')
  await expect(said('Lower body is over Friday.')).toHaveCount(1)
  await page.keyboard.press('Escape')
  await expect(said('Move cancelled. Lower body stays on Thursday.')).toHaveCount(1)

  // And with the mouse: from Thursday onto Saturday.
  const from = await onThursday.boundingBox()
  const to = await day(page, 'Saturday').boundingBox()
  if (!from || !to) throw new Error('The workout or the day is not on screen')
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await page.mouse.down()
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2, { steps: 3 })
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 })
  await page.mouse.up()
  await expect(day(page, 'Saturday').getByRole('list', { name: 'Strength on Saturday' })).toContainText(
    'Lower body'
  )
  await expect(day(page, 'Thursday')).toContainText('No strength')
})

test('the week exports to a calendar file, one event per run and strength session', async ({
  page,
  spotter
}) => {
  await page.goto(spotter.url)
  await clientWithProgram(page, 'Дмитрий Соколов')
  await page.getByLabel('Tuesday run').selectOption('quality')
  await page.getByLabel('Saturday run').selectOption('long')
  await page.getByLabel('Add a workout on Thursday').selectOption({ label: 'Lower body' })
  await expect(day(page, 'Thursday').getByRole('list', { name: 'Strength on Thursday' })).toContainText(
    'Lower body'
  )

  await page.getByRole('button', { name: 'Export to calendar…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export to calendar' })
  const found: Found = []
  await scan(page, 'calendar export dialog', found, 'dialog[open]')
  expect(found, found.join('\n')).toEqual([])
  await dialog.getByLabel('Weeks').fill('0')
  await dialog.getByRole('button', { name: 'Export calendar' }).click()
  await expect(dialog.getByRole('alert')).toHaveText('At least one week')
  await dialog.getByLabel('Weeks').fill('3')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export calendar' }).click()
  ])
  expect(download.suggestedFilename()).toBe('Дмитрий Соколов – week plan.ics')
  const calendar = new ICAL.Component(ICAL.parse(await readFile(await download.path(), 'utf8')) as unknown[])
  const titles = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event).summary)
  expect(titles).toHaveLength(9)
  expect(titles.filter((title) => title === 'Long run')).toHaveLength(3)
  expect(titles.filter((title) => title.startsWith('Lower body · 6 exercises'))).toHaveLength(3)
})
