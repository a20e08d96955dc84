import { z } from 'zod'
import { exerciseBodySchema, exerciseSchema } from '../schemas/exercise'
import { patchOf } from '../schemas/patch'

const id = z.number().int().positive()
const byId = z.object({ id })

/** The exercise library: built-ins are read-only, custom exercises are the trainer's own. */
export const exerciseOperations = {
  'exercises.list': {
    input: z.object({ includeArchived: z.boolean().default(false) }),
    output: z.array(exerciseSchema)
  },
  'exercises.get': { input: byId, output: exerciseSchema },
  'exercises.create': { input: exerciseBodySchema, output: exerciseSchema },
  'exercises.update': { input: z.object({ id, patch: patchOf(exerciseBodySchema) }), output: exerciseSchema },
  'exercises.setArchived': { input: z.object({ id, archived: z.boolean() }), output: exerciseSchema },
  'exercises.duplicate': { input: byId, output: exerciseSchema },
  'exercises.setAlternatives': {
    input: z.object({
      id,
      alternatives: z
        .array(z.object({ kind: z.enum(['easier', 'harder', 'substitute']), exerciseId: id }))
        .max(12)
    }),
    output: exerciseSchema
  }
} as const
