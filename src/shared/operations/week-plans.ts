import { id, isoDate } from '../schemas/fields'
import { weekPlanDayInputSchema, weekPlanSchema } from '../schemas/week-plan'
import { z } from '../zod'

const byClient = z.strictObject({ clientId: id })

/** Longest calendar export: a year of weeks. */
export const maxCalendarWeeks = 52

/** The runner's week: a client's week plan, and the calendar made from it. */
export const weekPlanOperations = {
  /** The client's week, always seven days, with the workouts that can be placed. */
  'weekPlan.get': { input: byClient, output: weekPlanSchema },
  /** Sets one day (its run, workouts, order and note), replacing what it had. */
  'weekPlan.saveDay': { input: weekPlanDayInputSchema.extend({ clientId: id }), output: weekPlanSchema },
  /** Replaces the whole week in one step: an empty list clears it; undo puts the old days back. */
  'weekPlan.replace': {
    input: z.strictObject({
      clientId: id,
      days: z
        .array(weekPlanDayInputSchema)
        .max(7, 'A week has seven days')
        .refine((days) => new Set(days.map((d) => d.weekday)).size === days.length, {
          message: 'Each weekday at most once'
        })
    }),
    output: weekPlanSchema
  },
  /**
   * The week plan as an iCalendar file for `weeks` weeks from `startDate`: one event per run and
   * per strength session. Saved through a dialog on desktop, downloaded in browser mode.
   */
  'weekPlan.exportCalendar': {
    input: z.strictObject({
      clientId: id,
      startDate: isoDate,
      weeks: z
        .number()
        .int('Whole weeks only')
        .min(1, 'At least one week')
        .max(maxCalendarWeeks, `At most ${maxCalendarWeeks} weeks`)
    }),
    output: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('saved'), path: z.string(), events: z.number().int() }),
      z.object({ kind: z.literal('cancelled') }),
      z.object({
        kind: z.literal('download'),
        fileName: z.string(),
        text: z.string(),
        events: z.number().int()
      })
    ])
  }
} as const
