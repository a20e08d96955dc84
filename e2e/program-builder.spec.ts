import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { addInjury, pickUp } from './steps'

async function addClientWithKneeInjury(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Add client' }).first().click()
  const form = page.getByRole('dialog', { name: 'Add client' })
  await form.getByLabel('Name').fill('Zoë Łukasz-Ørsted')
  await form.getByRole('button', { name: 'Add client' }).click()
  await addInjury(page, 'knee')
}

const row = (page: Page, exercise: string) =>
  page.getByRole('listitem', { name: new RegExp(`^[A-Z]\\d ${exercise}$`) })
const order = async (page: Page): Promise<string[]> =>
  await page.locator('.rx').evaluateAll((items) => items.map((item) => item.getAttribute('aria-label') ?? ''))

test('a trainer builds an injury-aware program from a runner template', async ({ page, spotter }) => {
  test.setTimeout(180_000) // many edits, each saved and drawn again, on a shared machine
  await page.goto(spotter.url)
  await addClientWithKneeInjury(page)

  await page.getByRole('link', { name: 'Programs' }).click()
  await page.getByRole('button', { name: '+ New program' }).click()
  const dialog = page.getByRole('dialog', { name: 'New program' })
  await dialog.getByLabel('Start from').selectOption({ label: 'Runner lower body' })
  await dialog.getByRole('button', { name: 'Create program' }).click()
  await expect(page.getByText('Started from “Runner lower body”.')).toBeVisible()
  await expect(row(page, 'Barbell back squat')).toBeVisible()

  // 4 × 6–8 at 70 % of a 100 kg 1RM is 70 kg.
  const squat = row(page, 'Barbell back squat')
  await squat.getByLabel('Fewest sets of Barbell back squat').fill('4')
  await squat.getByLabel('Most sets of Barbell back squat').fill('4')
  await squat.getByLabel('Fewest reps of Barbell back squat').fill('6')
  await squat.getByLabel('Most reps of Barbell back squat').fill('8')
  await squat.getByLabel('Most reps of Barbell back squat').press('Tab')
  await squat.getByLabel('Load type for Barbell back squat').selectOption('percent1rm')
  await squat.getByLabel('Percent of 1RM for Barbell back squat').fill('70')
  await squat.getByLabel('Percent of 1RM for Barbell back squat').press('Enter')
  await squat.getByLabel('1RM for Barbell back squat (kg)').fill('100')
  await squat.getByLabel('1RM for Barbell back squat (kg)').press('Enter')
  await expect(squat.getByLabel('Load for Barbell back squat')).toHaveText('= 70 kg')

  // Move the lunge above the squat with the keyboard alone: the move is announced, focus stays.
  const lungeHandle = row(page, 'Dumbbell forward lunge').getByRole('button', {
    name: 'Reorder Dumbbell forward lunge'
  })
  await lungeHandle.focus()
  await page.keyboard.press('ArrowUp')
  await expect
    .poll(() => order(page))
    .toEqual([
      'A1 Dumbbell forward lunge',
      'B1 Barbell back squat',
      'C1 Dumbbell single-leg Romanian deadlift',
      'D1 Barbell glute bridge',
      'E1 Calf raise',
      'F1 Side-lying leg lift'
    ])
  await expect(
    page
      .locator('[aria-live="polite"]')
      .filter({ hasText: 'Moved Dumbbell forward lunge to position 1 of 6.' })
  ).toHaveCount(1)
  await expect(lungeHandle).toBeFocused()

  // The same with dnd-kit's keyboard drag: Space picks up, ↓ moves, Space drops, each step said.
  await pickUp(page, lungeHandle)
  await page.keyboard.press('ArrowDown')
  await expect(
    page.locator('[aria-live]').filter({ hasText: 'Dumbbell forward lunge is over position 2 of 6.' })
  ).toHaveCount(1)
  await page.keyboard.press('Space')
  await expect(
    page.locator('[aria-live]').filter({ hasText: 'Moved Dumbbell forward lunge to position 2 of 6.' })
  ).toHaveCount(1)
  await expect.poll(() => order(page)).toContain('B1 Dumbbell forward lunge')
  await expect(lungeHandle).toBeFocused()
  // …and back to the top with ↑ straight on the handle.
  await page.keyboard.press('ArrowUp')
  await expect.poll(() => order(page)).toContain('A1 Dumbbell forward lunge')
  await expect(lungeHandle).toBeFocused()

  // The squat loads the injured knee: swap it for a knee-friendly alternative, keeping the prescription.
  await expect(squat.getByRole('note')).toContainText(
    'Barbell back squat loads the knee, which has an active injury.'
  )
  const alternative = squat.getByRole('note').getByRole('button').first()
  const alternativeName = (await alternative.textContent()) ?? ''
  await alternative.click()
  const swapped = row(page, alternativeName)
  await expect(swapped).toBeVisible()
  await expect(swapped.getByLabel(`Fewest sets of ${alternativeName}`)).toHaveValue('4')
  await expect(swapped.getByLabel(`Most reps of ${alternativeName}`)).toHaveValue('8')
  await expect(swapped.getByRole('note')).toHaveCount(0)

  // Calf raise up under the lunge (keyboard), then pair them as a superset.
  const calfHandle = page.getByRole('button', { name: 'Reorder Calf raise' })
  await calfHandle.focus()
  for (const index of [3, 2, 1]) {
    await page.keyboard.press('ArrowUp')
    await expect
      .poll(async () => (await order(page)).findIndex((label) => label.endsWith('Calf raise')))
      .toBe(index)
    await expect(calfHandle).toBeFocused()
  }
  await expect
    .poll(async () => (await order(page)).slice(0, 2))
    .toEqual(['A1 Dumbbell forward lunge', 'B1 Calf raise'])
  await page.getByRole('button', { name: 'Superset Calf raise with the exercise above' }).click()
  await expect
    .poll(async () => (await order(page)).slice(0, 3))
    .toEqual(['A1 Dumbbell forward lunge', 'A2 Calf raise', `B1 ${alternativeName}`])

  await page.reload()
  await expect
    .poll(async () => (await order(page)).slice(0, 3))
    .toEqual(['A1 Dumbbell forward lunge', 'A2 Calf raise', `B1 ${alternativeName}`])
  await expect(row(page, alternativeName).getByLabel(`Fewest sets of ${alternativeName}`)).toHaveValue('4')

  await page.getByRole('button', { name: 'Save as template' }).click()
  const save = page.getByRole('dialog', { name: 'Save as template' })
  await save.getByLabel('Template name').fill('Zoë knee-friendly lower body')
  await save.getByRole('button', { name: 'Save template' }).click()
  await page.getByRole('link', { name: 'Templates' }).click()
  await page.getByRole('link', { name: 'Zoë knee-friendly lower body' }).click()
  await expect
    .poll(async () => (await order(page)).slice(0, 2))
    .toEqual(['A1 Dumbbell forward lunge', 'A2 Calf raise'])
})

