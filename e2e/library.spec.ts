import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

async function openLibrary(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Exercise library' }).click()
  await expect(page.getByRole('heading', { name: 'Exercise library', level: 1 })).toBeVisible()
}

test('a trainer searches, filters and reads the exercise library', async ({ page, spotter }) => {
  await openLibrary(page, spotter.url)
  const table = page.getByRole('table', { name: 'Exercises' })
  await expect(table.getByRole('link', { name: 'Barbell back squat' })).toBeVisible()

  const search = page.getByRole('searchbox', { name: 'Search exercises' })
  await search.fill('copenhagen')
  await expect(table.getByRole('link')).toHaveText(['Copenhagen plank'])
  await expect(page.getByText(/^1 of \d+ exercises$/)).toBeVisible()

  await search.fill('no such exercise')
  await expect(page.getByRole('heading', { name: 'No exercises match “no such exercise”' })).toBeVisible()
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await expect(search).toHaveValue('')

  await page.getByLabel('Equipment').selectOption('pull-up bar')
  await expect(table.getByRole('link')).toHaveText(['Pull-up'])
  await page.getByLabel('Equipment').selectOption('band')
  const rows = table.getByRole('row').filter({ has: page.getByRole('link') })
  await expect(rows).not.toHaveCount(0)
  for (const text of await rows.allTextContents()) expect(text.toLowerCase()).toContain('band')
  await page.getByLabel('Muscle').selectOption('glute medius')
  await expect(table.getByRole('link', { name: 'Monster walk' })).toBeVisible()
  await expect(table.getByRole('link', { name: 'Pallof press' })).toHaveCount(0)
  await page.getByLabel('Equipment').selectOption('')
  await page.getByLabel('Muscle').selectOption('')

  await search.fill('copenhagen')
  await table.getByRole('link', { name: 'Copenhagen plank' }).click()
  await expect(page.getByRole('heading', { name: 'Copenhagen plank', level: 1 })).toBeVisible()
  await expect(page.getByText('Built-in', { exact: true })).toBeVisible()
  const instructions = page.getByRole('region', { name: 'Instructions' })
  await expect(instructions.getByRole('listitem')).not.toHaveCount(0)
  await expect(page.getByRole('region', { name: 'Coaching cues' }).getByRole('listitem')).not.toHaveCount(0)
  await expect(page.getByRole('region', { name: 'Why it helps runners' })).not.toBeEmpty()
  const easier = page.getByRole('region', { name: 'Alternatives' }).getByRole('list', { name: 'Easier' })
  await easier.getByRole('link', { name: 'Side-lying hip adduction' }).click()
  await expect(page.getByRole('heading', { name: 'Side-lying hip adduction', level: 1 })).toBeVisible()
  await page
    .getByRole('region', { name: 'Alternatives' })
    .getByRole('link', { name: 'Copenhagen plank' })
    .click()
  await expect(page.getByRole('heading', { name: 'Copenhagen plank', level: 1 })).toBeVisible()
  await page.getByRole('link', { name: '← Exercise library' }).click()
  await expect(page.getByRole('heading', { name: 'Exercise library', level: 1 })).toBeVisible()
})

