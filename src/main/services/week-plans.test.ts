import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { textMatching } from '../../../test/support/matchers'
import type { Database } from 'better-sqlite3'
import type { OperationName, Output } from '@shared/contract'
import { checkWeek, planWeekOf } from '@shared/training/week-rules'
import { dispatch, dispatchAsync } from '../dispatch'
import { createHandlers, type Handlers } from '.'
import { expectOk, useTestStore } from '../../../test/support/test-store'

const now = '2026-11-24T10:00:00.000Z'

let db: Database
let handlers: Handlers

useTestStore(now, (store) => ({ db, handlers } = store))

const ok = <N extends OperationName>(name: N, input: unknown): Output<N> => expectOk(handlers, name, input)

/** The client's plan history as stored: [from, weekdays] rows, oldest first. */
const historyOf = (clientId: number): unknown[][] =>
  db
    .prepare('SELECT from_date, weekdays FROM week_plan_history WHERE client_id = ? ORDER BY from_date')
    .raw()
    .all(clientId) as unknown[][]

/** A client with an active program of the two runner templates' workouts: lower body, then upper body. */
function runner(name = 'Zoë Łukasz-Ørsted') {
  const client = ok('clients.create', { name, priority: 'running' })
  const template = (key: string): number =>
    db.prepare('SELECT id FROM programs WHERE builtin_key = ?').pluck().get(key) as number
  const program = ok('programs.create', {
    clientId: client.id,
    fromProgramId: template('runner-lower-body'),
    name: 'Spring block',
    status: 'active',
    startDate: '2026-11-30',
    weeks: 8
  })
  const upper = ok('workouts.add', { programId: program.id, name: 'Upper body' })
  return {
    clientId: client.id,
    lower: program.workouts[0]?.id as number,
    upper: upper.id,
    programId: program.id
  }
}