test('removing an exercise can be undone', async ({ page, spotter }) => {
  await page.goto(spotter.url)
  await page.getByRole('link', { name: 'Templates' }).click()
  await page.getByRole('link', { name: 'Runner upper body' }).click()
  await row(page, 'Push-up').getByRole('button', { name: 'Remove Push-up' }).click()
  await expect(row(page, 'Push-up')).toHaveCount(0)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(row(page, 'Push-up')).toBeVisible()
  expect((await order(page))[0]).toBe('A1 Push-up')
})

test('a shin stress reaction, then an ankle sprain, flag the lower-leg exercises, and swaps avoid them', async ({
  page,
  spotter
}) => {
  test.setTimeout(120_000) // two injuries recorded and the program opened after each
  await page.goto(spotter.url)
  await page.getByRole('button', { name: 'Add client' }).first().click()
  const form = page.getByRole('dialog', { name: 'Add client' })
  await form.getByLabel('Name').fill('Ingrid Kjær')
  await form.getByRole('button', { name: 'Add client' }).click()
  await addInjury(page, 'shin', 'Stress reaction, left tibia')

  await page.getByRole('link', { name: 'Programs' }).click()
  await page.getByRole('button', { name: '+ New program' }).click()
  const dialog = page.getByRole('dialog', { name: 'New program' })
  await dialog.getByLabel('Start from').selectOption({ label: 'Runner lower body' })
  await dialog.getByRole('button', { name: 'Create program' }).click()
  for (const exercise of ['Calf raise', 'Dumbbell forward lunge']) {
    await expect(row(page, exercise).getByRole('note')).toContainText(
      `${exercise} loads the shin, which has an active injury.`
    )
  }
  await expect(row(page, 'Barbell back squat').getByRole('note')).toHaveCount(0)

  // "Choose another…" offers only exercises that spare the shin and are not in the workout yet.
  await row(page, 'Calf raise').getByRole('button', { name: 'Choose another…' }).click()
  const picker = page.getByRole('dialog', { name: 'Swap Calf raise for' })
  await expect(picker.getByText('Showing exercises that avoid the active shin injury.')).toBeVisible()
  const options = picker.getByRole('listbox', { name: 'Exercises' })
  await expect(options.getByRole('option').first()).toBeVisible()
  for (const hidden of [
    'Pogo jumps',
    'Step-up',
    'Single-leg calf raise',
    'Barbell back squat',
    'Hip thrust'
  ]) {
    const expected = hidden === 'Hip thrust' ? 1 : 0
    await expect(options.getByRole('option', { name: new RegExp(`^${hidden}`) })).toHaveCount(expected)
  }
  await picker.getByLabel(/^Also show the \d+ that load it$/).check()
  await expect(options.getByRole('option', { name: /^Pogo jumps/ })).toContainText('Loads the shin')
  await expect(options.getByRole('option', { name: /^Barbell back squat/ })).toHaveCount(0)
  await picker.getByRole('combobox', { name: 'Search exercises' }).fill('hip thrust')
  await picker.getByRole('combobox', { name: 'Search exercises' }).press('Enter')
  await expect(row(page, 'Hip thrust')).toBeVisible()
  await expect(row(page, 'Calf raise')).toHaveCount(0)

  // The shin heals; an ankle sprain flags the same kind of work.
  await page.getByRole('link', { name: 'Overview' }).click()
  await page.getByRole('row', { name: 'shin injury' }).getByRole('button', { name: 'Mark resolved' }).click()
  await expect(page.getByRole('row', { name: 'shin injury' })).toContainText('Resolved')
  await addInjury(page, 'ankle', 'Sprain on a trail run')
  await page.getByRole('link', { name: 'Programs' }).click()
  await page.getByRole('link', { name: 'Runner lower body' }).click()
  const lunge = row(page, 'Dumbbell forward lunge')
  await expect(lunge.getByRole('note')).toContainText(
    'Dumbbell forward lunge loads the ankle, which has an active injury.'
  )
  // Its only alternative that spares the ankle, the single-leg Romanian deadlift, is already in the workout.
  await expect(lunge.getByRole('note')).toContainText('No listed alternative avoids it.')
  await expect(
    lunge.getByRole('note').getByRole('button', { name: 'Dumbbell single-leg Romanian deadlift' })
  ).toHaveCount(0)
})
