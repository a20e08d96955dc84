import { expect, test } from './fixtures'

/**
 * What the store refuses reaches the trainer in plain words, beside the field it is about:
 * dates outside their window, the same tag twice, a name that only differs by an invisible
 * character.
 */
test('the store’s refusals show in plain words beside their fields', async ({ page, spotter }) => {
  await page.goto(spotter.url)
  await page.getByRole('button', { name: 'Add client' }).first().click()
  const form = page.getByRole('dialog', { name: 'Add client' })
  await form.getByLabel('Name').fill('Ingrid Halvorsen')
  await form.getByLabel('Birth date').fill('2031-05-01')
  await form.getByRole('button', { name: 'Add client' }).click()
  await expect(form.getByLabel('Birth date')).toHaveAccessibleDescription('A birth date must be in the past')

  await form.getByLabel('Birth date').fill('1990-05-01')
  await form.getByLabel(/^Tags/).fill('trail, Trail')
  await form.getByRole('button', { name: 'Add client' }).click()
  await expect(form.getByLabel(/^Tags/)).toHaveAccessibleDescription(/Tag 2 is already in the list/)

  await form.getByLabel(/^Tags/).fill('trail, ultra')
  await form.getByRole('button', { name: 'Add client' }).click()
  await expect(page.getByRole('heading', { name: 'Ingrid Halvorsen' })).toBeVisible()

  // A measurement kind named like an existing one but for a zero-width space is the same kind.
  await page.getByRole('link', { name: 'Log', exact: true }).click()
  await page.getByRole('button', { name: '+ Add measurement' }).click()
  await page.getByRole('button', { name: '+ New measurement kind…' }).click()
  const kind = page.getByRole('dialog', { name: 'New measurement kind' })
  await kind.getByLabel('Name').fill('Thigh')
  await kind.getByLabel('Unit').fill('cm')
  await kind.getByRole('button', { name: 'Add kind' }).click()
  await expect(kind).toHaveCount(0)
  await page.getByRole('button', { name: '+ New measurement kind…' }).click()
  await kind.getByLabel('Name').fill('thigh\u200b')
  await kind.getByLabel('Unit').fill('cm')
  await kind.getByRole('button', { name: 'Add kind' }).click()
  await expect(kind.getByLabel('Name')).toHaveAccessibleDescription(
    /There is already a measurement called “Thigh”/
  )
})