test('a trainer duplicates a built-in, edits the copy and archives it', async ({ page, spotter }) => {
  await openLibrary(page, spotter.url)
  await page
    .getByRole('table', { name: 'Exercises' })
    .getByRole('link', { name: 'Plank', exact: true })
    .click()
  await expect(page.getByRole('heading', { name: 'Plank', level: 1 })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Edit', exact: true })).toHaveCount(0)
  await page.getByRole('button', { name: 'Duplicate to edit' }).click()

  await expect(page.getByRole('heading', { name: 'Plank (copy)', level: 1 })).toBeVisible()
  await expect(page.getByText('Custom', { exact: true })).toBeVisible()
  await expect(
    page.getByRole('region', { name: 'Alternatives' }).getByRole('link', { name: 'Dead bug' })
  ).toBeVisible()
  await page.getByRole('button', { name: 'Edit', exact: true }).click()
  const form = page.getByRole('dialog', { name: 'Edit Plank (copy)' })
  await form.getByLabel('Name').fill('Copenhagen plank')
  await form.getByRole('button', { name: 'Save changes' }).click()
  await expect(
    form.getByText('An exercise called “Copenhagen plank” is already in the library.')
  ).toBeVisible()
  await expect(form.getByLabel('Name')).toBeFocused()
  await form.getByLabel('Name').fill('Plank with reach')
  await form.getByRole('button', { name: 'Save changes' }).click()
  await expect(form).toHaveCount(0)
  await expect(page.getByRole('heading', { name: 'Plank with reach', level: 1 })).toBeVisible()

  await page.getByRole('button', { name: 'Archive', exact: true }).click()
  await expect(page.getByText('Archived', { exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Unarchive' })).toBeVisible()

  await page.getByRole('link', { name: '← Exercise library' }).click()
  const table = page.getByRole('table', { name: 'Exercises' })
  await page.getByRole('searchbox', { name: 'Search exercises' }).fill('plank with')
  await expect(page.getByRole('heading', { name: 'No exercises match “plank with”' })).toBeVisible()
  await page.getByLabel('Show archived').check()
  const row = table.getByRole('row', { name: /Plank with reach/ })
  await expect(row).toContainText('Custom')
  await expect(row).toContainText('Archived')
  await page.getByLabel('Show archived').uncheck()
  await expect(table).toHaveCount(0)
})

test('a trainer creates an exercise and picks its alternatives by keyboard', async ({ page, spotter }) => {
  await openLibrary(page, spotter.url)
  await page.getByRole('button', { name: '+ New exercise' }).click()
  const form = page.getByRole('dialog', { name: 'New exercise' })
  await form.getByRole('button', { name: 'Add exercise' }).click()
  await expect(form.getByText('Name is required')).toBeVisible()
  await expect(form.getByText('At least one primary muscle')).toBeVisible()

  await form.getByLabel('Name').fill('Banded lateral walk')
  await form.getByLabel('Movement pattern').selectOption('hip abduction')
  await form.getByRole('group', { name: 'Equipment' }).getByLabel('Band').check()
  await form.getByRole('group', { name: 'Primary muscles' }).getByLabel('Glute medius').check()
  await form
    .getByLabel('Instructions')
    .fill('Loop a band above the knees.\n\nSit into a quarter squat.\nStep sideways.')
  await form.getByLabel('Coaching cues').fill('Toes forward')
  await form.getByRole('group', { name: 'Cautions' }).getByLabel('Hip').check()

  await form.getByRole('button', { name: '+ Add alternative' }).click()
  const picker = page.getByRole('dialog', { name: 'Add an alternative' })
  const search = picker.getByRole('combobox', { name: 'Search exercises' })
  const results = picker.getByRole('listbox', { name: 'Exercises' })
  await expect(search).toBeFocused()
  await search.fill('clam')
  await expect(results.getByRole('option')).toHaveCount(1)
  await expect(results.getByRole('option', { name: /Clamshell/ })).toHaveAttribute('aria-selected', 'true')
  await search.press('Enter')
  await expect(picker).toHaveCount(0)

  await form.getByRole('button', { name: '+ Add alternative' }).click()
  await search.fill('monster')
  await search.press('Escape')
  await expect(picker).toHaveCount(0)
  await expect(form).toBeVisible()

  await form.getByRole('button', { name: '+ Add alternative' }).click()
  await picker.getByLabel('Muscle').selectOption('glute medius')
  await expect(results.getByRole('option', { name: /Monster walk/ })).toBeVisible()
  await expect(results.getByRole('option', { name: /Clamshell/ })).toHaveCount(0)
  await picker.getByLabel('Muscle').selectOption('')
  await search.fill('side-lying')
  const options = results.getByRole('option')
  await expect(options).toHaveCount(2)
  await expect(options.first()).toHaveAttribute('aria-selected', 'true')
  await search.press('ArrowDown')
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true')
  await expect(options.first()).toHaveAttribute('aria-selected', 'false')
  await expect(search).toHaveAttribute(
    'aria-activedescendant',
    (await options.nth(1).getAttribute('id')) ?? ''
  )
  await search.press('ArrowUp')
  await expect(options.first()).toHaveAttribute('aria-selected', 'true')
  await search.press('ArrowDown')
  await expect(options.nth(1)).toContainText('Side-lying leg lift')
  await search.press('Enter')
  await form.getByLabel('How Side-lying leg lift relates').selectOption('harder')
  await form.getByLabel('How Clamshell relates').selectOption('easier')
  await form.getByRole('button', { name: 'Add exercise' }).click()

  await expect(page.getByRole('heading', { name: 'Banded lateral walk', level: 1 })).toBeVisible()
  const steps = page.getByRole('region', { name: 'Instructions' }).getByRole('listitem')
  await expect(steps).toHaveText([
    'Loop a band above the knees.',
    'Sit into a quarter squat.',
    'Step sideways.'
  ])
  const alternatives = page.getByRole('region', { name: 'Alternatives' })
  await expect(alternatives.getByRole('list', { name: 'Easier' }).getByRole('link')).toHaveText(['Clamshell'])
  await expect(alternatives.getByRole('list', { name: 'Harder' }).getByRole('link')).toHaveText([
    'Side-lying leg lift'
  ])
  await expect(page.getByRole('region', { name: 'Cautions' })).toContainText('Hip')
})
