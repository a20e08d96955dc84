import type { Locator, Page } from '@playwright/test'
import { addDays, localToday } from '../src/shared/dates'
import { api } from './api'
import { expect, test, type RunningSpotter } from './fixtures'

/** An ISO day `days` before today, in the browser's time zone. */
const daysAgo = (days: number): string => addDays(localToday(), -days)

const sessionRows = (page: Page): Locator => page.getByRole('table', { name: 'Sessions' }).locator('tbody tr')

async function openDemoRunnerLog(page: Page, spotter: RunningSpotter): Promise<void> {
  await page.goto(spotter.url)
  await page.getByRole('button', { name: 'Load demo data' }).click()
  const clients = page.getByRole('table', { name: 'Clients' })
  await expect(clients).toBeVisible()
  await clients.getByRole('link').first().click()
  await page.getByRole('link', { name: 'Log', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Sessions' })).toBeVisible()
  // Demo runners have months of sessions; wait until the list has loaded before counting it.
  await expect(sessionRows(page).first()).toBeVisible()
}

/** Types into the focused input as a trainer would: replace what is there, then move on. */
async function type(page: Page, text: string, key: 'Tab' | 'Enter'): Promise<void> {
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type(text)
  await page.keyboard.press(key)
}

test('a trainer logs sessions from the keyboard, types back a paper sheet, and logs a run and a weight', async ({
  page,
  spotter
}) => {
  test.setTimeout(180_000) // a whole practice is loaded and many screens visited, on a shared machine
  await openDemoRunnerLog(page, spotter)
  const before = await sessionRows(page).count()

  // Start from the program's workout with the keyboard: the start dialog's button has focus.
  await page.getByRole('button', { name: '+ Log session' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'Start logging' })).toBeFocused()
  await page.keyboard.press('Enter')

  // The grid opens on the first exercise's first set, prefilled with the prescription.
  const firstReps = page.getByRole('textbox', { name: /^Reps, .+ set 1$/ }).first()
  await expect(firstReps).toBeFocused()
  const exercise = ((await firstReps.getAttribute('aria-label')) ?? '').replace(/^Reps, (.+) set 1$/, '$1')
  const sets = await page.getByRole('textbox', { name: new RegExp(`^Reps, ${exercise} set \\d+$`) }).count()
  expect(sets).toBeGreaterThan(0)
  await expect(page.getByRole('textbox', { name: `Load (kg), ${exercise} set 1` })).toBeVisible()
  await expect(page.getByRole('checkbox', { name: `Warm-up, ${exercise} set 1` })).toBeVisible()

  // Tab goes reps → load → RPE → the next set; Enter on the last RPE adds a copy of the set.
  for (let set = 1; set <= sets; set++) {
    await expect(page.getByRole('textbox', { name: `Reps, ${exercise} set ${set}` })).toBeFocused()
    await type(page, '8', 'Tab')
    await type(page, String(200 + set * 5), 'Tab')
    await type(page, '7', set === sets ? 'Enter' : 'Tab')
  }
  const added = page.getByRole('textbox', { name: `Reps, ${exercise} set ${sets + 1}` })
  await expect(added).toBeFocused()
  await expect(added).toHaveValue('8')
  await expect(page.getByRole('textbox', { name: `Load (kg), ${exercise} set ${sets + 1}` })).toHaveValue(
    String(200 + sets * 5)
  )
  await type(page, '6', 'Enter')
  await expect(page.getByRole('textbox', { name: `Load (kg), ${exercise} set ${sets + 1}` })).toBeFocused()
  await page.keyboard.press('ControlOrMeta+Enter')

  await expect(page.getByText(/^Saved the session of /)).toBeVisible()
  await expect(sessionRows(page)).toHaveCount(before + 1)

  // Reopen it: what was typed is there, the extra set included.
  await sessionRows(page)
    .first()
    .getByRole('button', { name: /^Open the session of / })
    .click()
  await expect(page.getByRole('textbox', { name: `Reps, ${exercise} set ${sets + 1}` })).toHaveValue('6')
  await expect(page.getByRole('textbox', { name: `RPE, ${exercise} set 1` })).toHaveValue('7')
  await page.getByRole('button', { name: 'Cancel' }).click()

  // A second session, again by keyboard: the next workout is suggested, Enter takes it.
  await page.getByRole('button', { name: '+ Log session' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'Start logging' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('textbox', { name: /^Reps, .+ set 1$/ }).first()).toBeFocused()
  await type(page, '10', 'Tab')
  await page.keyboard.press('ControlOrMeta+Enter')
  await expect(sessionRows(page)).toHaveCount(before + 2)

  // Two weeks typed back from the paper sheet; a slip is shown on its box and nothing is saved.
  await page.getByRole('button', { name: 'Enter from paper' }).click()
  await page
    .getByRole('dialog', { name: 'Enter from paper' })
    .getByRole('button', { name: 'Open the sheet' })
    .click()
  await page.getByLabel('Date, week 1', { exact: true }).fill(daysAgo(15))
  await page.getByLabel('Date, week 2', { exact: true }).fill(daysAgo(8))
  const box = (week: number, set: number): Locator =>
    page.getByRole('textbox', { name: new RegExp(`^Week ${week}, .+ set ${set}$`) }).first()
  await box(1, 1).fill('60x8@7')
  await box(1, 2).fill('60×8')
  await box(2, 1).fill('sixty for 8')
  await box(2, 1).press('ControlOrMeta+Enter')
  await expect(box(2, 1)).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByText('Write load × reps, e.g. 60x8 or 60x8@7')).toBeVisible()
  await box(2, 1).fill('62.5x8@8')
  await page.getByRole('button', { name: 'Save sessions' }).click()
  await expect(page.getByText('Saved 2 sessions, weeks 1, 2.')).toBeVisible()
  await expect(sessionRows(page)).toHaveCount(before + 4)

  // A run and a body weight.
  await page.getByRole('button', { name: '+ Log run' }).click()
  const run = page.getByRole('dialog', { name: 'Log run' })
  await run.getByLabel('Kind').selectOption('long')
  await run.getByLabel('Distance (km)').fill('18.5')
  await run.getByLabel('Time').fill('1:42:30')
  await expect(run.getByText('Pace 5:32 /km')).toBeVisible()
  await run.getByLabel('Average heart rate (bpm)').fill('146')
  await run.getByRole('button', { name: 'Log run' }).click()
  const firstRun = page.getByRole('table', { name: 'Runs' }).locator('tbody tr').first()
  await expect(firstRun).toContainText('18.5 km')
  await expect(firstRun).toContainText('1:42:30')
  await expect(firstRun).toContainText('5:32 /km')

  await page.getByRole('button', { name: '+ Add measurement' }).click()
  const measurement = page.getByRole('dialog', { name: 'Add measurement' })
  await measurement.getByLabel('Measurement').selectOption({ label: 'Body weight (kg)' })
  await measurement.getByLabel('Value (kg)').fill('61.5')
  await measurement.getByRole('button', { name: 'Add measurement' }).click()
  await expect(page.getByRole('table', { name: 'Measurements' }).locator('tbody tr').first()).toContainText(
    '61.5 kg'
  )

  // The progress tab reads the new logs: a new heaviest load, the e1RM line, the weight and the run.
  await page.getByRole('link', { name: 'Progress', exact: true }).click()
  const records = page.getByRole('table', { name: 'Personal records' })
  await expect(records.getByRole('row', { name: new RegExp(exercise) })).toContainText(`${200 + sets * 5} kg`)
  const e1rm = page.getByRole('figure', { name: 'Estimated 1RM' })
  await e1rm.getByLabel('Exercise').selectOption({ label: exercise })
  await expect(e1rm.getByRole('application')).toBeVisible()
  await expect(page.getByRole('figure', { name: 'Body weight' })).toContainText('Latest: 61.5 kg')
  const running = page.getByRole('figure', { name: 'Weekly running' })
  const caption = (await running.locator('figcaption').textContent()) ?? ''
  expect(Number(/Latest week: ([\d.]+) km/.exec(caption)?.[1])).toBeGreaterThanOrEqual(18.5)
})

test('a session is deleted only after confirming', async ({ page, spotter }) => {
  test.setTimeout(120_000) // a whole practice is loaded first, on a shared machine
  await openDemoRunnerLog(page, spotter)
  const before = await sessionRows(page).count()
  expect(before).toBeGreaterThan(0)
  await sessionRows(page)
    .first()
    .getByRole('button', { name: /^Open the session of / })
    .click()
  await page.getByRole('button', { name: 'Delete session…' }).click()
  const confirm = page.getByRole('dialog', { name: 'Delete this session?' })
  await confirm.getByRole('button', { name: 'Cancel' }).click()
  await page.getByRole('button', { name: 'Delete session…' }).click()
  await confirm.getByRole('button', { name: 'Delete session' }).click()
  await expect(sessionRows(page)).toHaveCount(before - 1)
})

test('only the exercise the trainer logged is saved from a prefilled session, and no record appears elsewhere', async ({
  page,
  spotter
}) => {
  test.setTimeout(180_000) // a whole practice is loaded, then two sessions logged and read back
  await openDemoRunnerLog(page, spotter)
  const clientId = Number(/#\/clients\/(\d+)/.exec(page.url())?.[1])
  const before = await api<{ recordSessionIds: number[] }>(page, spotter, 'progress.records', { clientId })
  const count = await sessionRows(page).count()

  await page.getByRole('button', { name: '+ Log session' }).click()
  await page.getByRole('button', { name: 'Start logging' }).click()
  const firstReps = page.getByRole('textbox', { name: /^Reps, .+ set 1$/ }).first()
  await expect(firstReps).toBeFocused()
  const exercise = ((await firstReps.getAttribute('aria-label')) ?? '').replace(/^Reps, (.+) set 1$/, '$1')
  const exercises = await page.locator('.log-exercise-name').allTextContents()
  expect(exercises.length).toBeGreaterThan(3)
  const plan = page.getByRole('status', { name: 'What will be saved' })
  await expect(plan).toHaveText(/^Nothing to save yet\. Not saved, not confirmed yet: /)
  await expect(page.getByRole('button', { name: `Done as prescribed: ${exercise}` })).toBeVisible()

  // Only the first exercise is typed; the rest stay as prescribed.
  await type(page, '6', 'Tab')
  await type(page, '20', 'Tab')
  const sets = await page.getByRole('textbox', { name: new RegExp(`^Reps, ${exercise} set \\d+$`) }).count()
  await expect(plan).toHaveText(
    new RegExp(`^Saves ${sets} sets? of ${exercise}\\. Not saved, not confirmed yet: ${exercises[1]}`)
  )
  await expect(page.getByRole('button', { name: `Leave out ${exercise}` })).toBeVisible()
  await page.keyboard.press('ControlOrMeta+Enter')
  await expect(page.getByText(/^Saved the session of /)).toBeVisible()
  await expect(sessionRows(page)).toHaveCount(count + 1)

  const [latest] = await api<Array<{ id: number; exerciseCount: number; setCount: number }>>(
    page,
    spotter,
    'sessions.list',
    { clientId }
  )
  expect(latest).toMatchObject({ exerciseCount: 1, setCount: sets })
  const saved = await api<{ sets: Array<{ exerciseName: string }> }>(page, spotter, 'sessions.get', {
    id: latest?.id
  })
  expect(new Set(saved.sets.map((s) => s.exerciseName))).toEqual(new Set([exercise]))

  // No exercise but the logged one can have a record from the new session.
  const after = await api<{
    records: Array<{
      exerciseName: string
      heaviest: { sessionId: number } | null
      mostReps: { sessionId: number } | null
    }>
    recordSessionIds: number[]
  }>(page, spotter, 'progress.records', { clientId })
  for (const record of after.records) {
    if (record.exerciseName === exercise) continue
    expect(record.heaviest?.sessionId, record.exerciseName).not.toBe(latest?.id)
    expect(record.mostReps?.sessionId, record.exerciseName).not.toBe(latest?.id)
  }
  expect(
    after.recordSessionIds.filter((id) => !before.recordSessionIds.includes(id)).length
  ).toBeLessThanOrEqual(1)

  // "Done as prescribed" (Alt+D) saves an exercise as it stands; a session with none confirmed saves nothing.
  await page.getByRole('button', { name: '+ Log session' }).click()
  await page.getByRole('button', { name: 'Start logging' }).click()
  await expect(page.getByRole('textbox', { name: /^Reps, .+ set 1$/ }).first()).toBeFocused()
  await page.keyboard.press('ControlOrMeta+Enter')
  await expect(page.getByText(/^Nothing confirmed yet: type what was done/)).toBeVisible()
  await page.keyboard.press('Alt+D')
  await expect(page.getByRole('button', { name: /^Leave out / }).first()).toBeVisible()
  await page.keyboard.press('ControlOrMeta+Enter')
  await expect(sessionRows(page)).toHaveCount(count + 2)
  const [second] = await api<Array<{ exerciseCount: number }>>(page, spotter, 'sessions.list', { clientId })
  expect(second?.exerciseCount).toBe(1)
})
