import { expect, test } from './fixtures'
import { addClient, programFromTemplate, submitClientMistakes } from './steps'

/**
 * Forms check with the contract's own rules: every mistake shows at once, in plain words,
 * beside its field, with focus on the first; fixed, the form saves.
 */
test('the client form shows every mistake at once and saves once they are fixed', async ({
  page,
  spotter
}) => {
  test.setTimeout(60_000)
  await page.goto(spotter.url)
  await page.getByRole('button', { name: 'Add client' }).first().click()
  const form = page.getByRole('dialog', { name: 'Add client' })
  // The dialog opens with the name field ready for typing.
  await expect(form.getByLabel('Name')).toBeFocused()

  await submitClientMistakes(page, form)

  await expect(form.getByLabel('Name')).toHaveAccessibleDescription('Name is required')
  await expect(form.getByLabel('E-mail')).toHaveAccessibleDescription(
    'Enter an e-mail address like name@example.com'
  )
  await expect(form.getByLabel('Birth date')).toHaveAccessibleDescription('Not a real date')
  await expect(form.getByLabel('Height (cm)')).toHaveAccessibleDescription('Height can be at most 250 cm')
  await expect(form.getByLabel(/^Weekly distance/)).toHaveAccessibleDescription(
    "Weekly distance can't be negative"
  )
  await expect(form.getByLabel('Target time')).toHaveAccessibleDescription(
    'h:mm:ss Enter target time as h:mm:ss, like 3:29:59'
  )
  await expect(form.getByRole('alert')).toHaveCount(6)
  await expect(form.getByLabel('Name')).toBeFocused()
  // What was typed stays, so it can be corrected rather than typed again.
  await expect(form.getByLabel('Height (cm)')).toHaveValue('1e9')

  await form.getByLabel('Name').fill('Ana Okafor')
  await form.getByLabel('E-mail').fill('ana@example.com')
  await form.getByLabel('Birth date').fill('1990-02-28')
  await form.getByLabel('Height (cm)').fill('168')
  await form.getByLabel(/^Weekly distance/).fill('45')
  await form.getByLabel('Target time').fill('3:29:59')
  await form.getByRole('button', { name: 'Add client' }).click()
  await expect(page.getByRole('heading', { name: 'Ana Okafor' })).toBeVisible()
})

test('a builder field keeps a value the contract refuses, with its message, until it is fixed', async ({
  page,
  spotter
}) => {
  test.setTimeout(90_000)
  await page.goto(spotter.url)
  await addClient(page, 'Lena Brandt')
  await programFromTemplate(page, 'Runner lower body')

  const sets = page.getByLabel('Most sets of Barbell back squat')
  await sets.fill('25')
  await sets.press('Tab')
  await expect(sets).toHaveAccessibleDescription('At most 20 sets')
  await expect(sets).toHaveValue('25')

  const workoutName = page.getByLabel('Workout name').first()
  const before = await workoutName.inputValue()
  await workoutName.fill('')
  await workoutName.press('Enter')
  await expect(workoutName).toHaveAccessibleDescription('Workout name is required')
  await workoutName.fill('x'.repeat(500))
  await workoutName.press('Enter')
  await expect(workoutName).toHaveAccessibleDescription('Workout name is at most 80 characters')
  await expect(workoutName).toHaveValue('x'.repeat(500))

  await workoutName.fill(`${before} (hills)`)
  await workoutName.press('Enter')
  await expect(workoutName).not.toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByRole('region', { name: `Workout ${before} (hills)` })).toBeVisible()
  await sets.fill('5')
  await sets.press('Enter')
  await expect(sets).not.toHaveAttribute('aria-invalid', 'true')
  await expect(sets).toHaveValue('5')
})
