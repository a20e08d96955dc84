import { id, isoDate, line, notes, position } from '../schemas/fields'
import { patchOf } from '../schemas/patch'
import { prescriptionBodySchema } from '../schemas/program'
import {
  prescriptionSchema,
  programFieldsSchema,
  programSchema,
  programSummarySchema,
  workoutSchema
} from '../schemas/program-views'
import { z } from '../zod'

const byId = z.strictObject({ id })
const byClient = z.strictObject({ clientId: id })
const deleted = z.object({ deleted: z.literal(true) })
const workoutName = line(80, true)
const maxSchema = z.object({ exerciseId: id, kind: z.enum(['1rm', 'tm']), kg: z.number(), setOn: z.string() })

/** Programs (a client's) and templates (no client), their workouts and prescriptions. */
export const programOperations = {
  'templates.list': { input: z.strictObject({}), output: z.array(programSummarySchema) },
  'programs.listForClient': { input: byClient, output: z.array(programSummarySchema) },
  'programs.get': { input: byId, output: programSchema },
  'programs.create': {
    input: programFieldsSchema.extend({
      clientId: id.nullable(),
      /** Deep-copies this template or program when given; blank otherwise. */
      fromProgramId: id.nullable().default(null)
    }),
    output: programSchema
  },
  'programs.update': {
    input: z.strictObject({ id, patch: patchOf(programFieldsSchema) }),
    output: programSchema
  },
  'programs.saveAsTemplate': {
    input: z.strictObject({ id, name: line(120, true) }),
    output: programSchema
  },
  'programs.delete': { input: byId, output: deleted },
  'templates.restoreBuiltin': { input: byId, output: programSchema },

  'workouts.add': {
    input: z.strictObject({ programId: id, name: workoutName }),
    output: workoutSchema
  },
  'workouts.update': {
    input: z.strictObject({ id, name: workoutName.optional(), notes: notes(2000).optional() }),
    output: workoutSchema
  },
  'workouts.move': { input: z.strictObject({ id, position }), output: programSchema },
  'workouts.duplicate': { input: byId, output: workoutSchema },
  'workouts.delete': { input: byId, output: deleted },

  'prescriptions.add': {
    input: z.strictObject({
      workoutId: id,
      exerciseId: id,
      body: prescriptionBodySchema.partial().default({})
    }),
    output: prescriptionSchema
  },
  'prescriptions.update': {
    input: z.strictObject({ id, patch: prescriptionBodySchema.partial() }),
    output: prescriptionSchema
  },
  'prescriptions.move': { input: z.strictObject({ id, position }), output: workoutSchema },
  'prescriptions.swap': { input: z.strictObject({ id, exerciseId: id }), output: prescriptionSchema },
  'prescriptions.delete': { input: byId, output: prescriptionSchema },
  /** Puts back a deleted prescription where it was (undo). */
  'prescriptions.restore': {
    input: prescriptionBodySchema.extend({ workoutId: id, exerciseId: id, position }),
    output: prescriptionSchema
  },
  'prescriptions.linkSuperset': {
    input: z.strictObject({ id, linked: z.boolean() }),
    output: workoutSchema
  },

  'maxes.list': { input: byClient, output: z.array(maxSchema) },
  /** A max the client reached: its date is not in the future (the service checks against the clock). */
  'maxes.set': {
    input: z.strictObject({
      clientId: id,
      exerciseId: id,
      kind: z.enum(['1rm', 'tm']).default('1rm'),
      kg: z.number().positive().max(1000),
      setOn: isoDate
    }),
    output: maxSchema
  },
  'maxes.delete': { input: z.strictObject({ clientId: id, exerciseId: id }), output: deleted }
} as const
