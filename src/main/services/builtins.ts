import { createHash } from 'node:crypto'
import type { Database } from 'better-sqlite3'
import { z } from 'zod'
import { builtinExerciseSchema, type BuiltinExercise } from '@shared/schemas/exercise'
import { builtinTemplateSchema, type BuiltinTemplate } from '@shared/schemas/program'
import exercisesJson from '../../../resources/library/exercises.json'
import templatesJson from '../../../resources/library/templates.json'
import * as exercises from '../db/exercises'
import * as programs from '../db/programs'

/** The shipped library, validated once so a bad edit to the data fails loudly at start and in tests. */
export function loadBuiltinLibrary(): { exercises: BuiltinExercise[]; templates: BuiltinTemplate[] } {
  return {
    exercises: z.array(builtinExerciseSchema).parse(exercisesJson),
    templates: z.array(builtinTemplateSchema).parse(templatesJson)
  }
}

type ExerciseBody = Omit<BuiltinExercise, 'key' | 'alternatives'>
type AlternativeKeys = BuiltinExercise['alternatives']

/**
 * A short, stable digest of a built-in exercise's content and its links to other built-ins, so
 * the installer can tell "as shipped" from "changed since" without keeping every old version.
 * Fields are listed in a fixed order and links sorted, so the digest never depends on key order.
 */
export function builtinFingerprint(body: ExerciseBody, alternatives: AlternativeKeys): string {
  const canonical = JSON.stringify([
    body.name,
    body.category,
    body.pattern,
    body.equipment,
    body.primaryMuscles,
    body.secondaryMuscles,
    body.unilateral,
    body.steps,
    body.cues,
    body.cautions,
    body.runnerBenefit,
    alternatives.map((a) => `${a.kind}:${a.key}`).sort()
  ])
  return createHash('sha256').update(canonical).digest('hex').slice(0, 32)
}

/**
 * Brings the store's built-in library up to the shipped one, matched by key, and adds missing
 * templates. New exercises are added with their links. An exercise already stored takes the
 * shipped content (fields and links to other built-ins) only while it is exactly as last
 * installed, so corrections reach every store but a change made to a row since is never
 * overwritten; archiving is kept either way. Templates are only added, never rewritten: a
 * trainer edits them. Running it again changes nothing.
 */
export function installBuiltins(
  db: Database,
  now: string,
  library = loadBuiltinLibrary()
): { exercisesAdded: number; exercisesUpdated: number; templatesAdded: number } {
  return db.transaction(() => {
    const ids = exercises.builtinExerciseIds(db)
    const added = new Set<string>()
    for (const exercise of library.exercises) {
      if (ids.has(exercise.key)) continue
      const { key, alternatives: _alternatives, ...body } = exercise
      ids.set(key, exercises.insertExercise(db, body, key, now))
      added.add(key)
    }
    const stored = new Map(exercises.listBuiltinExercises(db).map((row) => [row.key, row]))
    let exercisesUpdated = 0
    for (const exercise of library.exercises) {
      const { key, alternatives, ...body } = exercise
      const row = stored.get(key)
      if (!row) continue
      // Links to exercises this library lacks cannot be made, so they are not part of what is installed.
      const links = alternatives.filter((alternative) => ids.has(alternative.key))
      const shipped = builtinFingerprint(body, links)
      if (!added.has(key)) {
        const current = builtinFingerprint(row.body, row.alternatives)
        // No fingerprint yet: the row predates them, and no earlier Spotter could edit a built-in.
        const installed = row.fingerprint ?? current
        if (current !== installed || shipped === installed) {
          if (row.fingerprint === null) exercises.setBuiltinFingerprint(db, row.id, current)
          continue
        }
        exercises.updateExercise(db, row.id, body, now)
        exercises.clearBuiltinAlternatives(db, row.id)
        exercisesUpdated++
      }
      for (const alternative of links) {
        exercises.addAlternative(db, row.id, ids.get(alternative.key) as number, alternative.kind)
      }
      exercises.setBuiltinFingerprint(db, row.id, shipped)
    }

    const templateIds = programs.builtinTemplateIds(db)
    let templatesAdded = 0
    for (const template of library.templates) {
      if (templateIds.has(template.key)) continue
      insertTemplate(db, template, ids, now)
      templatesAdded++
    }
    return { exercisesAdded: added.size, exercisesUpdated, templatesAdded }
  })()
}

function insertTemplate(
  db: Database,
  template: BuiltinTemplate,
  exerciseIds: Map<string, number>,
  now: string
): void {
  const programId = programs.insertProgram(
    db,
    {
      clientId: null,
      builtinKey: template.key,
      name: template.name,
      goal: template.goal,
      notes: template.notes,
      startDate: null,
      weeks: template.weeks,
      status: 'draft',
      sourceProgramId: null
    },
    now
  )
  insertTemplateWorkouts(db, programId, template, exerciseIds)
}

/** Writes a built-in template's workouts into a program (first install, or restoring it). */
export function insertTemplateWorkouts(
  db: Database,
  programId: number,
  template: BuiltinTemplate,
  exerciseIds: Map<string, number> = exercises.builtinExerciseIds(db)
): void {
  template.workouts.forEach((workout, workoutIndex) => {
    const workoutId = programs.insertWorkout(db, programId, workout.name, workoutIndex, workout.notes)
    workout.prescriptions.forEach(({ exercise, ...body }, index) => {
      const exerciseId = exerciseIds.get(exercise)
      if (exerciseId === undefined)
        throw new Error(`Template ${template.key} names unknown exercise ${exercise}.`)
      programs.insertPrescription(db, workoutId, exerciseId, index, body)
    })
  })
}
