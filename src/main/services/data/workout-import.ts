import type { Database } from 'better-sqlite3'
import type { z } from 'zod'
import { foldText } from '@shared/fold-text'
import { bestMatch, cardioKind } from '@shared/imports/exercise-match'
import {
  readWorkoutCsv,
  WorkoutFileError,
  type ImportedSet,
  type ImportedWorkout,
  type WorkoutFile
} from '@shared/imports/workout-csv'
import type {
  exerciseTargetSchema,
  workoutFileSchema,
  workoutImportSummarySchema
} from '@shared/operations/data'
import type { SetInput } from '@shared/schemas/logs'
import { openConnection } from '../../db/connection'
import { listExercises } from '../../db/exercises'
import { addImportKey, hasImportKey, readNameMappings, saveNameMapping } from '../../db/imports'
import { insertRun } from '../../db/runs'
import { insertSession, replaceSets } from '../../db/sessions'
import type { JobContext } from '../../jobs/job-context'
import { ServiceError } from '../errors'
import { checkClient } from '../require'
import { readCsvUpload } from './csv-upload'

type Target = z.output<typeof exerciseTargetSchema>
type FileFacts = z.output<typeof workoutFileSchema>
type Summary = z.output<typeof workoutImportSummarySchema>

const poundKg = 0.45359237

/** Reads an uploaded file as a Strong or Hevy export; anything else gets one clear message. */
export function readWorkoutUpload(path: string): WorkoutFile {
  const text = readCsvUpload(path, 'a CSV export')
  try {
    const file = readWorkoutCsv(text)
    if (file.workouts.length === 0) throw new WorkoutFileError('This export has a header but no workouts.')
    return file
  } catch (error) {
    if (error instanceof WorkoutFileError)
      throw new ServiceError('validation', `uploadId: ${error.message}`, 'uploadId')
    throw error
  }
}

function measureOf(sets: ImportedSet[]): 'reps' | 'time' | 'distance' {
  if (sets.some((s) => (s.distanceM ?? s.distanceRaw ?? 0) > 0)) return 'distance'
  if (sets.some((s) => (s.seconds ?? 0) > 0) && !sets.some((s) => (s.reps ?? 0) > 0)) return 'time'
  return 'reps'
}

/** Where each exercise name goes before the trainer's answers: remembered, matched, or nowhere. */
function resolveTargets(
  db: Database,
  names: string[]
): Map<
  string,
  { target: Target | null; source: 'remembered' | 'matched' | 'none'; targetName: string | null }
> {
  const remembered = readNameMappings(db)
  const library = listExercises(db, false)
  const byId = new Map(library.map((e) => [e.id, e.name]))
  const result = new Map<
    string,
    { target: Target | null; source: 'remembered' | 'matched' | 'none'; targetName: string | null }
  >()
  for (const name of names) {
    const memory = remembered.get(foldText(name))
    if (memory) {
      const target: Target =
        memory.target === 'exercise'
          ? { kind: 'exercise', exerciseId: memory.exerciseId as number }
          : { kind: memory.target }
      result.set(name, {
        target,
        source: 'remembered',
        targetName: memory.exerciseId ? (byId.get(memory.exerciseId) ?? null) : null
      })
      continue
    }
    const cardio = cardioKind(name)
    if (cardio) {
      result.set(name, { target: { kind: cardio }, source: 'matched', targetName: null })
      continue
    }
    const match = bestMatch(name, library)
    result.set(
      name,
      match
        ? { target: { kind: 'exercise', exerciseId: match.id }, source: 'matched', targetName: match.name }
        : { target: null, source: 'none', targetName: null }
    )
  }
  return result
}

