import { afterEach, expect, it } from 'vitest'
import { generateDemo } from '../demo/generate-demo'
import { dispatch } from '../dispatch'
import { createHandlers } from '.'
import { openTestDatabase } from '../../../test/support/test-db'
import { installBuiltins } from './builtins'

const t = openTestDatabase()
afterEach(() => t.cleanup())

it('deleting a client removes every record of theirs and nobody else’s', () => {
  const now = '2026-11-24T10:00:00.000Z'
  installBuiltins(t.db, now)
  generateDemo(t.db, { clients: 12, today: '2026-11-24' }, now)
  const handlers = createHandlers(t.db, { now: () => now })
  const owned = [
    'injuries',
    'programs',
    'week_plan_days',
    'week_plan_history',
    'sessions',
    'run_logs',
    'measurements',
    'client_maxes'
  ]
  const rowsOf = (clientId: number): number[] =>
    owned.map(
      (table) =>
        t.db.prepare(`SELECT count(*) FROM ${table} WHERE client_id = ?`).pluck().get(clientId) as number
    )
  const setsOf = (clientId: number): number =>
    t.db
      .prepare('SELECT count(*) FROM set_logs l JOIN sessions s ON s.id = l.session_id WHERE s.client_id = ?')
      .pluck()
      .get(clientId) as number
  const orphanSets = (): number =>
    t.db
      .prepare('SELECT count(*) FROM set_logs WHERE session_id NOT IN (SELECT id FROM sessions)')
      .pluck()
      .get() as number

  const before = rowsOf(3).reduce((a, b) => a + b, 0)
  const othersBefore = rowsOf(4)
  expect(before).toBeGreaterThan(0)
  expect(setsOf(3)).toBeGreaterThan(0)

  expect(dispatch(handlers, 'clients.delete', { id: 3 })).toEqual({ ok: true, value: { deleted: true } })

  expect(rowsOf(3)).toEqual(owned.map(() => 0))
  expect(orphanSets()).toBe(0)
  expect(
    t.db
      .prepare('SELECT count(*) FROM workouts WHERE program_id NOT IN (SELECT id FROM programs)')
      .pluck()
      .get()
  ).toBe(0)
  expect(rowsOf(4)).toEqual(othersBefore)
})
