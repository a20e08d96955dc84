import type { Client, Exercise, Program, Settings } from '../contract'
import { addDays, printDate, shortDate } from '../dates'
import { bodyAreas } from '../schemas/exercise'
import { estimateWorkoutSeconds } from '../training/duration'
import { describeLoad, percentLoad } from '../training/loads'
import { inSuperset, orderLabels } from '../training/supersets'
import type { HandoutModel, HandoutOptions, HandoutRow } from './model'
import { guidance, supersetGuidance } from './guidance'
import { plateStepFor } from '../schemas/settings'
import type { WeekPlan } from '../schemas/week-plan'
import type { PhasePlan } from '../training/phases'
import { handoutWeek, logSheetPhases, phaseLine } from './week-pages'
import { programWeekStart } from '../training/program-weeks'
import { logSheetWeeksOf } from './log-sheet-weeks'

export interface HandoutSources {
  program: Program
  client: Client
  settings: Settings
  exercises: Map<number, Exercise>
  /** The 1RM the trainer entered per exercise id, kg. */
  maxes: Map<number, number>
  /**
   * The 1RM estimated from the client's logged sets per exercise id, kg: what a %1RM load comes
   * from when no 1RM was entered, as in the builder and the session prefill.
   */
  estimatedMaxes: Map<number, number>
  /** The client's week; days never planned print nothing. */
  weekPlan: WeekPlan | null
  /** The program's race phases, or why it has none. */
  phases?: PhasePlan
  options: HandoutOptions
  /** YYYY-MM-DD */
  today: string
}

const range = (min: number | null, max: number | null): string =>
  min === null ? String(max ?? '') : max === null || max === min ? String(min) : `${min}–${max}`

function setsReps(p: Program['workouts'][number]['prescriptions'][number]): string {
  const sets = range(p.setsMin, p.setsMax)
  const work =
    p.holdMinS !== null || p.holdMaxS !== null
      ? `${range(p.holdMinS, p.holdMaxS)} s`
      : range(p.repsMin, p.repsMax)
  return `${sets} × ${work}${p.perSide ? ' each side' : ''}`
}

type PrintedPrescription = Program['workouts'][number]['prescriptions'][number]

const restRange = (p: PrintedPrescription): string =>
  p.restMinS === null && p.restMaxS === null ? '' : `${range(p.restMinS, p.restMaxS)} s`

/**
 * The rest column. In a superset the exercises follow each other without rest and the rest comes
 * after the last of them: "then B2" on the earlier rows, and on the last row the rest set there
 * (or, if it has none, the first one set in the superset).
 */
function supersetRests(
  prescriptions: readonly PrintedPrescription[],
  labels: readonly string[],
  supersets: readonly boolean[]
): string[] {
  return prescriptions.map((p, i) => {
    if (!supersets[i]) return restRange(p)
    const group = p.supersetGroup
    const next = prescriptions[i + 1]
    if (next && next.supersetGroup === group) return `then ${labels[i + 1] ?? ''}`
    let first = i
    while (first > 0 && prescriptions[first - 1]?.supersetGroup === group) first--
    const members = prescriptions.slice(first, i + 1)
    return restRange(p) || members.map(restRange).find((text) => text !== '') || ''
  })
}

/**
 * The load column. A %1RM load prints the weight it comes to, from the 1RM the trainer entered
 * or else the one estimated from the client's logged sets, and then says so.
 */
function loadText(p: PrintedPrescription, sources: HandoutSources, step: number): string {
  const { unit } = sources.options
  if (p.load.kind === 'none') return ''
  if (p.load.kind !== 'percent1rm') return describeLoad(p.load, unit, undefined, step)
  const entered = sources.maxes.get(p.exerciseId)
  const oneRm = entered ?? sources.estimatedMaxes.get(p.exerciseId)
  const computed = oneRm === undefined ? undefined : percentLoad(p.load.value, oneRm, unit, step)
  if (entered !== undefined || computed === undefined) return describeLoad(p.load, unit, computed, step)
  return `${trim(p.load.value)} % 1RM (${trim(computed)} ${unit}, from logged sets)`
}

const trim = (value: number): string => String(Number(value.toFixed(2)))

