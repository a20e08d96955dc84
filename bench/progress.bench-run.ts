import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { openDatabase } from '../src/main/db/connection'
import { generateDemo } from '../src/main/db/demo'
import * as store from '../src/main/db/progress'
import { createHandlers, dispatch } from '../src/main/dispatch'
import { installBuiltins } from '../src/main/services/builtins'
import { medianMs, report } from './measure'

const dir = mkdtempSync(join(tmpdir(), 'spotter-bench-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

it('progress charts of a five-year client in a 1,000,000-set practice', () => {
  const db = openDatabase(join(dir, 'progress.db'))
  const now = '2026-11-24T10:00:00.000Z'
  const today = '2026-11-24'
  installBuiltins(db, now)
  let started = performance.now()
  const practice = generateDemo(db, { clients: 10_000, today, setsPerClient: 100 }, now)
  // One long-standing client: five years of runs and measurements, and sessions back as far as
  // 10,000 sets reach (about five years at two sessions a week).
  const veteran = generateDemo(
    db,
    { clients: 1, today, seed: 5, weeksOfLogs: 260, setsPerClient: 10_000 },
    now
  )
  const clientId = db.prepare('SELECT max(id) FROM clients').pluck().get() as number
  const span = db
    .prepare('SELECT min(date) AS first, count(*) AS sessions FROM sessions WHERE client_id = ?')
    .get(clientId) as { first: string; sessions: number }
  console.log(
    `Generated ${practice.sets + veteran.sets} sets in ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
      `the client has ${veteran.sets} sets in ${span.sessions} sessions since ${span.first}, ${veteran.runs} runs, ${veteran.measurements} measurements`
  )
  expect(practice.sets + veteran.sets).toBeGreaterThan(990_000)
  expect(span.first < '2022-01-01').toBe(true)

  const handlers = createHandlers(db, { now: () => now })
  const call = (name: string, input: unknown): unknown => {
    const result = dispatch(handlers, name, input)
    if (!result.ok) throw new Error(result.error.message)
    return result.value
  }
  // What the Progress tab asks for on opening "All": every chart and the records list, in one call.
  const progressTab = (): void => {
    call('progress.charts', { clientId, from: null, to: null })
  }
  started = performance.now()
  progressTab()
  console.log(`First (cold) Progress tab: ${(performance.now() - started).toFixed(1)} ms`)

  // Baseline: the rows behind those charts, read once each with plain indexed SQL (sessions by
  // client and date, their sets by session, runs and measurements by client and date), no
  // aggregation, no validation, no mapping.
  const rawSets = db.prepare(
    `SELECT s.id, s.date, l.exercise_id, l.reps, l.load_kg, l.warmup FROM sessions s
     JOIN set_logs l ON l.session_id = s.id WHERE s.client_id = ?`
  )
  const rawRuns = db.prepare('SELECT date, kind, distance_m, duration_s FROM run_logs WHERE client_id = ?')
  const rawWeights = db.prepare(
    `SELECT date, value FROM measurements WHERE client_id = ?
       AND kind_id = (SELECT id FROM measurement_kinds WHERE builtin_key = 'body_weight')`
  )
  const rawPlan = db.prepare('SELECT weekday FROM week_plan_workouts WHERE client_id = ?')
  const raw = (): void => {
    rawSets.all(clientId)
    rawRuns.all(clientId)
    rawWeights.all(clientId)
    rawPlan.all(clientId)
  }

  const figures = [
    {
      name: 'progress.charts (all history) vs raw rows',
      // Steady state, as in the long-lived app: V8 needs a few dozen calls to optimise the
      // shaping code, so both sides get the same generous warm-up before the timed runs.
      appMs: medianMs(progressTab, 41, 30),
      baselineMs: medianMs(raw, 41, 30),
      limit: 1.5
    },
    {
      name: 'its set aggregation alone (one SQL pass) vs raw sets',
      appMs: medianMs(() => store.sessionBestRows(db, clientId), 21, 10),
      baselineMs: medianMs(() => rawSets.all(clientId), 21, 10)
    },
    {
      name: 'suggestions.list vs its raw rows',
      appMs: medianMs(() => call('suggestions.list', { clientId }), 9),
      baselineMs: medianMs(
        () =>
          db
            .prepare(
              `SELECT l.* FROM programs p JOIN workouts w ON w.program_id = p.id
               JOIN prescriptions r ON r.workout_id = w.id JOIN set_logs l ON l.prescription_id = r.id
               WHERE p.client_id = ? AND p.status = 'active' AND l.session_id IN
                 (SELECT id FROM sessions WHERE client_id = ? ORDER BY date DESC LIMIT 4)`
            )
            .all(clientId, clientId),
        9
      )
    }
  ]
  report('Progress of one client with five years of logs (1,000,000 sets in the practice)', figures)
  const [tab] = figures
  expect((tab?.appMs ?? 0) / (tab?.baselineMs ?? 1)).toBeLessThanOrEqual(1.5)
  db.close()
})