/** Job: what a Strong or Hevy file holds, and where each of its exercises would go. */
export function inspectWorkoutsJob(input: { path: string; clientId: number }, ctx: JobContext): FileFacts {
  const file = readWorkoutUpload(input.path)
  const db = openConnection(ctx.dataFile, { mustExist: true })
  try {
    checkClient(db, input.clientId)
    const setsByName = new Map<string, ImportedSet[]>()
    for (const workout of file.workouts) {
      for (const set of workout.sets)
        setsByName.set(set.exercise, [...(setsByName.get(set.exercise) ?? []), set])
    }
    const targets = resolveTargets(db, [...setsByName.keys()])
    return {
      format: file.format,
      unitsKnown: file.unitsKnown,
      workouts: file.workouts.length,
      firstDate: file.workouts[0]?.date ?? null,
      lastDate: file.workouts.at(-1)?.date ?? null,
      exercises: [...setsByName.entries()].map(([name, sets]) => ({
        name,
        sets: sets.length,
        measure: measureOf(sets),
        ...(targets.get(name) ?? { target: null, source: 'none' as const, targetName: null })
      }))
    }
  } finally {
    db.close()
  }
}

const clamp = (value: number | null, min: number, max: number): number | null =>
  value === null || !Number.isFinite(value) || value < min ? null : Math.min(max, value)

/** One imported set as Spotter stores it, or a note when it has neither reps nor time. */
function toSet(set: ImportedSet, exerciseId: number, unit: 'kg' | 'lb'): SetInput | string {
  const weightUnit = set.weightUnit ?? unit
  const kg =
    set.weight !== null && set.weight > 0 ? (weightUnit === 'lb' ? set.weight * poundKg : set.weight) : null
  const reps = set.reps !== null && set.reps > 0 ? Math.round(set.reps) : null
  const hold = reps === null && set.seconds !== null && set.seconds > 0 ? Math.round(set.seconds) : null
  if (reps === null && hold === null) {
    const metres =
      set.distanceM ?? (set.distanceRaw !== null ? set.distanceRaw * (unit === 'lb' ? 1609.344 : 1000) : null)
    return metres ? `${Math.round(metres)} m` : ''
  }
  return {
    exerciseId,
    prescriptionId: null,
    reps: reps === null ? null : Math.min(1000, reps),
    holdS: hold === null ? null : Math.min(3600, hold),
    loadKg: kg === null ? null : Math.min(1000, Math.round(kg * 100) / 100),
    rpe: clamp(set.rpe, 1, 10),
    warmup: set.type === 'warmup'
  }
}

class TrialOnly extends Error {}

/**
 * Job: previews or imports a client's workouts from a Strong or Hevy export, in one transaction.
 * Strength exercises become sessions (warm-ups kept, marked as warm-ups), runs and other cardio
 * become run-log entries, and names the trainer left out or never mapped are counted and
 * reported. A workout already imported for this client is skipped, so the same file twice adds
 * nothing. The trainer's answers are remembered for the next file. A preview rolls back.
 */
export function importWorkoutsJob(
  input: {
    path: string
    clientId: number
    mapping: Array<{ name: string; target: Target }>
    massUnit: 'kg' | 'lb'
    apply: boolean
    now: string
  },
  ctx: JobContext
): Summary {
  const file = readWorkoutUpload(input.path)
  const db = openConnection(ctx.dataFile, { mustExist: true, busyMs: 60_000 })
  const summary: Summary = {
    sessions: 0,
    runs: 0,
    sets: 0,
    warmups: 0,
    alreadyImported: 0,
    skipped: [],
    unmapped: []
  }
  try {
    checkClient(db, input.clientId)
    const names = [...new Set(file.workouts.flatMap((w) => w.sets.map((s) => s.exercise)))]
    const resolved = resolveTargets(db, names)
    const given = new Map(input.mapping.map((m) => [m.name, m.target]))
    const library = new Set(listExercises(db, true).map((e) => e.id))
    for (const [name, target] of given) {
      if (target.kind === 'exercise' && !library.has(target.exerciseId)) {
        throw new ServiceError(
          'validation',
          `mapping: No exercise with id ${target.exerciseId} for “${name}”.`,
          'mapping'
        )
      }
    }
    const targetOf = (name: string): Target | null => given.get(name) ?? resolved.get(name)?.target ?? null
    const leftOut = new Map<string, number>()
    const missing = new Map<string, number>()
    try {
      db.transaction(() => {
        for (const [name, target] of given)
          saveNameMapping(db, foldText(name), {
            target: target.kind,
            exerciseId: target.kind === 'exercise' ? target.exerciseId : null
          })
        file.workouts.forEach((workout, index) => {
          if (index % 50 === 0) {
            ctx.throwIfCancelled()
            ctx.progress(index, file.workouts.length, 'Importing workouts')
          }
          importWorkout(db, workout, input, targetOf, summary, leftOut, missing)
        })
        if (!input.apply) throw new TrialOnly()
      })()
    } catch (error) {
      if (!(error instanceof TrialOnly)) throw error
    }
    summary.skipped = [...leftOut].map(([name, sets]) => ({ name, sets }))
    summary.unmapped = [...missing].map(([name, sets]) => ({ name, sets }))
    return summary
  } finally {
    db.close()
  }
}

