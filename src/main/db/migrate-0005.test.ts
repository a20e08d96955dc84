import { afterEach, describe, expect, it } from 'vitest'
import { arrayContaining } from '../../../test/support/matchers'
import { openDatabaseBefore } from '../../../test/support/test-db'
import { installBuiltins, loadBuiltinLibrary } from '../services/builtins'
import { openDatabase } from './connection'
import { listExercises } from './exercises'
import * as m0005 from './migrations/0005-library-upgrades'

let cleanup: () => void = () => {}
afterEach(() => cleanup())

const now = '2026-11-24T10:00:00.000Z'

describe('migration 0005: library upgrades', () => {
  it('upgrades the built-in library of a store from the version before it, keeping its archiving', () => {
    const { db: old, file, version: before, cleanup: remove } = openDatabaseBefore(m0005.up)
    cleanup = remove
    // The library as it was installed then (by hand: today's installer knows the new column).
    const library = loadBuiltinLibrary()
    const insert = old.prepare(
      `INSERT INTO exercises (builtin_key, name, name_folded, category, pattern, equipment, primary_muscles,
         secondary_muscles, unilateral, steps, cues, cautions, runner_benefit, archived, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'x', 'x')`
    )
    for (const e of library.exercises) {
      const cautions = e.key === 'walking-lunge' ? ['knee', 'hip'] : e.cautions
      const category = e.key === 'plank-to-push-up' ? 'full' : e.category
      insert.run(
        e.key,
        e.name,
        e.name.toLowerCase(),
        category,
        e.pattern,
        JSON.stringify(e.equipment),
        JSON.stringify(e.primaryMuscles),
        JSON.stringify(e.secondaryMuscles),
        e.unilateral ? 1 : 0,
        JSON.stringify(e.steps),
        JSON.stringify(e.cues),
        JSON.stringify(cautions),
        e.runnerBenefit,
        e.key === 'walking-lunge' ? 1 : 0
      )
    }
    expect(old.pragma('user_version', { simple: true })).toBe(before)
    old.close()

    const db = openDatabase(file)
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThan(before)
    const columns = (db.prepare('PRAGMA table_info(exercises)').all() as Array<{ name: string }>).map(
      (c) => c.name
    )
    expect(columns).toContain('builtin_fingerprint')
    installBuiltins(db, now)
    const byKey = new Map(listExercises(db, true).map((e) => [e.builtinKey, e]))
    expect(byKey.get('walking-lunge')).toMatchObject({
      archived: true,
      cautions: arrayContaining(['shin', 'foot', 'ankle', 'achilles'])
    })
    expect(byKey.get('plank-to-push-up')?.category).toBe('upper')
    // Links were missing in that store; an exercise as shipped gets them.
    expect(byKey.get('pull-up')?.alternatives.map((a) => a.name)).toContain('Inverted row')
    db.close()
  })
})
