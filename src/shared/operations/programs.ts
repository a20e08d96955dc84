import { z } from 'zod'
import { patchOf } from '../schemas/patch'
import { prescriptionBodySchema } from '../schemas/program'
import {
  prescriptionSchema,
  programFieldsSchema,
  programSchema,
  programSummarySchema,
  workoutSchema
} from '../schemas/program-views'

const id = z.number().int().positive()
const byId = z.object({ id })
const deleted = z.object({ deleted: z.literal(true) })
const position = z.number().int().min(0)

/** Programs (a client's) and templates (no client), their workouts and prescriptions. */
export const programOperations = {
  'templates.list': { input: z.object({}), output: z.array(programSummarySchema) },
  'programs.listForClient': { input: z.object({ clientId: id }), output: z.array(programSummarySchema) },
  'programs.get': { input: byId, output: programSchema },
  'programs.create': {
    input: programFieldsSchema.extend({
      clientId: id.nullable(),
      /** Deep-copies this template or program when given; blank otherwise. */
      fromProgramId: id.nullable().default(null)
    }),
    output: programSchema
  },
  'programs.update': { input: z.object({ id, patch: patchOf(programFieldsSchema) }), output: programSchema },
  'programs.saveAsTemplate': {
    input: z.object({ id, name: z.string().trim().min(1, 'Name is required').max(120) }),
    output: programSchema
  },
  'programs.delete': { input: byId, output: deleted },
  'templates.restoreBuiltin': { input: byId, output: programSchema },

  'workouts.add': {
    input: z.object({ programId: id, name: z.string().trim().min(1, 'Name is required').max(80) }),
    output: workoutSchema
  },
  'workouts.update': {
    input: z.object({
      id,
      name: z.string().trim().min(1, 'Name is required').max(80).optional(),
      notes: z.string().max(2000).optional()
    }),
    output: workoutSchema
  },
  'workouts.move': { input: z.object({ id, position }), output: programSchema },
  'workouts.duplicate': { input: byId, output: workoutSchema },
  'workouts.delete': { input: byId, output: deleted },

  'prescriptions.add': {
    input: z.object({ workoutId: id, exerciseId: id, body: prescriptionBodySchema.partial().default({}) }),
    output: prescriptionSchema
  },
  'prescriptions.update': {
    input: z.object({ id, patch: prescriptionBodySchema.partial() }),
    output: prescriptionSchema
  },
  'prescriptions.move': { input: z.object({ id, position }), output: workoutSchema },
  'prescriptions.swap': { input: z.object({ id, exerciseId: id }), output: prescriptionSchema },
  'prescriptions.delete': { input: byId, output: prescriptionSchema },
  /** Puts back a deleted prescription where it was (undo). */
  'prescriptions.restore': {
    input: prescriptionSchema.omit({
      exerciseName: true,
      exerciseCautions: true,
      exerciseCategory: true,
      id: true
    }),
    output: prescriptionSchema
  },
  'prescriptions.linkSuperset': {
    input: z.object({ id, linked: z.boolean() }),
    output: workoutSchema
  },

  'maxes.list': {
    input: z.object({ clientId: id }),
    output: z.array(
      z.object({ exerciseId: id, kind: z.enum(['1rm', 'tm']), kg: z.number(), setOn: z.string() })
    )
  },
  'maxes.set': {
    input: z.object({
      clientId: id,
      exerciseId: id,
      kind: z.enum(['1rm', 'tm']).default('1rm'),
      kg: z.number().positive('Enter a weight above zero').max(1000),
      setOn: z.iso.date()
    }),
    output: z.object({ exerciseId: id, kind: z.enum(['1rm', 'tm']), kg: z.number(), setOn: z.string() })
  },
  'maxes.delete': { input: z.object({ clientId: id, exerciseId: id }), output: deleted }
} as const
