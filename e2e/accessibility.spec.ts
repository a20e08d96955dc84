import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'

/**
 * Every screen and main dialog, scanned by axe-core in both themes on one set of demo data:
 * no serious or critical violation may remain. Problems are gathered over the whole walk and
 * reported together, so one run names them all. Also the keyboard details of the shell: the
 * "Skip to content" link and the favicon.
 */

// One demo load per theme, then about twenty-five scans: a long walk on a busy machine.
test.describe.configure({ timeout: 420_000 })

type Found = string[]

/** Scans the page (or one dialog) and notes each serious or critical violation with where it was. */
async function scan(page: Page, where: string, found: Found, within?: string): Promise<void> {
  let builder = new AxeBuilder({ page })
  if (within) builder = builder.include(within)
  const result = await builder.analyze()
  for (const violation of result.violations) {
    if (violation.impact !== 'serious' && violation.impact !== 'critical') continue
    const targets = violation.nodes
      .slice(0, 6)
      .map((node) => {
        const data = node.any[0]?.data as {
          fgColor?: string
          bgColor?: string
          contrastRatio?: number
        } | null
        const colours = data?.fgColor ? ` [${data.fgColor} on ${data.bgColor}: ${data.contrastRatio}]` : ''
        return node.target.join(' ') + colours
      })
      .join(' | ')
    found.push(`${where}: ${violation.id} (${violation.impact}) ${violation.help} → ${targets}`)
  }
}

/** Opens a dialog with a button, scans it, and closes it with Escape. */
async function scanDialog(
  page: Page,
  opener: Locator,
  title: string | RegExp,
  where: string,
  found: Found
): Promise<void> {
  await opener.click({ timeout: 30_000 })
  const dialog = page.getByRole('dialog', { name: title })
  await expect(dialog).toBeVisible()
  await scan(page, `${where} dialog`, found, 'dialog[open]')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('link', { name, exact: true }).click()
  await expect(page.getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page')
}

/** The whole walk in the current theme. */
async function walk(page: Page, clientName: string, theme: string, found: Found): Promise<void> {
  const at = (where: string): string => `${theme} ${where}`
  const main = page.getByRole('main')

  await page.getByRole('link', { name: 'Clients', exact: true }).click()
  await expect(page.getByRole('table', { name: /clients/i })).toBeVisible()
  await scan(page, at('clients'), found)
  await scanDialog(
    page,
    main.getByRole('button', { name: 'Add client' }).first(),
    'Add client',
    at('add client'),
    found
  )

  await page.getByRole('link', { name: clientName }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: clientName })).toBeVisible()
  await scan(page, at('client overview'), found)
  await scanDialog(
    page,
    main.getByRole('button', { name: '+ Add injury' }),
    'Add injury or limitation',
    at('injury'),
    found
  )
  await scanDialog(
    page,
    main.getByRole('button', { name: 'Edit', exact: true }).first(),
    `Edit ${clientName}`,
    at('edit client'),
    found
  )
  await scanDialog(
    page,
    main.getByRole('button', { name: 'Export data…' }),
    /^Export .*data$/,
    at('export client'),
    found
  )

  await openTab(page, 'Programs')
  await scan(page, at('programs'), found)
  await scanDialog(
    page,
    main.getByRole('button', { name: '+ New program' }),
    'New program',
    at('new program'),
    found
  )
  await main
    .getByRole('link')
    .filter({ hasText: /.+/ })
    .and(main.locator('a[href*="/programs/"]'))
    .first()
    .click()
  await expect(main.getByRole('button', { name: 'Print handout…' })).toBeVisible()
  await scan(page, at('program builder'), found)
  await scanDialog(
    page,
    main.getByRole('button', { name: '+ Add exercise' }).first(),
    /^Add an exercise to /,
    at('add exercise'),
    found
  )
  await scanDialog(
    page,
    main.getByRole('button', { name: 'Print handout…' }),
    'Print handout',
    at('handout'),
    found
  )

  await openTab(page, 'Week plan')
  await expect(main.getByRole('region', { name: 'Monday' })).toBeVisible()
  await scan(page, at('week plan'), found)

  await openTab(page, 'Log')
  await expect(main.getByRole('table', { name: 'Sessions' })).toBeVisible()
  await scan(page, at('log'), found)
  await scanDialog(
    page,
    main.getByRole('button', { name: '+ Log session' }),
    'Log session',
    at('log session'),
    found
  )
  await scanDialog(page, main.getByRole('button', { name: '+ Log run' }), 'Log run', at('log run'), found)
  await scanDialog(
    page,
    main.getByRole('button', { name: '+ Add measurement' }),
    'Add measurement',
    at('measurement'),
    found
  )

  await openTab(page, 'Progress')
  await expect(main.locator('.recharts-surface').first()).toBeVisible()
  await scan(page, at('progress'), found)

  await openTab(page, 'Race tools')
  await scan(page, at('race tools'), found)

  await page.getByRole('link', { name: 'Exercise library' }).click()
  await expect(main.getByRole('button', { name: '+ New exercise' })).toBeVisible()
  await scan(page, at('library'), found)
  await scanDialog(
    page,
    main.getByRole('button', { name: '+ New exercise' }),
    'New exercise',
    at('new exercise'),
    found
  )

  await page.getByRole('link', { name: 'Templates' }).click()
  await expect(main.getByRole('button', { name: '+ New template' })).toBeVisible()
  await scan(page, at('templates'), found)
  await scanDialog(
    page,
    main.getByRole('button', { name: '+ New template' }),
    'New template',
    at('new template'),
    found
  )

  await page.getByRole('link', { name: 'Settings' }).click()
  await expect(main.getByRole('button', { name: 'Restore…' })).toBeVisible()
  await scan(page, at('settings'), found)
  await scanDialog(
    page,
    main.getByRole('button', { name: 'Restore…' }),
    'Restore a backup',
    at('restore'),
    found
  )
  await scanDialog(
    page,
    main.getByRole('button', { name: 'Import clients from CSV…' }),
    'Import clients from CSV',
    at('import clients'),
    found
  )
  await scanDialog(
    page,
    main.getByRole('button', { name: 'Import a Spotter file…' }),
    'Import a Spotter file',
    at('import file'),
    found
  )
}

