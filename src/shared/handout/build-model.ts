import type { Client, Exercise, Program, Settings } from '../contract'
import { addDays, printDate } from '../dates'
import { bodyAreas } from '../schemas/exercise'
import { estimateWorkoutSeconds } from '../training/duration'
import { describeLoad, percentLoad } from '../training/loads'
import { inSuperset, orderLabels } from '../training/supersets'
import type { HandoutModel, HandoutOptions, HandoutRow, HandoutWeekDay } from './model'
import { guidance } from './guidance'
import { plateStepFor } from '../schemas/settings'

export interface WeekPlanDay {
  weekday: number
  runKind: 'rest' | 'easy' | 'quality' | 'long' | 'cross'
  workoutName: string | null
  strengthOrder: 'after_run' | 'before_run' | null
  notes: string
}

export interface HandoutSources {
  program: Program
  client: Client
  settings: Settings
  exercises: Map<number, Exercise>
  /** The client's 1RM per exercise id, kg. */
  maxes: Map<number, number>
  weekPlan: WeekPlanDay[]
  options: HandoutOptions
  /** YYYY-MM-DD */
  today: string
}

const dayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const runWords = {
  rest: 'Rest day',
  easy: 'Easy run',
  quality: 'Quality session (intervals or tempo)',
  long: 'Long run',
  cross: 'Cross-training'
} as const

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
        load: p.load.kind === 'none' ? '' : describeLoad(p.load, options.unit, computed, step),
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

  const logSheets =
    options.logSheetWeeks > 0
      ? printedWorkouts.map((workout, wi) => ({
          workout: workout.name,
          weeks: options.logSheetWeeks,
          rows: (workouts[wi]?.prescriptions ?? []).map((p, i) => ({
            label: workout.rows[i]?.label ?? '',
            exercise: p.exerciseName,
            sets: p.setsMax,
            target: `${workout.rows[i]?.setsReps ?? ''}${workout.rows[i]?.load ? ` · ${workout.rows[i]?.load}` : ''}`
          }))
        }))
      : []

  const plan = [...sources.weekPlan].sort((a, b) => a.weekday - b.weekday)
  const weekStartsSunday = settings.weekStart === 'sunday'
  const orderedPlan = weekStartsSunday
    ? [...plan.filter((d) => d.weekday === 6), ...plan.filter((d) => d.weekday !== 6)]
    : plan
  const weekPlan: HandoutWeekDay[] | null =
    options.weekPlan && plan.length > 0
      ? orderedPlan.map((day) => ({
          day: dayNames[day.weekday] ?? '',
          run: runWords[day.runKind],
          strength: day.workoutName
            ? `${day.workoutName}${day.strengthOrder === 'after_run' ? ' (after the run)' : day.strengthOrder === 'before_run' ? ' (before the run)' : ''}`
            : '',
          notes: day.notes
        }))
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
