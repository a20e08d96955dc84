import type { Locator, Page } from '@playwright/test'
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

/** Adds a client by name through the "Add client" form; the client's page opens. */
export async function addClient(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Add client' }).first().click()
  const form = page.getByRole('dialog', { name: 'Add client' })
  await form.getByLabel('Name').fill(name)
  await form.getByRole('button', { name: 'Add client' }).click()
  await expect(page.getByRole('heading', { name })).toBeVisible()
}

/** Starts a program for the open client from a built-in template; its builder opens. */
export async function programFromTemplate(page: Page, template: string): Promise<void> {
  await page.getByRole('link', { name: 'Programs' }).click()
  await page.getByRole('button', { name: '+ New program' }).click()
  const dialog = page.getByRole('dialog', { name: 'New program' })
  await dialog.getByLabel('Start from').selectOption({ label: template })
  await dialog.getByRole('button', { name: 'Create program' }).click()
  await expect(page.getByText(`Started from “${template}”.`)).toBeVisible()
}

/**
 * Fills the open client form with six mistakes (no name, a half e-mail, 31 February, "1e9" cm,
 * a negative weekly distance, a target that is not a time) and submits it.
 */
export async function submitClientMistakes(page: Page, form: Locator): Promise<void> {
  await form.getByLabel('E-mail').fill('ana@')
  await form.getByLabel('Birth date').focus()
  // A day February does not have: the browser cannot read it, and it must not save as empty.
  await page.keyboard.type('02312026')
  await form.getByLabel('Height (cm)').fill('1e9')
  await form.getByLabel(/^Weekly distance/).fill('-5')
  await form.getByLabel('Target time').fill('soon')
  await form.getByRole('button', { name: 'Add client' }).click()
}

/**
 * Picks up a draggable with Space, as a keyboard user does, and returns once arrows will move it.
 * dnd-kit starts listening for arrows in a zero-delay timer queued at the pick-up; timers of equal
 * delay run in order, so one queued after the pick-up shows runs after that listener is in place.
 */
export async function pickUp(page: Page, handle: Locator): Promise<void> {
  await page.keyboard.press('Space')
  await expect(handle).toHaveAttribute('aria-pressed', 'true')
  await page.evaluate(() => new Promise((done) => setTimeout(done, 0)))
}
