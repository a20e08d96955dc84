import { z } from '../zod'
import { line, notes } from './fields'

/** A load kind without a value may still say `value: null` (the built-in templates do). */
const noValue = z.null().optional()

/** How a prescription's load is given; values are in SI (kg) or plain numbers. */
export const loadSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none'), value: noValue }),
  z.strictObject({ kind: z.literal('kg'), value: z.number().positive().max(1000) }),
  z.strictObject({ kind: z.literal('percent1rm'), value: z.number().positive().max(120) }),
  z.strictObject({ kind: z.literal('rpe'), value: z.number().min(1).max(10) }),
  z.strictObject({ kind: z.literal('bodyweight'), value: noValue }),
  z.strictObject({ kind: z.literal('band'), value: line(40, true) })
])

const count = (max: number) => z.number().int().min(1).max(max)
/** Reps in a set: a hundred is already far past strength work. */
const repCount = z.number().int().min(1).max(100, 'At most 100 reps')
const seconds = z.number().int().min(0).max(3600)

/** A prescription's fields as a trainer sets them (without ids and position). */
export const prescriptionBodySchema = z.strictObject({
  setsMin: count(20),
  setsMax: count(20),
  repsMin: repCount.nullable(),
  repsMax: repCount.nullable(),
  holdMinS: seconds.nullable(),
  holdMaxS: seconds.nullable(),
  load: loadSchema,
  restMinS: seconds.nullable(),
  restMaxS: seconds.nullable(),
  tempo: line(8).regex(/^$|^[0-9X]{4}$/, 'Tempo is four digits, e.g. 3010 (X for explosive)'),
  perSide: z.boolean(),
  supersetGroup: z
    .string()
    .regex(/^[A-Z]$/, 'A superset is a capital letter, A to Z')
    .nullable(),
  notes: notes(1000),
  /**
   * The trainer's own progression step for this prescription, in percent of the load; null
   * follows the equipment's rule (see shared/training/progression.ts). Optional rather than
   * defaulted, so a partial update that leaves it out keeps the stored value.
   */
  progressionPct: z
    .number()
    .min(0.5, 'A step of 0.5 to 10 %')
    .max(10, 'A step of 0.5 to 10 % (no step goes above 10 %)')
    .nullable()
    .optional()
})

/** A template as shipped in resources/library/templates.json. */
export const builtinTemplateSchema = z.strictObject({
  key: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  goal: z.string(),
  notes: z.string(),
  weeks: z.number().int().min(1).max(104),
  workouts: z.array(
    z.strictObject({
      name: z.string().min(1),
      notes: z.string(),
      prescriptions: z.array(prescriptionBodySchema.extend({ exercise: z.string() }))
    })
  )
})

export const programStatuses = ['draft', 'active', 'completed'] as const

export type Load = z.output<typeof loadSchema>
export type PrescriptionBody = z.output<typeof prescriptionBodySchema>
export type BuiltinTemplate = z.output<typeof builtinTemplateSchema>