describe('the week plan', () => {
  it('starts as seven rest days, with the active program’s workouts to place', () => {
    const { clientId, lower } = runner()
    const plan = ok('weekPlan.get', { clientId })
    expect(plan.planned).toBe(false)
    expect(plan.days.map((d) => [d.weekday, d.runKind, d.workouts.length])).toEqual(
      Array.from({ length: 7 }, (_, i) => [i, 'rest', 0])
    )
    expect(plan.priority).toBe('running')
    expect(plan.activeProgramName).toBe('Spring block')
    expect(plan.available.map((w) => [w.id, w.name, w.lowerBody, w.exerciseCount])).toEqual([
      [lower, 'Lower body', true, 6],
      [expect.any(Number), 'Upper body', false, 0]
    ])
  })

  it('saves a day as it is edited: run, distance, workouts in order, order within the day and a note', () => {
    const { clientId, lower, upper } = runner()
    const plan = ok('weekPlan.saveDay', {
      clientId,
      weekday: 2,
      runKind: 'easy',
      distanceM: 8000,
      qualityKind: 'tempo',
      workoutIds: [upper, lower],
      order: 'run_first',
      notes: '  Flat route  '
    })
    expect(plan.planned).toBe(true)
    expect(plan.days[2]).toMatchObject({
      runKind: 'easy',
      qualityKind: null, // only a quality day keeps its kind
      distanceM: 8000,
      durationS: null,
      order: 'run_first',
      notes: 'Flat route'
    })
    expect(plan.days[2]?.workouts.map((w) => w.name)).toEqual(['Upper body', 'Lower body'])
    // A rest day keeps no distance and no order.
    const rest = ok('weekPlan.saveDay', {
      clientId,
      weekday: 2,
      runKind: 'rest',
      distanceM: 5000,
      workoutIds: [lower],
      order: 'lift_first'
    })
    expect(rest.days[2]).toMatchObject({ runKind: 'rest', distanceM: null, order: null })
    expect(rest.days[2]?.workouts.map((w) => w.id)).toEqual([lower])
  })

  it('refuses bad input naming the field, and writes nothing', () => {
    const { clientId, lower } = runner()
    const other = runner('Łukasz')
    const attempt = (input: Record<string, unknown>) =>
      dispatch(handlers, 'weekPlan.saveDay', { clientId, weekday: 1, runKind: 'easy', ...input })
    expect(attempt({ distanceM: 0 })).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'distanceM', message: 'Enter a distance above zero' }
    })
    expect(attempt({ durationS: -60 })).toMatchObject({ ok: false, error: { field: 'durationS' } })
    expect(attempt({ durationS: 25 * 3600 })).toMatchObject({ ok: false, error: { field: 'durationS' } })
    expect(attempt({ weekday: 7 })).toMatchObject({ ok: false, error: { field: 'weekday' } })
    expect(attempt({ workoutIds: [other.lower] })).toMatchObject({
      ok: false,
      error: { field: 'workoutIds', message: textMatching(/not in this client’s programs/) }
    })
    expect(attempt({ workoutIds: [lower, lower] })).toMatchObject({
      ok: false,
      error: { field: 'workoutIds.1' }
    })
    expect(attempt({ surprise: true })).toMatchObject({ ok: false, error: { code: 'validation' } })
    expect(
      dispatch(handlers, 'weekPlan.saveDay', { clientId: 999, weekday: 1, runKind: 'easy' })
    ).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'clientId' }
    })
    expect(ok('weekPlan.get', { clientId }).planned).toBe(false)
    expect(db.prepare('SELECT count(*) FROM week_plan_days').pluck().get()).toBe(0)
  })

  it('replaces the whole week at once, so clearing it can be undone', () => {
    const { clientId, lower, upper } = runner()
    ok('weekPlan.saveDay', { clientId, weekday: 0, runKind: 'rest', workoutIds: [lower] })
    const before = ok('weekPlan.saveDay', { clientId, weekday: 5, runKind: 'long', distanceM: 20_000 })
    expect(ok('weekPlan.replace', { clientId, days: [] }).planned).toBe(false)
    const days = before.days
      .filter((d) => d.runKind !== 'rest' || d.workouts.length > 0)
      .map(({ workouts, ...d }) => ({ ...d, workoutIds: workouts.map((w) => w.id) }))
    const restored = ok('weekPlan.replace', { clientId, days })
    expect(restored.days).toEqual(before.days)
    // One bad day refuses the lot.
    const bad = dispatch(handlers, 'weekPlan.replace', {
      clientId,
      days: [
        { weekday: 1, runKind: 'easy' },
        { weekday: 2, runKind: 'easy', workoutIds: [upper, 9999] }
      ]
    })
    expect(bad).toMatchObject({ ok: false, error: { field: 'days.1.workoutIds' } })
    expect(ok('weekPlan.get', { clientId }).days).toEqual(before.days)
    expect(
      dispatch(handlers, 'weekPlan.replace', {
        clientId,
        days: [
          { weekday: 1, runKind: 'easy' },
          { weekday: 1, runKind: 'rest' }
        ]
      })
    ).toMatchObject({ ok: false, error: { field: 'days' } })
  })

  it('drops a workout from the plan when it is deleted from the program, and counts it in adherence', () => {
    const { clientId, lower, upper } = runner()
    ok('weekPlan.saveDay', { clientId, weekday: 3, runKind: 'rest', workoutIds: [lower, upper] })
    expect(ok('progress.charts', { clientId }).adherence.plannedPerWeek).toBe(2)
    ok('workouts.delete', { id: upper })
    expect(ok('weekPlan.get', { clientId }).days[3]?.workouts.map((w) => w.id)).toEqual([lower])
  })

  it('keeps its strength days over time: a row from each day they changed, none when they did not', () => {
    const { clientId, lower, upper } = runner()
    const earlier = createHandlers(db, { now: () => '2026-11-02T09:00:00.000Z' })
    expectOk(earlier, 'weekPlan.saveDay', { clientId, weekday: 1, runKind: 'rest', workoutIds: [lower] })
    // A run changed, the strength days not: nothing to record.
    expectOk(earlier, 'weekPlan.saveDay', { clientId, weekday: 5, runKind: 'long', distanceM: 18_000 })
    expect(historyOf(clientId)).toEqual([['2026-11-02', '[1]']])
    ok('weekPlan.saveDay', { clientId, weekday: 3, runKind: 'easy', workoutIds: [upper], order: 'run_first' })
    // Changed again the same day: that day's row is replaced.
    ok('weekPlan.saveDay', {
      clientId,
      weekday: 3,
      runKind: 'easy',
      workoutIds: [upper, lower],
      order: 'run_first'
    })
    expect(historyOf(clientId)).toEqual([
      ['2026-11-02', '[1]'],
      ['2026-11-24', '[1,3,3]']
    ])
    // Back to what it was before today: today changed nothing after all.
    ok('weekPlan.saveDay', { clientId, weekday: 3, runKind: 'easy' })
    expect(historyOf(clientId)).toEqual([['2026-11-02', '[1]']])

    // A plan made and cleared today leaves no history: the client still never had a plan.
    const other = runner('Łukasz')
    ok('weekPlan.saveDay', {
      clientId: other.clientId,
      weekday: 2,
      runKind: 'rest',
      workoutIds: [other.lower]
    })
    expect(historyOf(other.clientId)).toEqual([['2026-11-24', '[2]']])
    ok('weekPlan.replace', { clientId: other.clientId, days: [] })
    expect(historyOf(other.clientId)).toEqual([])
  })

  it('records the change when a workout in the plan is deleted, or its whole program', () => {
    const { clientId, lower, upper, programId } = runner()
    const earlier = createHandlers(db, { now: () => '2026-11-02T09:00:00.000Z' })
    expectOk(earlier, 'weekPlan.saveDay', { clientId, weekday: 1, runKind: 'rest', workoutIds: [lower] })
    expectOk(earlier, 'weekPlan.saveDay', { clientId, weekday: 3, runKind: 'rest', workoutIds: [upper] })
    // A workout that is not in the plan changes nothing.
    ok('workouts.delete', { id: ok('workouts.add', { programId, name: 'Core' }).id })
    expect(historyOf(clientId)).toEqual([['2026-11-02', '[1,3]']])
    ok('workouts.delete', { id: upper })
    expect(historyOf(clientId)).toEqual([
      ['2026-11-02', '[1,3]'],
      ['2026-11-24', '[1]']
    ])
    ok('programs.delete', { id: programId })
    expect(ok('weekPlan.get', { clientId }).planned).toBe(true)
    expect(historyOf(clientId)).toEqual([
      ['2026-11-02', '[1,3]'],
      ['2026-11-24', '[]']
    ])
    ok('clients.delete', { id: clientId })
    expect(historyOf(clientId)).toEqual([])
  })

  it('reads the week the rules check: lower body before the long run, then moved after an easy run', () => {
    const { clientId, lower } = runner()
    for (const [weekday, runKind] of [
      [1, 'quality'],
      [2, 'easy'],
      [3, 'easy'],
      [4, 'easy'],
      [5, 'long']
    ] as const) {
      ok('weekPlan.saveDay', { clientId, weekday, runKind })
    }
    const before = ok('weekPlan.saveDay', {
      clientId,
      weekday: 4,
      runKind: 'easy',
      workoutIds: [lower],
      order: 'run_first'
    })
    const warning = checkWeek(planWeekOf(before)).find((c) => c.rule === 'strength-before-hard')
    expect(warning).toMatchObject({ level: 'warning', days: [4, 5] })
    ok('weekPlan.saveDay', { clientId, weekday: 4, runKind: 'easy' })
    const after = ok('weekPlan.saveDay', {
      clientId,
      weekday: 3,
      runKind: 'easy',
      workoutIds: [lower],
      order: 'run_first'
    })
    expect(
      checkWeek(planWeekOf(after)).filter((c) => c.rule !== 'frequency' && c.level === 'warning')
    ).toEqual([])
  })
})

