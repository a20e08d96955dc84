import type { Page } from '@playwright/test'
import { expect } from './fixtures'

/** Records an injury on the open client page, as a trainer would: a known area from the list. */
export async function addInjury(page: Page, bodyArea: string, note = ''): Promise<void> {
  await page.getByRole('button', { name: '+ Add injury' }).click()
  const injury = page.getByRole('dialog', { name: 'Add injury or limitation' })
  await injury.getByLabel('Body area').selectOption(bodyArea)
  if (note) await injury.getByLabel('Note').fill(note)
  await injury.getByRole('button', { name: 'Add injury' }).click()
  await expect(page.getByRole('row', { name: `${bodyArea} injury` })).toContainText('Active')
}
