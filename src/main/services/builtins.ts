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

/**
 * Adds every built-in exercise and template the store does not have yet, matched by key.
 * Existing rows are never touched, so a trainer's edits (or archiving) survive an upgrade,
 * and running it again changes nothing.
 */
export function installBuiltins(
  db: Database,
  now: string,
  library = loadBuiltinLibrary()
): { exercisesAdded: number; templatesAdded: number } {
  return db.transaction(() => {
    const ids = exercises.builtinExerciseIds(db)
    const added = new Set<string>()
    for (const exercise of library.exercises) {
      if (ids.has(exercise.key)) continue
      const { key, alternatives: _alternatives, ...body } = exercise
      ids.set(key, exercises.insertExercise(db, body, key, now))
      added.add(key)
    }
    // Links are added only for newly installed exercises, so a trainer's removed links stay removed.
    for (const exercise of library.exercises) {
      if (!added.has(exercise.key)) continue
      const id = ids.get(exercise.key) as number
      for (const alternative of exercise.alternatives) {
        const alternativeId = ids.get(alternative.key)
        if (alternativeId !== undefined) exercises.addAlternative(db, id, alternativeId, alternative.kind)
      }
    }

    const templateIds = programs.builtinTemplateIds(db)
    let templatesAdded = 0
    for (const template of library.templates) {
      if (templateIds.has(template.key)) continue
      insertTemplate(db, template, ids, now)
      templatesAdded++
    }
    return { exercisesAdded: added.size, templatesAdded }
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
