import { exerciseBodySchema, exerciseSchema } from '../schemas/exercise'
import { id, uniqueList } from '../schemas/fields'
import { patchOf } from '../schemas/patch'
import { z } from '../zod'

const byId = z.strictObject({ id })

/** The exercise library: built-ins are read-only, custom exercises are the trainer's own. */
export const exerciseOperations = {
  'exercises.list': {
    input: z.strictObject({ includeArchived: z.boolean().default(false) }),
    output: z.array(exerciseSchema)
  },
  'exercises.get': { input: byId, output: exerciseSchema },
  'exercises.create': { input: exerciseBodySchema, output: exerciseSchema },
  'exercises.update': {
    input: z.strictObject({ id, patch: patchOf(exerciseBodySchema) }),
    output: exerciseSchema
  },
  'exercises.setArchived': { input: z.strictObject({ id, archived: z.boolean() }), output: exerciseSchema },
  'exercises.duplicate': { input: byId, output: exerciseSchema },
  'exercises.setAlternatives': {
    input: z.strictObject({
      id,
      /** Each exercise at most once, whatever its kind. */
      alternatives: uniqueList(
        z.strictObject({ kind: z.enum(['easier', 'harder', 'substitute']), exerciseId: id }),
        12,
        (alternative) => alternative.exerciseId
      )
    }),
    output: exerciseSchema
  }
} as const
