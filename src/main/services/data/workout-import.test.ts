import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { StoreHost } from '../../store/store-host'
import { allRows, failure, ok, openHost, readFixture, upload } from '../../../../test/support/data-test-kit'

const fixture = (name: string): Buffer =>
  readFixture(join(__dirname, '../../../../test/fixtures/imports', name))

let host: StoreHost
let close: () => Promise<void>
let clientId: number
beforeEach(async () => {
  ;({ host, close } = await openHost())
  clientId = (await ok(host, 'clients.create', { name: 'Zoë Runner' })).id
})
afterEach(() => close())

const exerciseId = async (name: string): Promise<number> =>
  (await ok(host, 'exercises.list', {})).find((e) => e.name === name)!.id

describe('workouts from Strong and Hevy', () => {
  it('inspects a Hevy file: format, workouts, and where each exercise goes', async () => {
    const uploadId = await upload(host, fixture('hevy-kg.csv'))
    const facts = await ok(host, 'logImport.inspect', { uploadId, clientId })
    expect(facts).toMatchObject({
      format: 'hevy',
      unitsKnown: true,
      workouts: 2,
      firstDate: '2024-03-04',
      lastDate: '2024-03-11'
    })
    const byName = Object.fromEntries(facts.exercises.map((e) => [e.name, e]))
    expect(byName['Bench Press (Dumbbell)']).toMatchObject({
      source: 'matched',
      targetName: 'Dumbbell bench press',
      measure: 'reps'
    })
    expect(byName['Squat (Barbell)']).toMatchObject({ source: 'matched', targetName: 'Barbell back squat' })
    expect(byName['Triceps Pushdown']).toMatchObject({ source: 'none', target: null, sets: 3 })
    expect(byName['Plank']).toMatchObject({ measure: 'time', source: 'matched' })
    expect(byName['Treadmill']).toMatchObject({ measure: 'distance', target: { kind: 'run' } })
  })

  it('imports sessions with warm-ups marked, runs in the run log, notes kept, unmapped names reported', async () => {
    const uploadId = await upload(host, fixture('hevy-kg.csv'))
    const summary = await ok(host, 'logImport.apply', { uploadId, clientId })
    expect(summary).toMatchObject({ sessions: 2, runs: 1, warmups: 2, alreadyImported: 0 })
    expect(summary.unmapped).toEqual([{ name: 'Triceps Pushdown', sets: 3 }])
    const sessions = await ok(host, 'sessions.list', { clientId })
    expect(sessions.map((s) => s.date)).toEqual(['2024-03-11', '2024-03-04'])
    const push = await ok(host, 'sessions.get', { id: sessions[1]!.id })
    expect(push.durationS).toBe(51 * 60)
    expect(push.notes).toContain('Shoulder felt tight, kept it light')
    expect(push.notes).toContain('Bench Press (Dumbbell): Slow eccentric')
    const bench = push.sets.filter((s) => s.exerciseName === 'Dumbbell bench press')
    expect(bench.map((s) => [s.warmup, s.reps, s.loadKg, s.rpe])).toEqual([
      [true, 12, 10, null],
      [false, 10, 22.5, 8],
      [false, 8, 22.5, 10]
    ])
    expect(push.sets.find((s) => s.exerciseName === 'Plank')).toMatchObject({ holdS: 60, reps: null })
    const runs = await ok(host, 'runs.list', { clientId })
    expect(runs).toMatchObject([{ date: '2024-03-04', kind: 'easy', distanceM: 2500, durationS: 900 }])
  })

  it('maps an unknown exercise by hand, remembers it, and adds nothing when the same file comes again', async () => {
    const pushdown = await exerciseId('Push-up')
    const first = await upload(host, fixture('hevy-kg.csv'))
    const mapping = [{ name: 'Triceps Pushdown', target: { kind: 'exercise', exerciseId: pushdown } }]
    const preview = await ok(host, 'logImport.preview', { uploadId: first, clientId, mapping })
    expect(preview).toMatchObject({ sessions: 2, unmapped: [] })
    expect(await ok(host, 'sessions.list', { clientId })).toHaveLength(0)
    await ok(host, 'logImport.apply', { uploadId: first, clientId, mapping })
    const before = allRows(host)

    const second = await upload(host, fixture('hevy-kg.csv'))
    const facts = await ok(host, 'logImport.inspect', { uploadId: second, clientId })
    expect(facts.exercises.find((e) => e.name === 'Triceps Pushdown')).toMatchObject({
      source: 'remembered',
      target: { kind: 'exercise', exerciseId: pushdown }
    })
    const again = await ok(host, 'logImport.apply', { uploadId: second, clientId })
    expect(again).toMatchObject({ sessions: 0, runs: 0, alreadyImported: 2 })
    expect(allRows(host)).toEqual(before)
  })

  it('imports every Strong variant, converting pounds and leaving left-out names reported', async () => {
    const comma = await upload(host, fixture('strong-comma.csv'))
    const facts = await ok(host, 'logImport.inspect', { uploadId: comma, clientId })
    expect(facts).toMatchObject({ format: 'strong', unitsKnown: false, workouts: 2 })
    const summary = await ok(host, 'logImport.apply', {
      uploadId: comma,
      clientId,
      massUnit: 'lb',
      mapping: [{ name: 'Cable Woodchop', target: { kind: 'skip' } }]
    })
    expect(summary).toMatchObject({
      sessions: 2,
      runs: 1,
      warmups: 1,
      skipped: [{ name: 'Cable Woodchop', sets: 1 }],
      unmapped: []
    })
    const legs = await ok(host, 'sessions.get', {
      id: (await ok(host, 'sessions.list', { clientId })).at(-1)!.id
    })
    expect(legs.sets.find((s) => !s.warmup)?.loadKg).toBeCloseTo(80 * 0.45359237, 2)
    expect(legs.notes).toContain('Felt fresh, slept well')
    expect(legs.notes).toContain('Belt on, depth good')
    const run = (await ok(host, 'runs.list', { clientId }))[0]
    expect(run?.distanceM).toBe(Math.round(3.2 * 1609.344))

    const semicolon = await ok(host, 'logImport.apply', {
      uploadId: await upload(host, fixture('strong-semicolon.csv')),
      clientId
    })
    expect(semicolon).toMatchObject({
      sessions: 1,
      warmups: 1,
      unmapped: [{ name: 'Farmers Walk', sets: 1 }]
    })
    const deadlift = await ok(host, 'sessions.get', {
      id: (await ok(host, 'sessions.list', { clientId }))[0]!.id
    })
    expect(deadlift.sets.filter((s) => !s.warmup && s.exerciseName === 'Deadlift')[0]?.loadKg).toBeCloseTo(
      102.06,
      2
    )
    expect(deadlift.notes).toContain('Hip Thrust (Barbell): Pause at top, 2 s')

    const v6 = await ok(host, 'logImport.apply', {
      uploadId: await upload(host, fixture('strong-v6.csv')),
      clientId
    })
    expect(v6).toMatchObject({ sessions: 1, runs: 1 })
    const lbs = await ok(host, 'logImport.apply', {
      uploadId: await upload(host, fixture('hevy-lbs.csv')),
      clientId
    })
    expect(lbs).toMatchObject({ sessions: 1, runs: 1 })
  })

  it('refuses a file that is not an export, and a cancelled import writes nothing', async () => {
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]),
      Buffer.alloc(32)
    ])
    expect(
      (await failure(host, 'logImport.inspect', { uploadId: await upload(host, png), clientId })).message
    ).toMatch(/not text/)
    expect(
      (await failure(host, 'logImport.inspect', { uploadId: await upload(host, 'a,b\n1,2\n'), clientId }))
        .message
    ).toMatch(/not a Strong or Hevy export/)
    const before = allRows(host)
    const uploadId = await upload(host, fixture('hevy-kg.csv'))
    const pending = host.run('logImport.apply', { uploadId, clientId })
    const [job] = await ok(host, 'jobs.list', {})
    expect(job).toMatchObject({ label: 'Importing workouts', cancellable: true })
    expect(await ok(host, 'jobs.cancel', { id: job!.id })).toEqual({ cancelled: true })
    const result = await pending
    expect(!result.ok && result.error.code).toBe('cancelled')
    expect(allRows(host)).toEqual(before)
  })
})
