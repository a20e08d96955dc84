import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { addInjury } from './steps'

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

  // Move the lunge above the squat with the keyboard alone.
  await row(page, 'Dumbbell forward lunge')
    .getByRole('button', { name: 'Reorder Dumbbell forward lunge' })
    .focus()
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
