import type { Database } from 'better-sqlite3'
import { isLowerBodyWorkout } from '@shared/training/week-rules'
import { defaultRpeCeiling, type ProgressionPrescription } from '@shared/training/progression'
import { getExercise } from '../db/exercises'
import { builtinTemplateIds, getProgramRow, listPrescriptions, listWorkouts } from '../db/programs'
import { genericLoad, loadProfiles, type LoadProfile } from './loads'

/*
 * The two built-in runner templates, read once per demo through the store's own queries: every
 * client's programs are copies of them, and the logs follow their prescriptions.
 */

/**
 * A template's prescription as the logs need it: what the progression rule reads (so the demo's
 * loads climb as Spotter suggests), and where its loads start.
 */
export interface TemplatePrescription extends Pick<
  ProgressionPrescription,
  | 'exerciseId'
  | 'category'
  | 'equipment'
  | 'setsMin'
  | 'setsMax'
  | 'repsMin'
  | 'repsMax'
  | 'holdMinS'
  | 'holdMaxS'
> {
  /** The effort a set may reach and still count as having reps to spare (the RPE target, else 8). */
  rpeCeiling: number
  profile: LoadProfile | null
}

export interface TemplateWorkout {
  /** The template's workout, which a client's program copies. */
  id: number
  lowerBody: boolean
  prescriptions: TemplatePrescription[]
  /** About how many set rows one session of this workout logs, to size histories by sets. */
  setsPerSession: number
}

export interface Template {
  id: number
  name: string
  goal: string
  notes: string
  workouts: TemplateWorkout[]
}

const templateKeys = ['runner-lower-body', 'runner-upper-body'] as const

function readWorkout(db: Database, workoutId: number): TemplateWorkout {
  const prescriptions = listPrescriptions(db, workoutId).map((p): TemplatePrescription => {
    const exercise = getExercise(db, p.exerciseId)
    const loaded = p.load.kind === 'kg' || p.load.kind === 'percent1rm' || p.load.kind === 'rpe'
    return {
      exerciseId: p.exerciseId,
      category: p.exerciseCategory,
      equipment: exercise?.equipment ?? [],
      rpeCeiling: p.load.kind === 'rpe' ? p.load.value : defaultRpeCeiling,
      setsMin: p.setsMin,
      setsMax: p.setsMax,
      repsMin: p.repsMin,
      repsMax: p.repsMax,
      holdMinS: p.holdMinS,
      holdMaxS: p.holdMaxS,
      profile: loadProfiles[exercise?.builtinKey ?? ''] ?? (loaded ? genericLoad : null)
    }
  })
  const setsPerSession = prescriptions.reduce(
    (sum, p) => sum + (p.profile ? 1 : 0) + (p.setsMin + p.setsMax * 3) / 4,
    0
  )
  return {
    id: workoutId,
    lowerBody: isLowerBodyWorkout(prescriptions.map((p) => p.category)),
    prescriptions,
    setsPerSession
  }
}

/** The lower-body and the upper-body runner templates; the built-in library must be installed. */
export function readTemplates(db: Database): [lower: Template, upper: Template] {
  const ids = builtinTemplateIds(db)
  const [lower, upper] = templateKeys.map((key): Template => {
    const program = getProgramRow(db, ids.get(key) ?? 0)
    if (!program) {
      throw new Error(`Demo data needs the built-in template "${key}": install the built-ins first.`)
    }
    const workouts = listWorkouts(db, program.id).map((workout) => readWorkout(db, workout.id))
    if (workouts.length === 0) throw new Error(`The built-in template "${key}" has no workouts.`)
    return { id: program.id, name: program.name, goal: program.goal, notes: program.notes, workouts }
  })
  return [lower as Template, upper as Template]
}
