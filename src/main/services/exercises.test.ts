import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { arrayContaining, textMatching } from '../../../test/support/matchers'
import type { Database } from 'better-sqlite3'
import type { Exercise } from '@shared/schemas/exercise'
import type { Result } from '@shared/contract'
import { dispatch } from '../dispatch'
import { createHandlers, type Handlers } from '.'
import { openTestDatabase } from '../../../test/support/test-db'
import { installBuiltins } from './builtins'

let db: Database
let cleanup: () => void
let handlers: Handlers
const now = '2026-11-24T10:00:00.000Z'

beforeEach(() => {
  const t = openTestDatabase()
  db = t.db
  cleanup = t.cleanup
  installBuiltins(db, now)
  handlers = createHandlers(db, { now: () => now })
})
afterEach(() => cleanup())

function run(name: string, input: unknown): Result<unknown> {
  return dispatch(handlers, name, input)
}

/** The value of a call that must succeed. */
function ok<T = Exercise>(name: string, input: unknown): T {
  const result = run(name, input)
  if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`)
  return result.value as T
}

function idOf(name: string): number {
  return db.prepare('SELECT id FROM exercises WHERE name = ?').pluck().get(name) as number
}

/** Every stored exercise and link, so "writes nothing" also catches an update in place. */
function snapshot(): unknown {
  return {
    exercises: db.prepare('SELECT * FROM exercises ORDER BY id').all(),
    alternatives: db.prepare('SELECT * FROM exercise_alternatives ORDER BY exercise_id, alternative_id').all()
  }
}

const custom = {
  name: 'Banded lateral walk',
  category: 'lower',
  pattern: 'hip abduction',
  equipment: ['band'],
  primaryMuscles: ['glute medius'],
  secondaryMuscles: ['glutes'],
  unilateral: false,
  steps: ['Loop a band above the knees.', 'Sit into a quarter squat.', 'Step sideways, keeping tension.'],
  cues: ['Toes forward'],
  cautions: ['hip'],
  runnerBenefit: 'Keeps the pelvis level in single-leg stance.'
}

describe('exercise library', () => {
  it('lists the built-ins by name, with their alternatives', () => {
    const list = ok<Exercise[]>('exercises.list', {})
    expect(list.length).toBeGreaterThanOrEqual(28)
    expect(list.map((e) => e.name)).toEqual(
      [...list.map((e) => e.name)].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }))
    )
    const copenhagen = list.find((e) => e.name === 'Copenhagen plank')
    expect(copenhagen).toMatchObject({ builtinKey: 'copenhagen-plank', archived: false })
    expect(copenhagen?.alternatives).toContainEqual({
      kind: 'easier',
      exerciseId: idOf('Side-lying hip adduction'),
      name: 'Side-lying hip adduction'
    })
  })

  it('creates a custom exercise and gets it back by id', () => {
    const created = ok('exercises.create', custom)
    expect(created).toMatchObject({ ...custom, builtinKey: null, archived: false, alternatives: [] })
    expect(ok('exercises.get', { id: created.id })).toEqual(created)
    expect(ok<Exercise[]>('exercises.list', {}).map((e) => e.id)).toContain(created.id)
  })

  it('refuses a name already in the library, ignoring case and accents', () => {
    const before = snapshot()
    for (const name of ['copenhagen PLANK', 'Copenhagen plànk', '  Plank ']) {
      const result = run('exercises.create', { ...custom, name })
      expect(result).toMatchObject({ ok: false, error: { code: 'validation', field: 'name' } })
    }
    expect(snapshot()).toEqual(before)
  })

  it('updates a custom exercise, keeping what the patch leaves out', () => {
    const created = ok('exercises.create', custom)
    const updated = ok('exercises.update', {
      id: created.id,
      patch: { name: 'Banded side step', cues: ['Toes forward', 'Stay low'] }
    })
    expect(updated).toMatchObject({ ...custom, name: 'Banded side step', cues: ['Toes forward', 'Stay low'] })
    expect(ok('exercises.get', { id: created.id })).toEqual(updated)
    // Its own name (in another case) is not a clash; another exercise's name is.
    expect(run('exercises.update', { id: created.id, patch: { name: 'BANDED SIDE STEP' } }).ok).toBe(true)
    expect(run('exercises.update', { id: created.id, patch: { name: 'Plank' } })).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'patch.name' }
    })
  })

  it('keeps built-ins read-only', () => {
    const plank = idOf('Plank')
    const before = snapshot()
    for (const [name, input] of [
      ['exercises.update', { id: plank, patch: { name: 'My plank' } }],
      ['exercises.setAlternatives', { id: plank, alternatives: [] }]
    ] as const) {
      expect(run(name, input)).toEqual({
        ok: false,
        error: {
          code: 'conflict',
          message: 'Built-in exercises can’t be edited; duplicate it to make your own version.',
          field: 'id'
        }
      })
    }
    expect(snapshot()).toEqual(before)
  })

  it('duplicates a built-in into an editable copy with its alternatives', () => {
    const plank = ok('exercises.get', { id: idOf('Plank') })
    const copy = ok('exercises.duplicate', { id: plank.id })
    expect(copy).toMatchObject({ name: 'Plank (copy)', builtinKey: null, archived: false })
    expect(copy.steps).toEqual(plank.steps)
    expect(copy.alternatives).toEqual(plank.alternatives)
    expect(ok('exercises.duplicate', { id: plank.id }).name).toBe('Plank (copy 2)')
    expect(ok('exercises.duplicate', { id: copy.id }).name).toBe('Plank (copy 3)')

    const edited = ok('exercises.update', { id: copy.id, patch: { name: 'Plank with reach' } })
    expect(edited.name).toBe('Plank with reach')
    const swapped = ok('exercises.setAlternatives', {
      id: copy.id,
      alternatives: [
        { kind: 'easier', exerciseId: idOf('Dead bug') },
        { kind: 'substitute', exerciseId: idOf('Pallof press') }
      ]
    })
    expect(swapped.alternatives).toEqual([
      { kind: 'easier', exerciseId: idOf('Dead bug'), name: 'Dead bug' },
      { kind: 'substitute', exerciseId: idOf('Pallof press'), name: 'Pallof press' }
    ])
    // The original's links are its own.
    expect(ok('exercises.get', { id: plank.id }).alternatives).toEqual(plank.alternatives)
  })

  it('archives and restores, hiding archived exercises unless asked for', () => {
    const created = ok('exercises.create', custom)
    const plank = idOf('Plank')
    expect(ok('exercises.setArchived', { id: created.id, archived: true }).archived).toBe(true)
    expect(ok('exercises.setArchived', { id: plank, archived: true }).archived).toBe(true)

    const shown = ok<Exercise[]>('exercises.list', {}).map((e) => e.id)
    expect(shown).not.toContain(created.id)
    expect(shown).not.toContain(plank)
    const all = ok<Exercise[]>('exercises.list', { includeArchived: true }).map((e) => e.id)
    expect(all).toEqual(arrayContaining([created.id, plank]))

    // An archived name is free again for a new exercise.
    expect(run('exercises.create', { ...custom }).ok).toBe(true)

    expect(ok('exercises.setArchived', { id: plank, archived: false }).archived).toBe(false)
    expect(ok<Exercise[]>('exercises.list', {}).map((e) => e.id)).toContain(plank)
  })

  it('checks alternatives: they must exist, once each, and not be the exercise itself', () => {
    const created = ok('exercises.create', custom)
    const before = snapshot()
    for (const alternatives of [
      [{ kind: 'easier', exerciseId: created.id }],
      [{ kind: 'easier', exerciseId: 99_999 }],
      [
        { kind: 'easier', exerciseId: idOf('Clamshell') },
        { kind: 'harder', exerciseId: idOf('Clamshell') }
      ]
    ]) {
      expect(run('exercises.setAlternatives', { id: created.id, alternatives })).toMatchObject({
        ok: false,
        error: { code: 'validation', field: textMatching(/^alternatives/) }
      })
    }
    expect(snapshot()).toEqual(before)
  })

  it('answers not_found on the id for an exercise that does not exist', () => {
    const before = snapshot()
    for (const [name, input] of [
      ['exercises.get', { id: 99_999 }],
      ['exercises.update', { id: 99_999, patch: { name: 'X' } }],
      ['exercises.setArchived', { id: 99_999, archived: true }],
      ['exercises.duplicate', { id: 99_999 }],
      ['exercises.setAlternatives', { id: 99_999, alternatives: [] }]
    ] as const) {
      expect(run(name, input), name).toMatchObject({ ok: false, error: { code: 'not_found', field: 'id' } })
    }
    expect(snapshot()).toEqual(before)
  })

  it('rejects malformed input of every operation, naming the field, and writes nothing', () => {
    const own = ok('exercises.create', custom).id
    const plank = idOf('Plank')
    const cases: Array<[keyof Handlers, unknown, string]> = [
      ['exercises.list', { includeArchived: 'yes' }, 'includeArchived'],
      ['exercises.get', { id: 0 }, 'id'],
      ['exercises.get', { id: '3' }, 'id'],
      ['exercises.create', { ...custom, name: '   ' }, 'name'],
      ['exercises.create', { ...custom, name: 'x'.repeat(121) }, 'name'],
      ['exercises.create', { ...custom, category: 'legs' }, 'category'],
      ['exercises.create', { ...custom, pattern: 'twist' }, 'pattern'],
      ['exercises.create', { ...custom, equipment: ['anvil'] }, 'equipment.0'],
      ['exercises.create', { ...custom, primaryMuscles: [] }, 'primaryMuscles'],
      ['exercises.create', { ...custom, secondaryMuscles: ['spleen'] }, 'secondaryMuscles.0'],
      ['exercises.create', { ...custom, unilateral: 'no' }, 'unilateral'],
      ['exercises.create', { ...custom, steps: ['Fine', ''] }, 'steps.1'],
      ['exercises.create', { ...custom, cues: 'Stay low' }, 'cues'],
      ['exercises.create', { ...custom, cautions: ['toe'] }, 'cautions.0'],
      ['exercises.create', { ...custom, runnerBenefit: 'x'.repeat(1001) }, 'runnerBenefit'],
      ['exercises.create', { ...custom, runnerBenefit: undefined }, 'runnerBenefit'],
      ['exercises.update', { id: -1, patch: {} }, 'id'],
      ['exercises.update', { id: own, patch: { category: 'legs' } }, 'patch.category'],
      ['exercises.update', { id: own, patch: { name: '' } }, 'patch.name'],
      ['exercises.update', { id: own, patch: { primaryMuscles: [] } }, 'patch.primaryMuscles'],
      ['exercises.update', { id: own }, 'patch'],
      ['exercises.setArchived', { id: plank, archived: 'true' }, 'archived'],
      ['exercises.setArchived', { id: plank }, 'archived'],
      ['exercises.duplicate', { id: 1.5 }, 'id'],
      [
        'exercises.setAlternatives',
        { id: own, alternatives: [{ kind: 'easy', exerciseId: plank }] },
        'alternatives.0.kind'
      ],
      [
        'exercises.setAlternatives',
        { id: own, alternatives: [{ kind: 'easier', exerciseId: 0 }] },
        'alternatives.0.exerciseId'
      ],
      [
        'exercises.setAlternatives',
        { id: own, alternatives: Array.from({ length: 13 }, () => ({ kind: 'easier', exerciseId: plank })) },
        'alternatives'
      ]
    ]
    const before = snapshot()
    for (const [name, input, field] of cases) {
      expect(run(name, input), `${name} ${JSON.stringify(input).slice(0, 80)}`).toMatchObject({
        ok: false,
        error: { code: 'validation', field }
      })
    }
    expect(snapshot()).toEqual(before)
  })
})