for (const theme of ['light', 'dark'] as const) {
  test(`every screen and main dialog passes axe-core in the ${theme} theme`, async ({ page, spotter }) => {
    await page.goto(spotter.url)
    await page.getByRole('button', { name: 'Load demo data' }).click()
    const firstClient = page
      .getByRole('table', { name: /clients/i })
      .getByRole('link')
      .first()
    await expect(firstClient).toBeVisible({ timeout: 120_000 })
    const clientName = (await firstClient.textContent()) ?? ''
    if (theme === 'dark') {
      await page.getByRole('button', { name: 'Switch to dark theme' }).click()
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    }

    const found: Found = []
    try {
      await walk(page, clientName, theme, found)
    } finally {
      // What was found before any failure of the walk itself, so one run names it all.
      if (found.length > 0) console.log(found.join('\n'))
    }
    expect(found, found.join('\n')).toEqual([])
  })
}

test('"Skip to content" is the first tab stop and moves focus to the screen', async ({ page, spotter }) => {
  await page.goto(spotter.url)
  await expect(page.getByRole('button', { name: 'Load demo data' })).toBeVisible()
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('main')).toBeFocused()
  // The next Tab lands inside the screen, not back in the sidebar.
  await page.keyboard.press('Tab')
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true)
})

test('the app icon is served as the favicon, and nothing the page asks for is missing', async ({
  page,
  spotter
}) => {
  const failed: string[] = []
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`)
  })
  await page.goto(spotter.url)
  await expect(page.getByRole('button', { name: 'Load demo data' })).toBeVisible()
  const href = await page.locator('link[rel="icon"]').getAttribute('href')
  expect(href).toBeTruthy()
  const icon = await page.request.get(new URL(href ?? '', page.url()).href)
  expect(icon.status()).toBe(200)
  expect(icon.headers()['content-type']).toBe('image/svg+xml')
  expect(failed).toEqual([])
})

test('at 1024×700 the client list clips no name, header or injury badge', async ({ page, spotter }) => {
  await page.setViewportSize({ width: 1024, height: 700 })
  await page.goto(spotter.url)
  await page.getByRole('button', { name: 'Load demo data' }).click()
  const table = page.getByRole('table', { name: 'Clients' })
  await expect(table.getByRole('link').first()).toBeVisible({ timeout: 120_000 })
  // Less important columns gave way; the ones left show whole.
  await expect(table.getByRole('columnheader')).toHaveText([
    'Name ▲',
    'Next race',
    'Last session',
    'Injuries'
  ])
  const clipped = await table.evaluate((element) =>
    [...element.querySelectorAll<HTMLElement>('th button, a.row-link, td .badge.warn')]
      .filter(
        (node) =>
          node.scrollWidth > node.clientWidth + 1 ||
          node.getBoundingClientRect().right >
            (node.closest('td, th')?.getBoundingClientRect().right ?? Infinity)
      )
      .map((node) => node.textContent)
  )
  expect(clipped).toEqual([])
})
