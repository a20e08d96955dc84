import { id, uniqueList } from '../schemas/fields'
import { programFieldsSchema } from '../schemas/program-views'
import { z } from '../zod'

/**
 * The most weeks of log sheets, and the last week they can start at: the longest program there
 * is, so every week of any program can be printed. A program's own length is checked by
 * `handoutOptionsFor`.
 */
const maxLogSheetWeeks = programFieldsSchema.shape.weeks.unwrap().maxValue ?? 104

/** The week log sheets start at, in a program of `programWeeks` weeks: one of its weeks. */
export function logSheetFromWeekOf(programWeeks: number) {
  return z.number().int().min(1).max(Math.min(programWeeks, maxLogSheetWeeks))
}

/** What the trainer chooses in the export dialog. */
export const handoutOptionsSchema = z.strictObject({
  /** Workout ids to include, each once; empty means every workout of the program. */
  workoutIds: uniqueList(id, 100).default([]),
  instructions: z.boolean().default(true),
  /**
   * How many weeks of log sheets, from `logSheetFromWeek`; null for none. A range running past
   * the program's last week stops there (the dialog says so): there are no later weeks to log.
   */
  logSheetWeeks: z.number().int().min(1).max(maxLogSheetWeeks).nullable().default(4),
  /** The program week the log sheets start at; left out, the week containing today (see log-sheet-weeks.ts). */
  logSheetFromWeek: logSheetFromWeekOf(maxLogSheetWeeks).optional(),
  weekPlan: z.boolean().default(true),
  guidance: z.boolean().default(true),
  paper: z.enum(['A4', 'Letter']).default('A4'),
  unit: z.enum(['kg', 'lb']).default('kg')
})
export type HandoutOptions = z.output<typeof handoutOptionsSchema>

/**
 * The options as checked for one program, by the store before it prints and by the dialog as
 * the trainer types: the log sheets start at one of its weeks.
 */
export function handoutOptionsFor(programWeeks: number) {
  return handoutOptionsSchema.extend({ logSheetFromWeek: logSheetFromWeekOf(programWeeks).optional() })
}

/** One row of a workout table, already worded for print. */
export interface HandoutRow {
  /** A1, A2, B1 … as trainers write them. */
  label: string
  exercise: string
  /** "3 × 8–12", "4 × 30–45 s", with "each side" when per side. */
  setsReps: string
  /** "70 % 1RM (70 kg)", "RPE 7", "Bodyweight", "12.5 kg". */
  load: string
  /** "30–60 s" or "" */
  rest: string
  tempo: string
  notes: string
  /** True when this row is part of a superset (for a visual mark). */
  superset: boolean
}

export interface HandoutWorkout {
  name: string
  notes: string
  /** Estimated minutes. */
  minutes: number
  rows: HandoutRow[]
}

export interface HandoutInstruction {
  exercise: string
  steps: string[]
  cues: string[]
  /** Body areas it loads, as words: "knee, lower back". */
  cautions: string[]
  runnerBenefit: string
}

/**
 * A printable grid for one workout: a box per set per week, for `weeks` program weeks from
 * `firstWeek`. Every per-week list below is indexed from the first printed week (index 0 is
 * program week `firstWeek`).
 */
export interface HandoutLogSheet {
  workout: string
  /** The program week of the first column; week 1 when left out. */
  firstWeek?: number
  /** How many weeks (columns) the sheet has. */
  weeks: number
  /** Each week's first day as printed under its number ("30 Nov"); left out without a start date. */
  weekDates?: string[]
  /** Each week's phase as printed under its number ("Build", "Taper", "Race week"); empty without phases. */
  weekPhases?: string[]
  rows: Array<{
    label: string
    exercise: string
    /** Boxes in an ordinary week: the top of the set range. */
    sets: number
    /** Boxes per week where the taper changes them (the bottom of the range; 0 = skip that week). */
    setsByWeek?: number[]
    target: string
  }>
}

export interface HandoutWeekDay {
  day: string
  run: string
  strength: string
  notes: string
}

/**
 * The handout as plain data: everything that will be printed, worded and in the chosen unit.
 * Built from the store in one step, laid out with pdfkit in the next, so each can be tested
 * on its own.
 */
export interface HandoutModel {
  paper: 'A4' | 'Letter'
  unit: 'kg' | 'lb'
  branding: { business: string; trainer: string; contact: string[]; logo: string | null }
  client: string
  program: string
  goal: string
  /** "1 Dec 2026 – 26 Jan 2027 · 8 weeks" */
  dates: string
  generatedOn: string
  workouts: HandoutWorkout[]
  weekPlan: HandoutWeekDay[] | null
  /** The program's race phases in one line ("Weeks 1–6 Base · …"), printed with the week plan. */
  phases?: string | null
  instructions: HandoutInstruction[]
  logSheets: HandoutLogSheet[]
  guidance: { title: string; paragraphs: Array<{ heading: string; text: string }> } | null
}
