import { z } from 'zod'

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

const text = (max: number) => z.string().trim().min(1).max(max)

/** The parts of an exercise a trainer describes; shared by built-in data and custom exercises. */
export const exerciseBodySchema = z.object({
  name: text(120),
  category: z.enum(exerciseCategories),
  pattern: z.enum(movementPatterns),
  equipment: z.array(z.enum(equipmentKinds)).max(equipmentKinds.length),
  primaryMuscles: z.array(z.enum(muscleGroups)).min(1, 'Choose at least one primary muscle'),
  secondaryMuscles: z.array(z.enum(muscleGroups)),
  unilateral: z.boolean(),
  steps: z.array(text(500)).max(20),
  cues: z.array(text(300)).max(20),
  cautions: z.array(z.enum(bodyAreas)),
  runnerBenefit: z.string().trim().max(1000)
})

export const alternativeRefSchema = z.object({ kind: z.enum(alternativeKinds), key: z.string() })

/** One exercise as shipped in resources/library/exercises.json. */
export const builtinExerciseSchema = exerciseBodySchema.extend({
  key: z.string().regex(/^[a-z0-9-]+$/),
  alternatives: z.array(alternativeRefSchema)
})

/** An exercise as stored and shown. */
export const exerciseSchema = exerciseBodySchema.extend({
  id: z.number().int().positive(),
  builtinKey: z.string().nullable(),
  archived: z.boolean(),
  alternatives: z.array(
    z.object({ kind: z.enum(alternativeKinds), exerciseId: z.number().int(), name: z.string() })
  )
})

export type Exercise = z.output<typeof exerciseSchema>
export type BuiltinExercise = z.output<typeof builtinExerciseSchema>
export type BodyArea = (typeof bodyAreas)[number]
