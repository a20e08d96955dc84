import type { Client, Exercise, Program, Settings } from '../contract'
import { addDays, printDate } from '../dates'
import { bodyAreas } from '../schemas/exercise'
import { estimateWorkoutSeconds } from '../training/duration'
import { describeLoad, percentLoad } from '../training/loads'
import { inSuperset, orderLabels } from '../training/supersets'
import type { HandoutModel, HandoutOptions, HandoutRow } from './model'
import { guidance } from './guidance'
import { plateStepFor } from '../schemas/settings'
import type { WeekPlan } from '../schemas/week-plan'
import type { PhasePlan } from '../training/phases'
import { handoutWeek, logSheetPhases, phaseLine } from './week-pages'

export interface HandoutSources {
  program: Program
  client: Client
  settings: Settings
  exercises: Map<number, Exercise>
  /** The client's 1RM per exercise id, kg. */
  maxes: Map<number, number>
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

/** Builds the handout's printable content from the program and its owner, honouring the options. */
export function buildHandoutModel(sources: HandoutSources): HandoutModel {
  const { program, client, settings, options } = sources
  const step = plateStepFor(settings, options.unit)
  const chosen = new Set(options.workoutIds)
  const workouts = program.workouts.filter((w) => chosen.size === 0 || chosen.has(w.id))

  const printedWorkouts = workouts.map((workout) => {
    const labels = orderLabels(workout.prescriptions)
    const supersets = inSuperset(workout.prescriptions)
    const rows: HandoutRow[] = workout.prescriptions.map((p, i) => {
      const oneRm = sources.maxes.get(p.exerciseId)
      const computed =
        p.load.kind === 'percent1rm' && oneRm !== undefined
          ? percentLoad(p.load.value, oneRm, options.unit, step)
          : undefined
      return {
        label: labels[i] ?? '',
        exercise: p.exerciseName,
        setsReps: setsReps(p),
        load: p.load.kind === 'none' ? '' : describeLoad(p.load, options.unit, computed),
        rest: p.restMinS === null && p.restMaxS === null ? '' : `${range(p.restMinS, p.restMaxS)} s`,
        tempo: p.tempo,
        notes: p.notes,
        superset: supersets[i] ?? false
      }
    })
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

  // Log-sheet week n is program week n: its phase heads the column and the taper sets its boxes.
  const phased = logSheetPhases(sources.phases, options.logSheetWeeks)
  const logSheets =
    options.logSheetWeeks > 0
      ? printedWorkouts.map((workout, wi) => ({
          workout: workout.name,
          weeks: options.logSheetWeeks,
          ...(phased ? { weekPhases: phased.labels } : {}),
          rows: (workouts[wi]?.prescriptions ?? []).map((p, i) => ({
            label: workout.rows[i]?.label ?? '',
            exercise: p.exerciseName,
            sets: p.setsMax,
            ...(phased ? { setsByWeek: phased.sets(p) } : {}),
            target: `${workout.rows[i]?.setsReps ?? ''}${workout.rows[i]?.load ? ` · ${workout.rows[i]?.load}` : ''}`
          }))
        }))
      : []

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
    guidance: options.guidance ? guidance : null
  }
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
