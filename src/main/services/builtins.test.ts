import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Database } from 'better-sqlite3'
import { openTestDatabase } from '../test-db'
import { installBuiltins, loadBuiltinLibrary } from './builtins'

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
    expect(installBuiltins(db, now)).toEqual({ exercisesAdded: 0, templatesAdded: 0 })
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

    expect(upgrade).toEqual({ exercisesAdded: 1, templatesAdded: 0 })
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
})