/** Builds the handout's printable content from the program and its owner, honouring the options. */
export function buildHandoutModel(sources: HandoutSources): HandoutModel {
  const { program, client, settings, options } = sources
  const step = plateStepFor(settings, options.unit)
  const chosen = new Set(options.workoutIds)
  // A workout without exercises has nothing to print; the export dialog says it is left out.
  const workouts = program.workouts.filter(
    (w) => (chosen.size === 0 || chosen.has(w.id)) && w.prescriptions.length > 0
  )

  const printedWorkouts = workouts.map((workout) => {
    const labels = orderLabels(workout.prescriptions)
    const supersets = inSuperset(workout.prescriptions)
    const rests = supersetRests(workout.prescriptions, labels, supersets)
    const rows: HandoutRow[] = workout.prescriptions.map((p, i) => ({
      label: labels[i] ?? '',
      exercise: p.exerciseName,
      setsReps: setsReps(p),
      load: loadText(p, sources, step),
      rest: rests[i] ?? '',
      tempo: p.tempo,
      notes: p.notes,
      superset: supersets[i] ?? false
    }))
    return {
      name: workout.name,
      notes: workout.notes,
      minutes: Math.round(estimateWorkoutSeconds(workout.prescriptions) / 60),
      rows
    }
  })

  // Each exercise's instructions once, in the order it first appears.
  const seen = new Set<number>()
  const instructions = options.instructions
    ? workouts.flatMap((w) =>
        w.prescriptions.flatMap((p) => {
          const exercise = sources.exercises.get(p.exerciseId)
          if (!exercise || seen.has(exercise.id)) return []
          seen.add(exercise.id)
          return [
            {
              exercise: exercise.name,
              steps: exercise.steps,
              cues: exercise.cues,
              cautions: exercise.cautions.filter((area) => (bodyAreas as readonly string[]).includes(area)),
              runnerBenefit: exercise.runnerBenefit
            }
          ]
        })
      )
    : []

  // The sheets cover real program weeks (the current one on, unless the trainer chose another):
  // each column's date and phase are its program week's, and the taper sets its boxes.
  const range = logSheetWeeksOf(program, options, sources.today)
  const logSheets = range ? logSheetsFor(printedWorkouts, workouts, range, sources) : []

  const weekPlan =
    options.weekPlan && sources.weekPlan?.planned
      ? handoutWeek(sources.weekPlan, settings.weekStart, settings.distanceUnit)
      : null

  const start = program.startDate
  const dates = start
    ? `${printDate(start)} – ${printDate(addDays(start, program.weeks * 7 - 1))} · ${program.weeks} weeks`
    : `${program.weeks} weeks`

  return {
    paper: options.paper,
    unit: options.unit,
    branding: {
      business: settings.business,
      trainer: settings.trainerName,
      contact: [settings.email, settings.phone, settings.website].filter(Boolean),
      logo: settings.logo
    },
    client: client.name,
    program: program.name,
    goal: program.goal,
    dates,
    generatedOn: printDate(sources.today),
    workouts: printedWorkouts,
    weekPlan,
    phases: weekPlan && sources.phases?.ok ? phaseLine(sources.phases) : null,
    instructions,
    logSheets,
    guidance: options.guidance ? guidanceFor(printedWorkouts) : null
  }
}

/** One log sheet per printed workout for the program weeks `range.from` to `range.to`. */
function logSheetsFor(
  printed: HandoutModel['workouts'],
  workouts: Program['workouts'],
  range: { from: number; to: number },
  sources: HandoutSources
): HandoutModel['logSheets'] {
  const weeks = range.to - range.from + 1
  const phased = logSheetPhases(sources.phases, range.from, range.to)
  const start = sources.program.startDate
  const weekDates = start
    ? Array.from({ length: weeks }, (_, i) =>
        shortDate(programWeekStart(start, range.from + i), sources.today)
      )
    : undefined
  return printed.map((workout, wi) => ({
    workout: workout.name,
    firstWeek: range.from,
    weeks,
    ...(weekDates ? { weekDates } : {}),
    ...(phased ? { weekPhases: phased.labels } : {}),
    rows: (workouts[wi]?.prescriptions ?? []).map((p, i) => ({
      label: workout.rows[i]?.label ?? '',
      exercise: p.exerciseName,
      sets: p.setsMax,
      ...(phased ? { setsByWeek: phased.sets(p) } : {}),
      target: `${workout.rows[i]?.setsReps ?? ''}${workout.rows[i]?.load ? ` · ${workout.rows[i]?.load}` : ''}`
    }))
  }))
}

/** The guidance page, explaining supersets only when a printed workout has one. */
function guidanceFor(workouts: HandoutModel['workouts']): NonNullable<HandoutModel['guidance']> {
  if (!workouts.some((w) => w.rows.some((row) => row.superset))) return guidance
  const paragraphs = [...guidance.paragraphs]
  const after = paragraphs.findIndex((p) => p.heading === 'Follow the plan')
  paragraphs.splice(after < 0 ? paragraphs.length : after + 1, 0, supersetGuidance)
  return { ...guidance, paragraphs }
}

/** "Zoë Łukasz-Ørsted – Spring block.pdf", without characters file systems refuse. */
export function handoutFileName(client: string, program: string): string {
  return (
    `${client} – ${program}`
      .replace(/[\\/:*?"<>|]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() + '.pdf'
  )
}