describe('calendar export', () => {
  function plannedRunner() {
    const r = runner()
    ok('weekPlan.saveDay', {
      clientId: r.clientId,
      weekday: 1,
      runKind: 'quality',
      qualityKind: 'intervals',
      durationS: 3600
    })
    ok('weekPlan.saveDay', {
      clientId: r.clientId,
      weekday: 3,
      runKind: 'easy',
      distanceM: 8000,
      workoutIds: [r.lower],
      order: 'run_first'
    })
    ok('weekPlan.saveDay', {
      clientId: r.clientId,
      weekday: 5,
      runKind: 'long',
      distanceM: 21_000,
      notes: 'Fuel every 40 min'
    })
    ok('weekPlan.saveDay', { clientId: r.clientId, weekday: 6, runKind: 'rest', workoutIds: [r.upper] })
    return r
  }

  it('downloads in browser mode: one event per run and per strength session, read back with ical.js', async () => {
    const { clientId } = plannedRunner()
    const result = await dispatchAsync(handlers, 'weekPlan.exportCalendar', {
      clientId,
      startDate: '2026-11-30',
      weeks: 2
    })
    if (!result.ok) throw new Error(result.error.message)
    const value = result.value as Extract<Output<'weekPlan.exportCalendar'>, { kind: 'download' }>
    expect(value).toMatchObject({
      kind: 'download',
      fileName: 'Zoë Łukasz-Ørsted – week plan.ics',
      events: 10
    })
    const calendar = new ICAL.Component(ICAL.parse(value.text) as unknown[])
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c))
    expect(events).toHaveLength(10)
    const first = events.slice(0, 5).map((e) => [e.startDate.toString(), e.startDate.isDate, e.summary])
    expect(first).toEqual([
      ['2026-12-01', true, 'Intervals · 1:00:00'],
      ['2026-12-03', true, 'Easy run · 8 km'],
      ['2026-12-03', true, 'Lower body · 6 exercises, about ' + events[2]?.summary.split('about ')[1]],
      ['2026-12-05', true, 'Long run · 21 km'],
      ['2026-12-06', true, 'Upper body · 0 exercises, about 0 min']
    ])
    expect(events[2]?.description).toMatch(/^Run first, then lift\.\nBarbell back squat: 3 × 8–12/)
    expect(events[3]?.description).toBe('Fuel every 40 min')
    expect(events[5]?.startDate.toString()).toBe('2026-12-08')
    expect(new Set(events.map((e) => e.uid)).size).toBe(10)
    expect(value.text).toContain('\r\n')
  })

  it('saves where the desktop dialog says, and nowhere when it is cancelled', async () => {
    const { clientId } = plannedRunner()
    const dir = mkdtempSync(join(tmpdir(), 'spotter-ics-'))
    try {
      const path = join(dir, 'week.ics')
      const asked: unknown[] = []
      const desktop = createHandlers(db, {
        now: () => now,
        chooseSavePath: (name, kind) => {
          asked.push([name, kind?.extension])
          return Promise.resolve(path)
        }
      })
      const saved = await dispatchAsync(desktop, 'weekPlan.exportCalendar', {
        clientId,
        startDate: '2026-11-30',
        weeks: 1
      })
      expect(saved).toEqual({ ok: true, value: { kind: 'saved', path, events: 5 } })
      expect(asked).toEqual([['Zoë Łukasz-Ørsted – week plan.ics', 'ics']])
      expect(readFileSync(path, 'utf8')).toMatch(/^BEGIN:VCALENDAR/)
      rmSync(path)
      const cancelling = createHandlers(db, {
        now: () => now,
        chooseSavePath: () => Promise.resolve(undefined)
      })
      expect(
        await dispatchAsync(cancelling, 'weekPlan.exportCalendar', {
          clientId,
          startDate: '2026-11-30',
          weeks: 1
        })
      ).toEqual({
        ok: true,
        value: { kind: 'cancelled' }
      })
      expect(existsSync(path)).toBe(false)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('refuses a bad number of weeks or a missing plan, naming the field', async () => {
    const { clientId } = runner()
    const run = (input: Record<string, unknown>) =>
      dispatchAsync(handlers, 'weekPlan.exportCalendar', {
        clientId,
        startDate: '2026-11-30',
        weeks: 4,
        ...input
      })
    expect(await run({ weeks: 0 })).toMatchObject({
      ok: false,
      error: { field: 'weeks', message: 'At least one week' }
    })
    expect(await run({ weeks: 53 })).toMatchObject({ ok: false, error: { field: 'weeks' } })
    expect(await run({ startDate: '2026-02-30' })).toMatchObject({ ok: false, error: { field: 'startDate' } })
    expect(await run({})).toMatchObject({ ok: false, error: { code: 'conflict', field: 'clientId' } })
  })
})

describe('client priority and race date', () => {
  it('keeps the priority and refuses a race date already passed, naming the field', () => {
    const client = ok('clients.create', { name: 'Ørsted', priority: 'strength' })
    expect(client.priority).toBe('strength')
    expect(ok('clients.update', { id: client.id, patch: { priority: 'balanced' } }).priority).toBe('balanced')
    expect(
      dispatch(handlers, 'clients.update', { id: client.id, patch: { priority: 'speed' } })
    ).toMatchObject({
      ok: false,
      error: { field: 'patch.priority' }
    })
    expect(dispatch(handlers, 'clients.create', { name: 'Late', nextRaceDate: '2026-11-23' })).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'nextRaceDate', message: textMatching(/has passed/) }
    })
    expect(db.prepare("SELECT count(*) FROM clients WHERE name = 'Late'").pluck().get()).toBe(0)
    expect(ok('clients.create', { name: 'Today', nextRaceDate: '2026-11-24' }).nextRaceDate).toBe(
      '2026-11-24'
    )
    expect(
      dispatch(handlers, 'clients.update', { id: client.id, patch: { nextRaceDate: '2025-01-01' } })
    ).toMatchObject({
      ok: false,
      error: { field: 'nextRaceDate' }
    })
    // A race date stored earlier (and since passed) does not block editing the rest.
    db.prepare("UPDATE clients SET next_race_date = '2026-10-01' WHERE id = ?").run(client.id)
    expect(
      ok('clients.update', { id: client.id, patch: { nextRaceDate: '2026-10-01', goals: 'New goal' } }).goals
    ).toBe('New goal')
  })
})
