import { z } from 'zod'

/** How a prescription's load is given; values are in SI (kg) or plain numbers. */
export const loadSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('kg'), value: z.number().positive().max(1000) }),
  z.object({ kind: z.literal('percent1rm'), value: z.number().positive().max(120) }),
  z.object({ kind: z.literal('rpe'), value: z.number().min(1).max(10) }),
  z.object({ kind: z.literal('bodyweight') }),
  z.object({ kind: z.literal('band'), value: z.string().trim().min(1).max(40) })
])

const count = (max: number) => z.number().int().min(1).max(max)
/** Reps in a set: a hundred is already far past strength work. */
const repCount = z.number().int().min(1).max(100, 'At most 100 reps')
const seconds = z.number().int().min(0).max(3600)

/** A prescription's fields as a trainer sets them (without ids and position). */
export const prescriptionBodySchema = z.object({
  setsMin: count(20),
  setsMax: count(20),
  repsMin: repCount.nullable(),
  repsMax: repCount.nullable(),
  holdMinS: seconds.nullable(),
  holdMaxS: seconds.nullable(),
  load: loadSchema,
  restMinS: seconds.nullable(),
  restMaxS: seconds.nullable(),
  tempo: z
    .string()
    .trim()
    .regex(/^$|^[0-9X]{4}$/, 'Tempo is four digits, e.g. 3010 (X for explosive)'),
  perSide: z.boolean(),
  supersetGroup: z
    .string()
    .regex(/^[A-Z]$/)
    .nullable(),
  notes: z.string().max(1000),
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
export const builtinTemplateSchema = z.object({
  key: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  goal: z.string(),
  notes: z.string(),
  weeks: z.number().int().min(1).max(104),
  workouts: z.array(
    z.object({
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
