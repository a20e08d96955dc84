import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Database } from 'better-sqlite3'
import { openTestDatabase } from '../../../test/support/test-db'
import { installBuiltins, loadBuiltinLibrary } from './builtins'
import { listExercises } from '../db/exercises'
import { conflictingInjuries } from '@shared/training/injuries'

let db: Database
let cleanup: () => void
const now = '2026-11-24T10:00:00.000Z'

beforeEach(() => {
  const t = openTestDatabase()
  db = t.db
  cleanup = t.cleanup
})
afterEach(() => cleanup())

const count = (sql: string): number => db.prepare(sql).pluck().get() as number

describe('built-in library', () => {
  it('ships every exercise SPEC.md names, with text, and alternatives that exist', () => {
    const { exercises, templates } = loadBuiltinLibrary()
    const names = new Set(exercises.map((e) => e.name.toLowerCase()))
    for (const name of [
      'barbell back squat',
      'dumbbell forward lunge',
      'dumbbell single-leg romanian deadlift',
      'barbell glute bridge',
      'calf raise',
      'side-lying leg lift',
      'push-up',
      'pull-up',
      'inverted row',
      'dumbbell bench press',
      'bent-over dumbbell row',
      'dumbbell shoulder press',
      'plank to push-up',
      'step-up',
      'plank',
      'side plank',
      'walking lunge',
      'bulgarian split squat',
      'single-leg calf raise',
      'hip thrust',
      'copenhagen plank',
      'dead bug',
      'bird dog',
      'clamshell',
      'monster walk',
      'deadlift',
      'goblet squat',
      'lateral lunge'
    ]) {
      expect(names, name).toContain(name)
    }
    const keys = new Set(exercises.map((e) => e.key))
    for (const exercise of exercises) {
      expect(exercise.steps.length, exercise.key).toBeGreaterThanOrEqual(3)
      expect(exercise.cues.length, exercise.key).toBeGreaterThanOrEqual(1)
      expect(exercise.runnerBenefit, exercise.key).not.toBe('')
      for (const alternative of exercise.alternatives) expect(keys, exercise.key).toContain(alternative.key)
    }
    expect(templates.map((t) => t.name)).toEqual(['Runner lower body', 'Runner upper body'])
  })

  it('installs once: a second run adds nothing', () => {
    const first = installBuiltins(db, now)
    expect(first.exercisesAdded).toBeGreaterThanOrEqual(28)
    expect(first.templatesAdded).toBe(2)
    const before = count('SELECT count(*) FROM exercises') + count('SELECT count(*) FROM prescriptions')
    expect(installBuiltins(db, now)).toEqual({ exercisesAdded: 0, exercisesUpdated: 0, templatesAdded: 0 })
    expect(count('SELECT count(*) FROM exercises') + count('SELECT count(*) FROM prescriptions')).toBe(before)
  })

  it('copies the runner templates as SPEC.md prescribes them', () => {
    installBuiltins(db, now)
    const rows = db
      .prepare(
        `SELECT e.name, r.sets_min, r.sets_max, r.reps_min, r.reps_max, r.rest_min_s, r.rest_max_s
         FROM programs p JOIN workouts w ON w.program_id = p.id JOIN prescriptions r ON r.workout_id = w.id
         JOIN exercises e ON e.id = r.exercise_id WHERE p.builtin_key = 'runner-lower-body' ORDER BY w.position, r.position`
      )
      .all() as Array<Record<string, unknown>>
    expect(rows.map((r) => r.name)).toEqual([
      'Barbell back squat',
      'Dumbbell forward lunge',
      'Dumbbell single-leg Romanian deadlift',
      'Barbell glute bridge',
      'Calf raise',
      'Side-lying leg lift'
    ])
    for (const row of rows) {
      expect(row).toMatchObject({
        sets_min: 3,
        sets_max: 3,
        reps_min: 8,
        reps_max: 12,
        rest_min_s: 30,
        rest_max_s: 60
      })
    }
  })

  it('keeps a trainer’s edits and adds only new built-ins on upgrade', () => {
    const library = loadBuiltinLibrary()
    const older = { exercises: library.exercises.slice(0, -1), templates: library.templates }
    installBuiltins(db, now, older)
    db.prepare(
      `UPDATE exercises SET name = 'My squat', cues = '["Sit back"]' WHERE builtin_key = 'barbell-back-squat'`
    ).run()
    db.prepare(
      `UPDATE programs SET name = 'Lower body (studio)' WHERE builtin_key = 'runner-lower-body'`
    ).run()

    const upgrade = installBuiltins(db, now, library)

    // The exercises that link to the new one gain the link: they were as installed, so they upgrade.
    expect(upgrade).toMatchObject({ exercisesAdded: 1, templatesAdded: 0 })
    const last = library.exercises[library.exercises.length - 1]
    expect(count(`SELECT count(*) FROM exercises WHERE builtin_key = '${last?.key}'`)).toBe(1)
    expect(
      db.prepare(`SELECT name, cues FROM exercises WHERE builtin_key = 'barbell-back-squat'`).get()
    ).toEqual({
      name: 'My squat',
      cues: '["Sit back"]'
    })
    expect(
      db.prepare(`SELECT name FROM programs WHERE builtin_key = 'runner-lower-body'`).pluck().get()
    ).toBe('Lower body (studio)')
  })

  it('brings library corrections to a store installed before them, keeping archiving and a changed row', () => {
    const library = loadBuiltinLibrary()
    // The library as an earlier Spotter shipped it: the pull-apart as the lat pulldown's easier
    // alternative, clamshell hips and knees both at 45 degrees, no shin caution on the calf raise.
    const older = structuredClone(library)
    const at = (key: string) => older.exercises.find((e) => e.key === key)!
    at('lat-pulldown').alternatives.push({ kind: 'easier', key: 'band-pull-apart' })
    at('clamshell').steps[0] = 'Lie on your side with hips and knees bent to about 45 degrees.'
    at('calf-raise').cautions = ['achilles', 'calf']
    at('step-up').cues = ['Step up.']
    installBuiltins(db, now, older)
    // Stores from before fingerprints were kept have none.
    db.prepare('UPDATE exercises SET builtin_fingerprint = NULL').run()
    installBuiltins(db, now, older) // a start before the upgrade records what is there
    db.prepare(`UPDATE exercises SET archived = 1 WHERE builtin_key = 'clamshell'`).run()
    db.prepare(`UPDATE exercises SET cues = '["My own cue"]' WHERE builtin_key = 'step-up'`).run()

    const upgrade = installBuiltins(db, now, library)
    expect(upgrade).toEqual({ exercisesAdded: 0, exercisesUpdated: 3, templatesAdded: 0 })
    const byKey = new Map(listExercises(db, true).map((e) => [e.builtinKey, e]))
    expect(byKey.get('lat-pulldown')?.alternatives.map((a) => a.name)).not.toContain('Band pull-apart')
    expect(byKey.get('clamshell')?.steps[0]).toMatch(
      /hips bent to about 45 degrees and your knees to about 90/
    )
    expect(byKey.get('clamshell')?.archived).toBe(true)
    expect(byKey.get('calf-raise')?.cautions).toEqual(expect.arrayContaining(['shin', 'foot', 'ankle']))
    expect(byKey.get('step-up')?.cues).toEqual(['My own cue'])
    expect(installBuiltins(db, now, library)).toEqual({
      exercisesAdded: 0,
      exercisesUpdated: 0,
      templatesAdded: 0
    })
  })

  it('offers only easier or harder alternatives of the same movement or muscles, never both ways', () => {
    const { exercises } = loadBuiltinLibrary()
    const byKey = new Map(exercises.map((e) => [e.key, e]))
    for (const exercise of exercises) {
      for (const alternative of exercise.alternatives) {
        if (alternative.kind === 'substitute') continue
        const other = byKey.get(alternative.key)!
        const shared =
          other.pattern === exercise.pattern ||
          other.primaryMuscles.some((muscle) => exercise.primaryMuscles.includes(muscle))
        expect(shared, `${exercise.key} → ${alternative.kind} ${other.key}`).toBe(true)
        const back = other.alternatives.find((a) => a.key === exercise.key)
        expect(back?.kind, `${exercise.key} and ${other.key} are each ${alternative.kind}`).not.toBe(
          alternative.kind
        )
      }
    }
    const names = (key: string, kind: string) =>
      byKey
        .get(key)!
        .alternatives.filter((a) => a.kind === kind)
        .map((a) => a.key)
    expect(names('lat-pulldown', 'easier')).not.toContain('band-pull-apart')
    expect(names('inverted-row', 'easier')).not.toContain('band-pull-apart')
    expect(byKey.get('plank-to-push-up')?.category).toBe('upper')
    expect(byKey.get('hamstring-curl-on-ball')?.equipment).toContain('stability ball')
    expect(byKey.get('clamshell')?.steps[0]).toMatch(/hips .*45 degrees.*knees .*90 degrees/)
  })

  it('cautions the shin, foot, ankle and Achilles on calf raises, lunges, step-ups, split squats and jumps', () => {
    const { exercises } = loadBuiltinLibrary()
    const lowerLeg = exercises.filter(
      (e) =>
        e.pattern === 'calf raise' ||
        e.pattern === 'lunge' ||
        e.pattern === 'jump' ||
        /step-up|split squat/i.test(e.name)
    )
    expect(lowerLeg.map((e) => e.key)).toEqual(
      expect.arrayContaining([
        'calf-raise',
        'walking-lunge',
        'step-up',
        'bulgarian-split-squat',
        'pogo-jumps'
      ])
    )
    for (const exercise of lowerLeg) {
      expect(exercise.cautions, exercise.key).toEqual(
        expect.arrayContaining(['shin', 'foot', 'ankle', 'achilles'])
      )
    }
  })

  it('flags those exercises for a shin stress reaction or an ankle sprain, and leaves upper-body work alone', () => {
    const { exercises } = loadBuiltinLibrary()
    const flagged = (bodyArea: string): string[] =>
      exercises
        .filter((e) => conflictingInjuries(e.cautions, [{ bodyArea, resolvedOn: null }]).length > 0)
        .map((e) => e.key)
    const expected = [
      'calf-raise',
      'single-leg-calf-raise',
      'eccentric-calf-raise',
      'dumbbell-forward-lunge',
      'walking-lunge',
      'lateral-lunge',
      'split-squat',
      'bulgarian-split-squat',
      'step-up',
      'pogo-jumps',
      'box-jump',
      'skater-bound'
    ]
    expect(flagged('shin')).toEqual(expect.arrayContaining(expected))
    expect(flagged('ankle')).toEqual(expect.arrayContaining(expected))
    expect(flagged('foot')).toEqual(expect.arrayContaining(expected))
    for (const area of ['shin', 'ankle']) {
      expect(flagged(area)).not.toContain('push-up')
      expect(flagged(area)).not.toContain('glute-bridge')
    }
  })
})
