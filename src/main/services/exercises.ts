import type { Database } from 'better-sqlite3'
import type { Exercise } from '@shared/schemas/exercise'
import * as store from '../db/exercises'
import type { Handlers } from './handler-table'
import { ServiceError } from './errors'
import { requireExercise } from './require'

type Alternative = { kind: Exercise['alternatives'][number]['kind']; exerciseId: number }

const maxNameLength = 120
const readOnlyMessage = 'Built-in exercises can’t be edited; duplicate it to make your own version.'

function requireCustom(db: Database, id: number): Exercise {
  const exercise = requireExercise(db, id)
  if (exercise.builtinKey !== null) throw new ServiceError('conflict', readOnlyMessage, 'id')
  return exercise
}

/** Two exercises in the library with one name would be indistinguishable in pickers and handouts. */
function requireFreeName(db: Database, name: string, field: string, ownId?: number): void {
  const taken = store.exerciseIdByName(db, name)
  if (taken !== undefined && taken !== ownId) {
    throw new ServiceError(
      'validation',
      `An exercise called “${name.trim()}” is already in the library.`,
      field
    )
  }
}

/**
 * "Plank (copy)", then "Plank (copy 2)"…: a name no exercise has, archived ones included, so a
 * copy is never confused with an older copy the trainer archived. Copying a copy counts on from
 * the original's name instead of stacking "(copy) (copy)".
 */
function copyName(db: Database, name: string): string {
  const base = name.replace(/ \(copy(?: \d+)?\)$/, '')
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? ' (copy)' : ` (copy ${n})`
    const candidate = base.slice(0, maxNameLength - suffix.length).trimEnd() + suffix
    if (store.exerciseIdByName(db, candidate, true) === undefined) return candidate
  }
}

function checkAlternatives(db: Database, id: number, alternatives: readonly Alternative[]): void {
  const ids = alternatives.map((a) => a.exerciseId)
  if (ids.includes(id)) {
    throw new ServiceError('validation', 'An exercise can’t be an alternative to itself.', 'alternatives')
  }
  if (new Set(ids).size !== ids.length) {
    throw new ServiceError('validation', 'Each alternative can be listed only once.', 'alternatives')
  }
  const existing = store.existingExerciseIds(db, ids)
  const missing = ids.find((altId) => !existing.has(altId))
  if (missing !== undefined) {
    throw new ServiceError(
      'validation',
      `No exercise with id ${missing} to use as an alternative.`,
      'alternatives'
    )
  }
}

function bodyOf(exercise: Exercise): Omit<Exercise, 'id' | 'builtinKey' | 'archived' | 'alternatives'> {
  const { id: _id, builtinKey: _key, archived: _archived, alternatives: _alternatives, ...body } = exercise
  return body
}

/** Handlers for the exercise library: built-ins are read-only, custom exercises are the trainer's. */
export function exerciseHandlers(
  db: Database,
  now: () => string
): Pick<
  Handlers,
  | 'exercises.list'
  | 'exercises.get'
  | 'exercises.create'
  | 'exercises.update'
  | 'exercises.setArchived'
  | 'exercises.duplicate'
  | 'exercises.setAlternatives'
> {
  return {
    'exercises.list': ({ includeArchived }) => store.listExercises(db, includeArchived),
    'exercises.get': ({ id }) => requireExercise(db, id),
    'exercises.create': (body) => {
      requireFreeName(db, body.name, 'name')
      return requireExercise(db, store.insertExercise(db, body, null, now()))
    },
    'exercises.update': ({ id, patch }) => {
      const existing = requireCustom(db, id)
      if (patch.name !== undefined) requireFreeName(db, patch.name, 'patch.name', id)
      store.updateExercise(db, id, { ...bodyOf(existing), ...patch }, now())
      return requireExercise(db, id)
    },
    'exercises.setArchived': ({ id, archived }) => {
      requireExercise(db, id)
      store.setExerciseArchived(db, id, archived, now())
      return requireExercise(db, id)
    },
    'exercises.duplicate': ({ id }) => {
      const original = requireExercise(db, id)
      const copyId = db.transaction(() => {
        const newId = store.insertExercise(
          db,
          { ...bodyOf(original), name: copyName(db, original.name) },
          null,
          now()
        )
        for (const alternative of original.alternatives) {
          store.addAlternative(db, newId, alternative.exerciseId, alternative.kind)
        }
        return newId
      })()
      return requireExercise(db, copyId)
    },
    'exercises.setAlternatives': ({ id, alternatives }) => {
      requireCustom(db, id)
      checkAlternatives(db, id, alternatives)
      db.transaction(() => {
        store.clearAlternatives(db, id)
        for (const alternative of alternatives) {
          store.addAlternative(db, id, alternative.exerciseId, alternative.kind)
        }
      })()
      return requireExercise(db, id)
    }
  }
}
