import { expect, test } from './fixtures'
import { addInjury } from './steps'

test('a trainer adds, finds, edits, archives, restores and deletes a client', async ({ page, spotter }) => {
  await page.goto(spotter.url)
  await expect(page.getByRole('heading', { name: 'Welcome to Spotter' })).toBeVisible()

  await page.getByRole('button', { name: 'Add client' }).first().click()
  const form = page.getByRole('dialog', { name: 'Add client' })
  await form.getByRole('button', { name: 'Add client' }).click()
  await expect(form.getByText('Name is required')).toBeVisible()
  await form.getByLabel('Name').fill('Zoë Łukasz-Ørsted')
  await form.getByLabel('E-mail').fill('zoe@')
  await form.getByRole('button', { name: 'Add client' }).click()
  await expect(form.getByText('Enter an e-mail address like name@example.com')).toBeVisible()
  await form.getByLabel('E-mail').fill('zoe@example.com')
  await form.getByLabel('Goals').fill('Sub-4 marathon in April, no knee pain')
  await form.getByLabel('Weekly distance (km)').fill('45')
  await form.getByLabel('Next race').fill('Rotterdam Marathon')
  await form.getByLabel('Race date').fill('2027-04-11')
  await form.getByLabel('Race distance (km)').fill('42.195')
  await form.getByLabel('Target time').fill('3:59:00')
  await form.getByRole('button', { name: 'Add client' }).click()

  await expect(page.getByRole('heading', { name: 'Zoë Łukasz-Ørsted' })).toBeVisible()
  await addInjury(page, 'knee', 'Patellofemoral pain on descents')

  await page.getByRole('link', { name: '← Clients' }).click()
  await page.getByRole('button', { name: '+ Add client' }).click()
  const second = page.getByRole('dialog', { name: 'Add client' })
  await second.getByLabel('Name').fill('Dmitri Volkov')
  await second.getByRole('button', { name: 'Add client' }).click()
  await page.getByRole('link', { name: '← Clients' }).click()

  await page.getByRole('searchbox', { name: 'Search clients' }).fill('zoe')
  const table = page.getByRole('table', { name: 'Clients' })
  await expect(table.getByRole('link', { name: 'Zoë Łukasz-Ørsted' })).toBeVisible()
  await expect(table.getByRole('link', { name: 'Dmitri Volkov' })).toHaveCount(0)
  await expect(table.getByRole('row', { name: /Zoë/ })).toContainText('knee')
  await table.getByRole('link', { name: 'Zoë Łukasz-Ørsted' }).click()

  await page.getByRole('button', { name: 'Edit', exact: true }).click()
  const edit = page.getByRole('dialog', { name: 'Edit Zoë Łukasz-Ørsted' })
  await edit.getByLabel('Phone').fill('+47 912 34 567')
  await edit.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText('+47 912 34 567')).toBeVisible()
  await expect(page.getByText('Rotterdam Marathon')).toBeVisible()

  await page.getByRole('button', { name: 'Archive' }).click()
  await expect(page.getByText('Archived', { exact: true })).toBeVisible()
  await page.getByRole('link', { name: '← Clients' }).click()
  await expect(page.getByRole('link', { name: 'Zoë Łukasz-Ørsted' })).toHaveCount(0)
  await page.getByRole('button', { name: 'Archived' }).click()
  await page.getByRole('link', { name: 'Zoë Łukasz-Ørsted' }).click()
  await page.getByRole('button', { name: 'Restore' }).click()
  await expect(page.getByRole('button', { name: 'Archive' })).toBeVisible()

  await page.getByRole('button', { name: 'Delete…' }).click()
  const confirm = page.getByRole('dialog', { name: 'Delete Zoë Łukasz-Ørsted?' })
  await confirm.getByRole('button', { name: 'Delete Zoë Łukasz-Ørsted' }).click()
  await expect(page.getByRole('heading', { name: 'Clients' })).toBeVisible()
  await page.getByRole('button', { name: 'All' }).click()
  await expect(page.getByRole('link', { name: 'Zoë Łukasz-Ørsted' })).toHaveCount(0)
  await expect(page.getByRole('link', { name: 'Dmitri Volkov' })).toBeVisible()
})

