import { z } from '../zod'
import { id, isoDate, line, notes } from './fields'

/** More reps than this in one set is a typing slip, not strength work (and would become a record). */
export const maxRepsPerSet = 100

/** Effort or RPE on the 1–10 scale trainers use. */
const effort = z.number().int().min(1, 'Effort is 1 to 10').max(10, 'Effort is 1 to 10')

/**
 * One set as the trainer enters it. Set numbers are not sent: the store numbers the sets of each
 * exercise in the order they arrive, so removing a set in the middle can never leave a gap.
 */
export const setInputSchema = z
  .strictObject({
    exerciseId: id,
    prescriptionId: id.nullable().default(null),
    reps: z
      .number()
      .int()
      .min(0, 'Reps can’t be negative')
      .max(maxRepsPerSet, `At most ${maxRepsPerSet} reps in a set`)
      .nullable()
      .default(null),
    holdS: z
      .number()
      .int()
      .min(0, 'A hold can’t be negative')
      .max(3600, 'A hold is at most an hour')
      .nullable()
      .default(null),
    loadKg: z
      .number()
      .min(0, 'Load can’t be negative')
      .max(1000, 'Load looks wrong')
      .nullable()
      .default(null),
    rpe: z.number().min(1, 'RPE is 1 to 10').max(10, 'RPE is 1 to 10').nullable().default(null),
    warmup: z.boolean().default(false)
  })
  .superRefine((set, ctx) => {
    if (set.reps === null && set.holdS === null) {
      ctx.addIssue({ code: 'custom', path: ['reps'], message: 'Enter the reps done (or the hold time)' })
    }
    if (set.reps !== null && set.holdS !== null) {
      ctx.addIssue({ code: 'custom', path: ['holdS'], message: 'A set has reps or a hold time, not both' })
    }
  })

/** A logged set as stored, with the exercise's name for showing it. */
export const setLogSchema = z.object({
  id,
  exerciseId: id,
  exerciseName: z.string(),
  prescriptionId: id.nullable(),
  setNumber: z.number().int(),
  reps: z.number().int().nullable(),
  holdS: z.number().int().nullable(),
  loadKg: z.number().nullable(),
  rpe: z.number().nullable(),
  warmup: z.boolean()
})

/** A session's own fields: when, what was planned, how long and how hard it felt. */
export const sessionFieldsSchema = z.strictObject({
  date: isoDate,
  durationS: z
    .number()
    .int()
    .min(0, 'Duration can’t be negative')
    .max(12 * 3600, 'A session is at most 12 hours')
    .nullable()
    .default(null),
  effort: effort.nullable().default(null),
  notes: notes(4000).default(''),
  /** A session records work done: at least one set. */
  sets: z.array(setInputSchema).min(1, 'A session needs at least one set').max(400)
})

export const sessionInputSchema = sessionFieldsSchema.extend({
  /** Null creates a session; an id replaces that session's fields and all its sets. */
  id: id.nullable().default(null),
  clientId: id,
  workoutId: id.nullable().default(null)
})

/** A stored session with its sets in order. */
export const sessionSchema = z.object({
  id,
  clientId: id,
  date: isoDate,
  workoutId: id.nullable(),
  workoutName: z.string().nullable(),
  programId: id.nullable(),
  durationS: z.number().int().nullable(),
  effort: z.number().int().nullable(),
  notes: z.string(),
  createdAt: z.string(),
  sets: z.array(setLogSchema)
})

/** A row of a client's session list. */
export const sessionSummarySchema = sessionSchema.omit({ sets: true, createdAt: true }).extend({
  setCount: z.number().int(),
  exerciseCount: z.number().int()
})

/** Several weeks of one workout typed back from a paper log sheet, saved all or nothing. */
export const sessionBatchSchema = z.strictObject({
  clientId: id,
  workoutId: id,
  sessions: z.array(sessionFieldsSchema).min(1, 'Enter at least one week').max(104)
})

export const runKinds = ['easy', 'quality', 'long', 'race', 'cross'] as const

/** A run as the trainer logs it, in SI (metres, seconds). */
export const runInputSchema = z.strictObject({
  id: id.nullable().default(null),
  clientId: id,
  date: isoDate,
  kind: z.enum(runKinds),
  distanceM: z.number().min(0, 'Distance can’t be negative').max(1_000_000, 'Distance looks wrong'),
  durationS: z
    .number()
    .int()
    .min(0, 'Duration can’t be negative')
    .max(7 * 24 * 3600, 'Duration looks wrong'),
  avgHr: z
    .number()
    .int()
    .min(30, 'Heart rate is 30 to 250')
    .max(250, 'Heart rate is 30 to 250')
    .nullable()
    .default(null),
  effort: effort.nullable().default(null),
  notes: notes(2000).default('')
})

export const runSchema = runInputSchema.extend({ id })

/** A kind of body measurement: the four built in, or one the trainer adds. */
export const measurementKindSchema = z.object({
  id,
  builtinKey: z.string().nullable(),
  name: z.string(),
  /** The stored unit: SI for the built-ins (kg, m), anything for a trainer's own kind. */
  unit: z.string()
})

export const measurementKindInputSchema = z.strictObject({
  name: line(60, true),
  unit: line(20, true)
})

export const measurementInputSchema = z.strictObject({
  id: id.nullable().default(null),
  clientId: id,
  kindId: id,
  date: isoDate,
  value: z.number().min(-1_000_000).max(1_000_000)
})

export const measurementSchema = measurementInputSchema.extend({
  id,
  kindName: z.string(),
  unit: z.string(),
  builtinKey: z.string().nullable()
})

export type SetInput = z.output<typeof setInputSchema>
export type SetLog = z.output<typeof setLogSchema>
export type SessionInput = z.output<typeof sessionInputSchema>
export type Session = z.output<typeof sessionSchema>
export type SessionSummary = z.output<typeof sessionSummarySchema>
export type SessionBatch = z.output<typeof sessionBatchSchema>
export type RunKind = (typeof runKinds)[number]
export type RunInput = z.output<typeof runInputSchema>
export type Run = z.output<typeof runSchema>
export type MeasurementKind = z.output<typeof measurementKindSchema>
export type MeasurementInput = z.output<typeof measurementInputSchema>
export type Measurement = z.output<typeof measurementSchema>
