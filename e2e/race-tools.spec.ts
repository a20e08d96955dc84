import { expect, test } from './fixtures'
import { addClient } from './steps'

// Each test builds a client, a program and a plan through the UI: give it room on a busy machine.
test.describe.configure({ timeout: 150_000 })

test('a trainer predicts a marathon from a 10 km result, logged or typed in', async ({ page, spotter }) => {
  await page.goto(spotter.url)
  await page.getByRole('button', { name: 'Add client' }).first().click()
  const form = page.getByRole('dialog', { name: 'Add client' })
  await form.getByLabel('Name').fill('Σοφία Παπαδοπούλου')
  await form.getByLabel('Next race').fill('Athens Marathon')
  // A race date already run is refused, naming the field, and nothing is saved.
  await form.getByLabel('Race date').fill('2020-11-08')
  await form.getByRole('button', { name: 'Add client' }).click()
  await expect(
    form.getByText('That race date has passed. Enter the date of the next race, today or later.')
  ).toBeVisible()
  await form.getByLabel('Race date').fill('2040-11-11')
  await form.getByLabel('Race distance (km)').fill('42.195')
  await form.getByLabel('Target time').fill('3:15:00')
  await form.getByRole('button', { name: 'Add client' }).click()
  await expect(page.getByRole('heading', { name: 'Σοφία Παπαδοπούλου' })).toBeVisible()

  // A 10 km race in the run log.
  await page.getByRole('link', { name: 'Log', exact: true }).click()
  await page.getByRole('button', { name: '+ Log run' }).click()
  const run = page.getByRole('dialog', { name: 'Log run' })
  await run.getByLabel('Kind').selectOption('race')
  await run.getByLabel('Distance (km)').fill('10')
  await run.getByLabel('Time').fill('41:21')
  await run.getByRole('button', { name: 'Log run' }).click()
  await expect(page.getByRole('table', { name: 'Runs' })).toContainText('41:21')

  await page.getByRole('link', { name: 'Race tools' }).click()
  const fromLog = page.getByLabel('Result from the run log')
  const logged = await fromLog.locator('option', { hasText: 'Race · 10 km in 41:21' }).getAttribute('value')
  await fromLog.selectOption(logged ?? '')
  await expect(page.getByLabel('Time')).toHaveValue('41:21')
  const predictions = page.getByRole('table', { name: 'Race predictions' })
  const marathon = predictions.getByRole('row', { name: /^Marathon/ })
  // Daniels–Gilbert: VDOT 50.0 and 3:10:46; Riegel with k = 1.06: 3:10:13.
  await expect(page.getByText('VDOT 50.0')).toBeVisible()
  await expect(marathon).toContainText('3:10:46')
  await expect(marathon).toContainText('3:10:13')
  await expect(marathon).toContainText('Next race')

  // The target beside the prediction, with the pace it needs.
  const target = page.getByRole('region', { name: 'Target race' })
  await expect(target).toContainText('3:15:00 needs 4:37 /km')
  await expect(target).toContainText('4:14 faster than the target')

  // Training paces from the same VDOT.
  const paces = page.getByRole('definition').filter({ hasText: 'Tempo runs' })
  await expect(paces).toContainText('4:15 /km')

  // Riegel's exponent is adjustable; a typed result over 24 hours names the field.
  await page.getByLabel('Riegel exponent (k)').fill('1.08')
  await expect(marathon).toContainText('3:15:4')
  await page.getByLabel('Time').fill('25:00:00')
  await expect(page.getByRole('alert')).toHaveText('Time: a result must be 24 hours or less')
  await expect(predictions).toHaveCount(0)
})

test('an impossible result is refused with the reason, and nothing is predicted from it', async ({
  page,
  spotter
}) => {
  await page.goto(spotter.url)
  await addClient(page, 'Kwame Mensah')
  await page.getByRole('link', { name: 'Race tools' }).click()

  const time = page.getByLabel('Time')
  const predictions = page.getByRole('table', { name: 'Race predictions' })
  const paces = page.getByRole('definition').filter({ hasText: 'Tempo runs' })

  // The distance starts at 10 km. 10 km in 5:00 is twice the speed of the world record: refused, naming the bound.
  await time.fill('5:00')
  await expect(page.getByRole('alert')).toHaveText(
    'Time: faster than the world record for this distance (VDOT 710.9, above the limit of 90). ' +
      'The fastest time accepted here is 25:06.'
  )
  await expect(time).toHaveAttribute('aria-invalid', 'true')
  await expect(predictions).toHaveCount(0)
  await expect(paces).toHaveCount(0)
  await expect(page.getByText(/^VDOT \d/)).toHaveCount(0)
  await expect(page.getByText('No predictions until the result above is corrected.')).toBeVisible()

  // 10 km in five hours is a walk.
  await time.fill('5:00:00')
  await expect(page.getByRole('alert')).toContainText('about walking pace or slower')
  await expect(page.getByRole('alert')).toContainText('The slowest time accepted here is 1:50:50.')
  await expect(predictions).toHaveCount(0)

  // Text that is not a clock time says what is wrong with it.
  await time.fill('99:99')
  await expect(page.getByRole('alert')).toHaveText('Time: seconds must be 0–59, not 99')
  await time.fill('0:00')
  await expect(page.getByRole('alert')).toHaveText('Time: enter a time longer than zero')
  await time.fill('')
  await expect(page.getByRole('alert')).toHaveText('Time: enter the result’s time as h:mm:ss, e.g. 41:21')
  await expect(predictions).toHaveCount(0)

  // A plausible result clears the message and predicts.
  await time.fill('41:21')
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(page.getByText('VDOT 50.0')).toBeVisible()
  await expect(predictions).toBeVisible()
})
