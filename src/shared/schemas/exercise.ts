import { z } from '../zod'
import { id, line, notes, uniqueList } from './fields'

export const exerciseCategories = ['lower', 'upper', 'core', 'full'] as const
export const movementPatterns = [
  'squat',
  'hinge',
  'lunge',
  'bridge',
  'calf raise',
  'hip abduction',
  'hip adduction',
  'horizontal push',
  'vertical push',
  'horizontal pull',
  'vertical pull',
  'anti-extension',
  'anti-rotation',
  'anti-lateral flexion',
  'carry',
  'knee flexion',
  'jump'
] as const
export const equipmentKinds = [
  'barbell',
  'dumbbell',
  'kettlebell',
  'band',
  'bodyweight',
  'bench',
  'box',
  'pull-up bar',
  'rack',
  'mat',
  'cable',
  'machine',
  'step',
  'stability ball'
] as const
export const muscleGroups = [
  'quads',
  'hamstrings',
  'glutes',
  'glute medius',
  'adductors',
  'calves',
  'hip flexors',
  'core',
  'obliques',
  'lower back',
  'chest',
  'upper back',
  'lats',
  'shoulders',
  'triceps',
  'biceps'
] as const
/** Body areas an exercise loads; injuries name the same areas so the two can be matched. */
export const bodyAreas = [
  'knee',
  'hip',
  'ankle',
  'achilles',
  'foot',
  'shin',
  'calf',
  'hamstring',
  'groin',
  'lower back',
  'shoulder',
  'elbow',
  'wrist',
  'neck'
] as const
export const alternativeKinds = ['easier', 'harder', 'substitute'] as const

export const categoryLabels: Record<(typeof exerciseCategories)[number], string> = {
  lower: 'Lower body',
  upper: 'Upper body',
  core: 'Core',
  full: 'Full body'
}

/**
 * The parts of an exercise a trainer describes; shared by built-in data and custom exercises.
 * The lists of choices hold each choice once; steps and cues are free lines, at most 20 each.
 */
export const exerciseBodySchema = z.strictObject({
  name: line(120, true),
  category: z.enum(exerciseCategories),
  pattern: z.enum(movementPatterns),
  equipment: uniqueList(z.enum(equipmentKinds), equipmentKinds.length),
  primaryMuscles: uniqueList(z.enum(muscleGroups), muscleGroups.length).min(1),
  secondaryMuscles: uniqueList(z.enum(muscleGroups), muscleGroups.length),
  unilateral: z.boolean(),
  steps: z.array(line(500, true)).max(20),
  cues: z.array(line(300, true)).max(20),
  cautions: uniqueList(z.enum(bodyAreas), bodyAreas.length),
  runnerBenefit: notes(1000)
})

export const alternativeRefSchema = z.strictObject({ kind: z.enum(alternativeKinds), key: z.string() })

/** One exercise as shipped in resources/library/exercises.json. */
export const builtinExerciseSchema = exerciseBodySchema.extend({
  key: z.string().regex(/^[a-z0-9-]+$/),
  alternatives: z.array(alternativeRefSchema)
})

/** An exercise as stored and shown. */
export const exerciseSchema = exerciseBodySchema.extend({
  id,
  builtinKey: z.string().nullable(),
  archived: z.boolean(),
  alternatives: z.array(
    z.object({ kind: z.enum(alternativeKinds), exerciseId: z.number().int(), name: z.string() })
  )
})

export type Exercise = z.output<typeof exerciseSchema>
export type BuiltinExercise = z.output<typeof builtinExerciseSchema>
export type BodyArea = (typeof bodyAreas)[number]
