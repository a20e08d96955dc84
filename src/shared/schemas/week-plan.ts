import { id, notes, uniqueList } from './fields'
import { z } from '../zod'

/** What a day's run is: a rest day, an easy run, a quality session, the long run, or cross-training. */
export const runKinds = ['rest', 'easy', 'quality', 'long', 'cross'] as const
/** The kinds of quality session a trainer plans. */
export const qualityKinds = ['intervals', 'tempo', 'hills'] as const
/** Which comes first on a day with a run and strength. */
export const dayOrders = ['run_first', 'lift_first'] as const
/** What the client puts first; it decides the order rule. */
export const priorities = ['running', 'strength', 'balanced'] as const

export type RunKind = (typeof runKinds)[number]
export type QualityKind = (typeof qualityKinds)[number]
export type DayOrder = (typeof dayOrders)[number]
export type Priority = (typeof priorities)[number]

/** 0 = Monday … 6 = Sunday, whatever day the trainer's week starts on. */
export const weekdaySchema = z.number().int().min(0, 'A weekday is 0 to 6').max(6, 'A weekday is 0 to 6')

/** Longest planned run: a multi-day ultra is not a weekly plan. */
const maxRunS = 24 * 3600

/** One day of the week plan as the trainer sets it. */
export const weekPlanDayInputSchema = z.strictObject({
  weekday: weekdaySchema,
  runKind: z.enum(runKinds),
  /** Only for a quality session; dropped for any other run. */
  qualityKind: z.enum(qualityKinds).nullable().default(null),
  distanceM: z
    .number()
    .positive('Enter a distance above zero')
    .max(500_000, 'At most 500 km')
    .nullable()
    .default(null),
  durationS: z
    .number()
    .int()
    .positive('Enter a duration above zero')
    .max(maxRunS, 'At most 24 hours')
    .nullable()
    .default(null),
  /** Strength workouts on the day, in the order they are done. */
  workoutIds: uniqueList(id, 4).default([]),
  order: z.enum(dayOrders).nullable().default(null),
  notes: notes(500).default('')
})

/** A strength workout placed on a day, with what the checks need to know of it. */
export const plannedWorkoutSchema = z.object({
  id,
  name: z.string(),
  programId: id,
  programName: z.string(),
  /** Whether its program is the client's active one; an older program's workout stays until removed. */
  inActiveProgram: z.boolean(),
  /** Mostly lower-body (or full-body) work: what matters before a hard run. */
  lowerBody: z.boolean(),
  exerciseCount: z.number().int(),
  /** Estimated minutes, for calendars and the plan. */
  minutes: z.number().int()
})

/** A stored day: its run and the workouts placed on it. */
export const weekPlanDaySchema = z.object({
  weekday: z.number().int(),
  runKind: z.enum(runKinds),
  qualityKind: z.enum(qualityKinds).nullable(),
  distanceM: z.number().nullable(),
  durationS: z.number().int().nullable(),
  workouts: z.array(plannedWorkoutSchema),
  order: z.enum(dayOrders).nullable(),
  notes: z.string()
})

/** A client's week: always seven days, Monday (0) to Sunday (6); unplanned days are rest days. */
export const weekPlanSchema = z.object({
  clientId: id,
  priority: z.enum(priorities),
  /** False until the trainer sets any day: the handout and adherence then have nothing to show. */
  planned: z.boolean(),
  days: z.array(weekPlanDaySchema),
  /** The workouts that can be placed: the active program's, in program order. */
  available: z.array(plannedWorkoutSchema),
  activeProgramId: id.nullable(),
  activeProgramName: z.string().nullable()
})

export type WeekPlanDayInput = z.output<typeof weekPlanDayInputSchema>
export type PlannedWorkout = z.output<typeof plannedWorkoutSchema>
export type WeekPlanDayView = z.output<typeof weekPlanDaySchema>
export type WeekPlan = z.output<typeof weekPlanSchema>
