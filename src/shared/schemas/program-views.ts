import { z } from '../zod'
import { id, isoDate, line, notes } from './fields'
import { bodyAreas } from './exercise'
import { prescriptionBodySchema, programStatuses } from './program'

/** A prescription as the builder shows it: its fields plus what it needs to know of the exercise. */
export const prescriptionSchema = prescriptionBodySchema.extend({
  id,
  workoutId: id,
  exerciseId: id,
  exerciseName: z.string(),
  exerciseCautions: z.array(z.enum(bodyAreas)),
  exerciseCategory: z.enum(['lower', 'upper', 'core', 'full']),
  position: z.number().int()
})

export const workoutSchema = z.object({
  id,
  programId: id,
  name: z.string(),
  notes: z.string(),
  position: z.number().int(),
  prescriptions: z.array(prescriptionSchema)
})

/** The fields of a program or template a trainer edits. */
export const programFieldsSchema = z.strictObject({
  name: line(120, true),
  goal: line(500).default(''),
  notes: notes(4000).default(''),
  startDate: isoDate.nullable().default(null),
  weeks: z.number().int().min(1).max(104).default(8),
  status: z.enum(programStatuses).default('draft')
})

export const programSchema = programFieldsSchema.extend({
  id,
  clientId: id.nullable(),
  builtinKey: z.string().nullable(),
  sourceProgramId: id.nullable(),
  sourceName: z.string().nullable(),
  updatedAt: z.string(),
  workouts: z.array(workoutSchema)
})

export const programSummarySchema = programFieldsSchema.extend({
  id,
  clientId: id.nullable(),
  builtinKey: z.string().nullable(),
  workoutCount: z.number().int(),
  exerciseCount: z.number().int(),
  updatedAt: z.string()
})

export type Prescription = z.output<typeof prescriptionSchema>
export type Workout = z.output<typeof workoutSchema>
export type Program = z.output<typeof programSchema>
export type ProgramSummary = z.output<typeof programSummarySchema>
export type ProgramFields = z.output<typeof programFieldsSchema>
