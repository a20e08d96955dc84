import type { Locator, Page } from '@playwright/test'
import { scan, type Found } from './axe'
import { expect, test } from './fixtures'

/**
 * Every screen and main dialog, scanned by axe-core in both themes on one set of demo data:
 * no serious or critical violation may remain. Problems are gathered over the whole walk and
 * reported together, so one run names them all. Also the keyboard details of the shell: the
 * "Skip to content" link and the favicon.
 */

// One demo load, then about twenty-five stops scanned twice: a long walk on a busy machine.
test.describe.configure({ timeout: 600_000 })

/** A main dialog: the button in the screen that opens it, and its title. */
type DialogStop = [opener: string, title: string | RegExp]

/** Opens each dialog with its button in the screen, scans it, and closes it with Escape. */
async function scanDialogs(
  page: Page,
  dialogs: readonly DialogStop[],
  where: string,
  found: Found
): Promise<void> {
  for (const [opener, title] of dialogs) {
    await page
      .getByRole('main')
      .getByRole('button', { name: opener, exact: true })
      .first()
      .click({ timeout: 30_000 })
    const dialog = page.getByRole('dialog', { name: title })
    await expect(dialog).toBeVisible()
    await scan(page, `${where}, dialog ${String(title)}`, found, 'dialog[open]')
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
  }
}

/**
 * One stop of the walk: how to reach the screen (a link in the sidebar or the client's tabs), what
 * shows once it is ready, and the dialogs it opens.
 */
interface Stop {
  link: string
  ready: (main: Locator) => Locator
  dialogs?: readonly DialogStop[]
}

/** The client's tabs, after the overview. */
const clientStops: readonly Stop[] = [
  {
    link: 'Programs',
    ready: (main) => main.getByRole('button', { name: '+ New program' }),
    dialogs: [['+ New program', 'New program']]
  },
  // Its calendar export is scanned in week-plan.spec.ts, on a week that has something to export.
  { link: 'Week plan', ready: (main) => main.getByRole('region', { name: 'Monday' }) },
  {
    link: 'Log',
    ready: (main) => main.getByRole('table', { name: 'Sessions' }),
    dialogs: [
      ['+ Log session', 'Log session'],
      ['+ Log run', 'Log run'],
      ['+ Add measurement', 'Add measurement']
    ]
  },
  { link: 'Progress', ready: (main) => main.locator('.recharts-surface').first() },
  { link: 'Race tools', ready: (main) => main.getByRole('heading').first() }
]

/** The other sections of the sidebar. */
const sectionStops: readonly Stop[] = [
  {
    link: 'Exercise library',
    ready: (main) => main.getByRole('button', { name: '+ New exercise' }),
    dialogs: [['+ New exercise', 'New exercise']]
  },
  {
    link: 'Templates',
    ready: (main) => main.getByRole('button', { name: '+ New template' }),
    dialogs: [['+ New template', 'New template']]
  },
  {
    link: 'Settings',
    ready: (main) => main.getByRole('button', { name: 'Restore…' }),
    dialogs: [
      ['Restore…', 'Restore a backup'],
      ['Import clients from CSV…', 'Import clients from CSV'],
      ['Import a Spotter file…', 'Import a Spotter file']
    ]
  }
]

async function visit(page: Page, stop: Stop, found: Found): Promise<void> {
  const main = page.getByRole('main')
  await page.getByRole('link', { name: stop.link, exact: true }).click()
  await expect(page.getByRole('link', { name: stop.link, exact: true })).toHaveAttribute(
    'aria-current',
    'page'
  )
  await expect(stop.ready(main)).toBeVisible()
  await scan(page, stop.link, found)
  await scanDialogs(page, stop.dialogs ?? [], stop.link, found)
}

/** The whole walk, each stop in both themes. */
async function walk(page: Page, clientName: string, found: Found): Promise<void> {
  const main = page.getByRole('main')
  await visit(
    page,
    {
      link: 'Clients',
      ready: (m) => m.getByRole('table', { name: 'Clients' }),
      dialogs: [['+ Add client', 'Add client']]
    },
    found
  )

  await main.getByRole('link', { name: clientName }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: clientName })).toBeVisible()
  await scan(page, 'client overview', found)
  const overviewDialogs: DialogStop[] = [
    ['+ Add injury', 'Add injury or limitation'],
    ['Edit', `Edit ${clientName}`],
    ['Export data…', /^Export .*data$/]
  ]
  await scanDialogs(page, overviewDialogs, 'client overview', found)
  for (const stop of clientStops) await visit(page, stop, found)

  // A program open in the builder, with its exercise picker and handout.
  await page.getByRole('link', { name: 'Programs', exact: true }).click()
  await main.locator('a[href*="/programs/"]').first().click()
  await expect(main.getByRole('button', { name: 'Print handout…' })).toBeVisible()
  await scan(page, 'program builder', found)
  const builderDialogs: DialogStop[] = [
    ['+ Add exercise', /^Add an exercise to /],
    ['Print handout…', 'Print handout']
  ]
  await scanDialogs(page, builderDialogs, 'program builder', found)

  for (const stop of sectionStops) await visit(page, stop, found)
}

test('every screen and main dialog passes axe-core in the light and the dark theme', async ({
  page,
  spotter
}) => {
  await page.goto(spotter.url)
  await page.getByRole('button', { name: 'Load demo data' }).click()
  const firstClient = page
    .getByRole('table', { name: /clients/i })
    .getByRole('link')
    .first()
  await expect(firstClient).toBeVisible({ timeout: 120_000 })
  const clientName = (await firstClient.textContent()) ?? ''

  const found: Found = []
  try {
    await walk(page, clientName, found)
  } finally {
    // What was found before any failure of the walk itself, so one run names it all.
    if (found.length > 0) console.log(found.join('\n'))
  }
  expect(found, found.join('\n')).toEqual([])
})

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
