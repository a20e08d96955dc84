import type { Page } from '@playwright/test'
import { dateOfTimestamp } from '../src/shared/dates'
import { api } from './api'
import { expect, test, type RunningSpotter } from './fixtures'

/**
 * The Progress tab on demo data, and a dumbbell suggestion accepted into the program.
 * The session that earns the suggestion is logged through the API (the logging screens are
 * tested in their own spec); everything the trainer does here goes through roles and labels.
 */

interface Prescription {
  id: number
  exerciseId: number
  exerciseName: string
  exerciseCategory: string
  repsMax: number | null
  load: { kind: string }
}
interface Program {
  id: number
  name: string
  status: string
  workouts: Array<{ id: number; prescriptions: Prescription[] }>
}

/** A demo runner with one program, active, whose first workout has a dumbbell lift for reps. */
async function pickRunner(page: Page, spotter: RunningSpotter) {
  // List rows are [id, name, goals, tags, race name, race date, race distance, active program, …].
  const { rows } = await api<{
    rows: Array<[number, string, string, string[], unknown, unknown, unknown, string | null]>
  }>(page, spotter, 'clients.list', {})
  const clients = rows.map(([id, name, , , , , , activeProgramName]) => ({ id, name, activeProgramName }))
  for (const client of clients) {
    if (!client.activeProgramName) continue
    const programs = await api<Program[]>(page, spotter, 'programs.listForClient', { clientId: client.id })
    if (programs.length !== 1 || clients.filter((c) => c.name === client.name).length > 1) continue
    const active = programs[0]
    if (active?.status !== 'active') continue
    const program = await api<Program>(page, spotter, 'programs.get', { id: active.id })
    const workout = program.workouts[0]
    const lift = workout?.prescriptions.find(
      (p) => p.load.kind === 'rpe' && p.repsMax !== null && p.exerciseName.startsWith('Dumbbell')
    )
    if (workout && lift) return { client, program, workout, lift }
  }
  throw new Error('No demo runner with a single active program')
}

test('progress charts, records, and an accepted dumbbell suggestion of at most 10 %', async ({
  page,
  spotter
}) => {
  // A long walk through the demo practice: logs, charts, records, a suggestion and the builder.
  test.setTimeout(180_000)
  await page.goto(spotter.url)
  await page.getByRole('button', { name: 'Load demo data' }).click()
  await expect(page.getByRole('table', { name: 'Clients' })).toBeVisible()
  const { client, program, workout, lift } = await pickRunner(page, spotter)

  await page.getByLabel('Search clients').fill(client.name)
  await page.getByRole('table', { name: 'Clients' }).getByRole('link', { name: client.name }).first().click()
  await page.getByRole('link', { name: 'Progress' }).click()

  const e1rm = page.getByRole('figure', { name: 'Estimated 1RM' })
  await expect(e1rm).toBeVisible()
  await expect(e1rm.getByText('Estimated 1RM (Epley), from sets of 12 reps or fewer')).toBeVisible()
  await expect(e1rm.getByLabel('Exercise')).toBeVisible()
  await expect(e1rm.getByRole('application')).toBeVisible()
  const records = page.getByRole('table', { name: 'Personal records' })
  await expect(records.getByRole('row').nth(1)).toBeVisible()
  await expect(records.getByRole('rowheader', { name: lift.exerciseName })).toBeVisible()
  // Charts below the fold are drawn as they scroll into view.
  const bodyWeight = page.getByRole('figure', { name: 'Body weight' })
  const running = page.getByRole('figure', { name: 'Weekly running' })
  await expect(running.getByRole('application')).toHaveCount(0)
  await bodyWeight.scrollIntoViewIfNeeded()
  await expect(bodyWeight.getByRole('application')).toBeVisible()
  await running.scrollIntoViewIfNeeded()
  await expect(running.getByRole('application').first()).toBeVisible()
  await expect(page.getByRole('figure', { name: 'Weekly volume' })).toBeVisible()
  const sessions = page.getByRole('figure', { name: 'Strength sessions' })
  await expect(sessions).toBeVisible()
  await expect(sessions).toContainText(/against the plan it had then|nothing was planned in this range/)

  // A record's date opens the session that set it, and the log marks that session.
  await records
    .getByRole('row', { name: new RegExp(lift.exerciseName) })
    .getByRole('link')
    .first()
    .click()
  await expect(page.getByRole('button', { name: '← Back to the log' })).toBeVisible()
  await page.getByRole('button', { name: '← Back to the log' }).click()
  await expect(page.getByRole('table', { name: 'Sessions' }).getByText('PR').first()).toBeVisible()
  await page.getByRole('link', { name: 'Progress' }).click()

  // The date range changes what the charts cover.
  await page.getByRole('group', { name: 'Date range' }).getByRole('button', { name: 'All' }).click()
  await expect(
    page.getByRole('group', { name: 'Date range' }).getByRole('button', { name: 'All' })
  ).toHaveAttribute('aria-pressed', 'true')

  // Every set at the top of the range, easily: the next dumbbell is earned, at most 10 % heavier.
  const today = dateOfTimestamp(new Date().toISOString()) // the server's day, as its clock reads
  const loadKg = 20
  await api(page, spotter, 'sessions.save', {
    clientId: client.id,
    workoutId: workout.id,
    date: today,
    sets: [1, 2, 3].map(() => ({
      exerciseId: lift.exerciseId,
      prescriptionId: lift.id,
      reps: lift.repsMax,
      loadKg,
      rpe: 6
    }))
  })
  await page.reload()
  const accept = page.getByRole('button', { name: `Accept suggestion for ${lift.exerciseName}` })
  await expect(accept).toBeVisible()
  const suggestion = page
    .getByRole('list', { name: 'Progression suggestions' })
    .getByRole('listitem')
    .filter({
      has: accept
    })
  await expect(suggestion).toContainText('Rule: Dumbbells: the next dumbbell up (2 kg apart), at most +10 %.')
  const offered = Number(/try ([\d.]+) kg/.exec((await suggestion.textContent()) ?? '')?.[1])
  expect(offered).toBeGreaterThan(loadKg)
  expect((offered - loadKg) / loadKg).toBeLessThanOrEqual(0.1)
  await expect(accept).toHaveText(`Use ${offered} kg`)
  await accept.click()
  await expect(page.getByText(`${lift.exerciseName}: load set to ${offered} kg.`)).toBeVisible()
  await expect(accept).toBeHidden()

  await page.getByRole('link', { name: 'Programs' }).click()
  await page.getByRole('link', { name: program.name }).click()
  await expect(page.getByLabel(`Weight for ${lift.exerciseName} (kg)`)).toHaveValue(String(offered))
  await expect(page.getByLabel(`Load type for ${lift.exerciseName}`)).toHaveValue('kg')
})