test('demo data fills the list and it sorts by next race', async ({ page, spotter }) => {
  await page.goto(spotter.url)
  await page.getByRole('button', { name: 'Load demo data' }).click()
  const table = page.getByRole('table', { name: 'Clients' })
  await expect(table.getByRole('row')).not.toHaveCount(1)
  await expect(page.getByText(/\d+ clients/)).toBeVisible()

  await table.getByRole('button', { name: 'Next race' }).click()
  await expect(table.getByRole('columnheader', { name: /Next race/ })).toHaveAttribute(
    'aria-sort',
    'ascending'
  )
  const badges = table.locator('tbody tr td:nth-child(3) .badge')
  const days = (await badges.allTextContents()).map((text) => Number(/(\d+)/.exec(text)?.[1] ?? NaN))
  expect(days.length).toBeGreaterThan(3)
  expect(days).toEqual([...days].sort((a, b) => a - b))
})

test('settings change units and theme everywhere', async ({ page, spotter }) => {
  await page.goto(spotter.url)
  await page.getByRole('button', { name: 'Load demo data' }).click()
  await page.getByRole('link', { name: 'Settings' }).click()
  await page.getByLabel('Business name').fill('Stride Strength Studio')
  await page.getByRole('button', { name: 'Save profile' }).click()
  await page.getByRole('button', { name: 'Miles (mi)' }).click()
  await page.getByRole('button', { name: 'Dark', exact: true }).click()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await page.reload()
  await expect(page.getByLabel('Business name')).toHaveValue('Stride Strength Studio')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await page.getByRole('link', { name: 'Clients' }).click()
  await page.getByRole('table', { name: 'Clients' }).getByRole('link').first().click()
  const running = page.getByRole('region', { name: 'Running profile' })
  await expect(running.getByText(/^\d+(\.\d)? mi$/).first()).toBeVisible()
  await expect(running.getByText(/ km$/)).toHaveCount(0)
})

test('an injury takes a known body area, says when a typed one flags nothing, and cannot end before it began', async ({
  page,
  spotter
}) => {
  await page.goto(spotter.url)
  await page.getByRole('button', { name: 'Add client' }).first().click()
  const form = page.getByRole('dialog', { name: 'Add client' })
  await form.getByLabel('Name').fill('Søren Dahl')
  await form.getByRole('button', { name: 'Add client' }).click()

  await page.getByRole('button', { name: '+ Add injury' }).click()
  const injury = page.getByRole('dialog', { name: 'Add injury or limitation' })
  await injury.getByLabel('Body area').selectOption('other')
  await injury.getByLabel('Other area').fill('left achiles')
  await expect(injury.getByRole('status')).toHaveText(/This matches no area exercises load/)
  await injury.getByLabel('Other area').fill('left achilles')
  await expect(injury.getByRole('status')).toHaveText('Flags exercises that load the achilles.')
  await injury.getByLabel('Body area').selectOption('ankle')
  await injury.getByLabel('Since').fill('2026-10-01')
  await injury.getByLabel('Resolved on').fill('2026-09-01')
  await injury.getByRole('button', { name: 'Add injury' }).click()
  await expect(injury.getByLabel('Resolved on')).toHaveAccessibleDescription(
    "Leave empty while it is active Resolved date can't be before the start date"
  )
  await injury.getByLabel('Resolved on').fill('')
  await injury.getByRole('button', { name: 'Add injury' }).click()
  await expect(page.getByRole('row', { name: 'ankle injury' })).toContainText('Active')
})

test('saving an unchanged client in miles keeps the marathon at 42.195 km', async ({ page, spotter }) => {
  await page.goto(spotter.url)
  await page.getByRole('button', { name: 'Add client' }).first().click()
  const form = page.getByRole('dialog', { name: 'Add client' })
  await form.getByLabel('Name').fill('Ana Sánchez')
  await form.getByLabel('Race distance (km)').fill('42.195')
  await form.getByRole('button', { name: 'Add client' }).click()
  await expect(page.getByRole('heading', { name: 'Ana Sánchez' })).toBeVisible()

  await page.getByRole('link', { name: 'Settings' }).click()
  await page.getByRole('group', { name: 'Distance' }).getByRole('button', { name: 'Miles (mi)' }).click()
  await page.goBack()
  await page.getByRole('button', { name: 'Edit', exact: true }).click()
  const edit = page.getByRole('dialog', { name: 'Edit Ana Sánchez' })
  await expect(edit.getByLabel('Race distance (mi)')).toHaveValue('26.22')
  await edit.getByRole('button', { name: 'Save changes' }).click()
  await expect(edit).toBeHidden()

  await page.getByRole('link', { name: 'Settings' }).click()
  await page.getByRole('group', { name: 'Distance' }).getByRole('button', { name: 'Kilometres (km)' }).click()
  await page.goBack()
  await page.getByRole('button', { name: 'Edit', exact: true }).click()
  await expect(
    page.getByRole('dialog', { name: 'Edit Ana Sánchez' }).getByLabel('Race distance (km)')
  ).toHaveValue('42.195')
})