function importWorkout(
  db: Database,
  workout: ImportedWorkout,
  input: { clientId: number; massUnit: 'kg' | 'lb'; now: string },
  targetOf: (name: string) => Target | null,
  summary: Summary,
  leftOut: Map<string, number>,
  missing: Map<string, number>
): void {
  const count = (map: Map<string, number>, name: string): void => {
    map.set(name, (map.get(name) ?? 0) + 1)
  }
  if (hasImportKey(db, input.clientId, workout.key)) {
    summary.alreadyImported++
    return
  }
  const sets: SetInput[] = []
  const notes: string[] = []
  if (workout.notes) notes.push(workout.notes)
  const cardio = new Map<
    string,
    { kind: 'run' | 'cross'; metres: number; seconds: number; notes: string[] }
  >()
  const supersets = new Map<string, Set<string>>()
  for (const set of workout.sets) {
    const target = targetOf(set.exercise)
    if (!target) {
      count(missing, set.exercise)
      continue
    }
    if (target.kind === 'skip') {
      count(leftOut, set.exercise)
      continue
    }
    if (target.kind === 'run' || target.kind === 'cross') {
      const entry = cardio.get(set.exercise) ?? { kind: target.kind, metres: 0, seconds: 0, notes: [] }
      const unitMetres = input.massUnit === 'lb' ? 1609.344 : 1000
      entry.metres += set.distanceM ?? (set.distanceRaw ?? 0) * unitMetres
      entry.seconds += set.seconds ?? 0
      if (set.notes) entry.notes.push(set.notes)
      cardio.set(set.exercise, entry)
      continue
    }
    if (set.supersetId)
      supersets.set(set.supersetId, (supersets.get(set.supersetId) ?? new Set()).add(set.exercise))
    const stored = toSet(set, target.exerciseId, input.massUnit)
    if (typeof stored === 'string') {
      if (stored) notes.push(`${set.exercise}: ${stored}`)
      continue
    }
    if (set.notes) notes.push(`${set.exercise}: ${set.notes}`)
    sets.push(stored)
    if (stored.warmup) summary.warmups++
  }
  for (const [name, note] of Object.entries(workout.exerciseNotes)) notes.push(`${name}: ${note}`)
  for (const group of supersets.values())
    if (group.size > 1) notes.push(`Superset: ${[...group].join(' + ')}`)
  const title = workout.name ? `${workout.name} (imported)` : 'Imported'
  let sessionId: number | undefined
  let runId: number | undefined
  if (sets.length > 0) {
    sessionId = insertSession(
      db,
      {
        clientId: input.clientId,
        date: workout.date,
        workoutId: null,
        durationS: workout.durationS !== null ? Math.min(12 * 3600, workout.durationS) : null,
        effort: null,
        notes: [title, ...notes].join('\n').slice(0, 4000)
      },
      input.now
    )
    replaceSets(db, sessionId, sets.slice(0, 400))
    summary.sessions++
    summary.sets += sets.length
  }
  for (const [name, entry] of cardio) {
    const id = insertRun(db, {
      clientId: input.clientId,
      date: workout.date,
      kind: entry.kind === 'run' ? 'easy' : 'cross',
      distanceM: Math.round(entry.metres),
      durationS: Math.round(entry.seconds),
      avgHr: null,
      effort: null,
      notes: [`${name} (imported from ${workout.name})`, ...entry.notes].join('\n').slice(0, 2000)
    })
    runId ??= id
    summary.runs++
  }
  // A workout with only unmapped or left-out exercises gets no key: mapping them later imports it.
  if (sessionId !== undefined || runId !== undefined)
    addImportKey(db, input.clientId, workout.key, { sessionId, runId })
}
