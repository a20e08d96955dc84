import { expect, test } from './fixtures'

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
