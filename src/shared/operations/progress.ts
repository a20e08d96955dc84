import { dateOrder, id, isoDate, line } from '../schemas/fields'
import { prescriptionSchema } from '../schemas/program-views'
import { z } from '../zod'

const date = z.iso.date()
const byClient = z.strictObject({ clientId: id })
const category = z.enum(['lower', 'upper', 'core', 'full'])
const reps = z.number().int().min(1).max(100, 'At most 100 reps')
const holdS = z.number().int().min(1).max(3600)
const sets = z.number().int().min(1).max(20)

/**
 * An exercise's estimated-1RM line, oldest first, as columns with one entry per point (the best of
 * one session): its day (days since 1970-01-01, as `dayNumber` in shared/dates.ts gives, the
 * chart's x), the estimate in kg, the session, and whether that session set a current record.
 * Columns, not an object per point: the server builds them for years of sessions on every call,
 * and in some processes V8 moved per-point objects to its old generation, where building each
 * cost ten times as much (the Progress call then took 1.5-1.6 times its raw reads, not 1.3).
 */
const e1rmPointsSchema = z.object({
  days: z.array(z.number().int()),
  kgs: z.array(z.number()),
  sessionIds: z.array(id),
  records: z.array(z.boolean())
})

/** Weekly stacked values: one row per week (its first day), a value in kg per group in `keys`. */
const stackedWeeksSchema = z.object({
  keys: z.array(z.string()),
  rows: z.array(z.object({ week: date, values: z.record(z.string(), z.number()) }))
})

const recordMark = <T extends z.ZodType>(value: T) => z.object({ value, date, sessionId: id })

export const exerciseRecordsSchema = z.object({
  exerciseId: id,
  exerciseName: z.string(),
  heaviest: recordMark(z.number()).nullable(),
  bestE1rm: recordMark(z.number()).nullable(),
  mostReps: recordMark(z.object({ reps: z.number().int(), kg: z.number().nullable() })).nullable()
})

/** What accepting a suggestion changes in the prescription: its load, exercise, reps, hold or sets. */
export const suggestedChangeSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('load'),
    loadKg: z.number().positive('Enter a load above zero').max(1000, 'At most 1000 kg')
  }),
  z.strictObject({ kind: z.literal('exercise'), exerciseId: id, exerciseName: line(120, true) }),
  z.strictObject({ kind: z.literal('reps'), repsMin: reps, repsMax: reps }),
  z.strictObject({ kind: z.literal('hold'), holdMinS: holdS, holdMaxS: holdS }),
  z.strictObject({ kind: z.literal('sets'), setsMin: sets, setsMax: sets })
])

export const suggestionSchema = z.object({
  prescriptionId: id,
  exerciseId: id,
  exerciseName: z.string(),
  workoutName: z.string(),
  /** Up (more load, a harder exercise, more work) or down (a lighter load). */
  kind: z.enum(['increase', 'reduce']),
  change: suggestedChangeSchema,
  /** The load of the latest session; null for bodyweight or band work. */
  currentKg: z.number().nullable(),
  /** The rule the step followed, in words. */
  rule: z.string(),
  basedOnSessionId: id,
  basedOnDate: date,
  reason: z.string()
})

export const progressChartsSchema = z.object({
  /** The range the charts cover: `from` is the first data (or the asked date), `to` the asked date or today. */
  from: date,
  to: date,
  /** Weeks each point of the weekly series covers: 1, or more for long ranges (values are then per-week averages; adherence is summed). */
  weeksPerPoint: z.number().int().positive(),
  /** Per exercise with a qualifying set in the range, most-logged first; at most ~300 points each. */
  e1rm: z.array(
    z.object({
      exerciseId: id,
      exerciseName: z.string(),
      category,
      sessions: z.number().int(),
      points: e1rmPointsSchema
    })
  ),
  /** All-time records (as `progress.records`), so the tab needs one call. */
  records: z.array(exerciseRecordsSchema),
  recordSessionIds: z.array(id),
  volumeByCategory: stackedWeeksSchema,
  volumeByMuscle: stackedWeeksSchema,
  bodyWeight: z.array(z.object({ date, kg: z.number() })),
  /** Per week: all running distance, and the easy runs' distance and time (pace = time / distance). */
  running: z.array(
    z.object({ week: date, distanceM: z.number(), easyDistanceM: z.number(), easyDurationS: z.number() })
  ),
  adherence: z.object({
    weeks: z.array(z.object({ week: date, planned: z.number().int(), done: z.number().int() })),
    /** Done (at most the planned ones) over planned in the range; null without a week plan. */
    rate: z.number().nullable(),
    plannedPerWeek: z.number().int()
  })
})

const rangeSchema = byClient
  .extend({
    /** First day shown; null for all history. */
    from: isoDate.nullable().default(null),
    /** Last day shown; null for today. */
    to: isoDate.nullable().default(null)
  })
  .superRefine(dateOrder('from', 'to', 'the start'))

/** Charts, records, estimated maxes and progression suggestions from a client's logs. */
export const progressOperations = {
  /** Every Progress chart's series for a date range, aggregated and downsampled in the store. */
  'progress.charts': { input: rangeSchema, output: progressChartsSchema },
  /** All-time personal records per exercise, and the sessions that set them (e.g. to mark them in the log). */
  'progress.records': {
    input: byClient,
    output: z.object({ records: z.array(exerciseRecordsSchema), recordSessionIds: z.array(id) })
  },
  /**
   * The estimated 1RM per exercise the builder can load %1RM prescriptions from when no 1RM was
   * entered: the best of the last 90 days, else the latest known (see `date`).
   */
  'maxes.estimated': {
    input: byClient.extend({
      /** Estimate from sessions before this day only (a taper holds loads at its start); null for all. */
      asOf: isoDate.nullable().default(null)
    }),
    output: z.array(z.object({ exerciseId: id, kg: z.number(), date }))
  },
  /** Progression suggestions for the client's active program, from each prescription's latest sessions. */
  'suggestions.list': { input: byClient, output: z.array(suggestionSchema) },
  /**
   * Makes the suggested change to the prescription (its load, exercise, reps, hold or sets): the
   * only way a suggestion changes a prescription.
   */
  'suggestions.accept': {
    input: byClient.extend({ prescriptionId: id, change: suggestedChangeSchema }),
    output: prescriptionSchema
  },
  /** Hides the suggestion until a newer session of the prescription is logged. */
  'suggestions.dismiss': {
    input: byClient.extend({ prescriptionId: id }),
    output: z.object({ dismissed: z.literal(true) })
  }
} as const

export type ProgressCharts = z.output<typeof progressChartsSchema>
export type ExerciseRecordsView = z.output<typeof exerciseRecordsSchema>
export type SuggestionView = z.output<typeof suggestionSchema>
export type SuggestedChangeView = z.output<typeof suggestedChangeSchema>
