import { contract } from '../contract'
import { alternativeKinds, exerciseBodySchema, type Exercise } from '../schemas/exercise'
import { z } from '../zod'

/**
 * The exercise form, derived from `exercises.create`'s input and `exercises.setAlternatives`'
 * list: steps and cues are typed one per line, and the alternatives carry their names for
 * showing. Every rule and message stays the contract's.
 */

const body = exerciseBodySchema.shape

/** Text typed one item per line: blank lines are dropped, then the contract checks the list. */
function typedLines<T extends z.ZodType>(target: T) {
  return z
    .string()
    .transform((text) =>
      text
        .split('\n')
        .map((item) => item.trim())
        .filter(Boolean)
    )
    .pipe(target as unknown as z.ZodType<z.output<T>, string[]>)
}

const alternativesInput = contract['exercises.setAlternatives'].input.shape.alternatives

/** An alternative as the form shows it: the exercise's name beside its kind. */
export interface NamedAlternative {
  kind: Exercise['alternatives'][number]['kind']
  exerciseId: number
  name: string
}

/**
 * The exercise form's schema: the exercise's own fields as `exercises.create` takes them, and
 * its alternatives as `exercises.setAlternatives` takes them (the names dropped).
 */
export const exerciseFormSchema = exerciseBodySchema.extend({
  steps: typedLines(body.steps),
  cues: typedLines(body.cues),
  alternatives: z
    .array(z.object({ kind: z.enum(alternativeKinds), exerciseId: z.number(), name: z.string() }))
    .transform((list) => list.map(({ kind, exerciseId }) => ({ kind, exerciseId })))
    .pipe(alternativesInput)
})

/** The exercise form's values: the contract's fields, with steps and cues as one-per-line text. */
export type ExerciseFormValues = z.input<typeof exerciseFormSchema>

/** What the exercise form hands to its save: `exercises.create`'s input and the alternatives to set. */
export type ExerciseFormOutput = z.output<typeof exerciseFormSchema>

/** The form's values for a stored exercise, or a new one's defaults. */
export function exerciseFormValues(exercise: Exercise | undefined): ExerciseFormValues {
  return {
    name: exercise?.name ?? '',
    category: exercise?.category ?? 'lower',
    pattern: exercise?.pattern ?? 'squat',
    equipment: exercise?.equipment ?? [],
    primaryMuscles: exercise?.primaryMuscles ?? [],
    secondaryMuscles: exercise?.secondaryMuscles ?? [],
    unilateral: exercise?.unilateral ?? false,
    steps: exercise?.steps.join('\n') ?? '',
    cues: exercise?.cues.join('\n') ?? '',
    cautions: exercise?.cautions ?? [],
    runnerBenefit: exercise?.runnerBenefit ?? '',
    alternatives: exercise?.alternatives ?? []
  }
}
