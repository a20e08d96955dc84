import type { SetInput } from '@shared/schemas/logs'
import { defaultSettings } from '@shared/schemas/settings'
import { nextLoad, type ProgressionOptions } from '@shared/training/progression'
import { insertSession, insertSets } from '../db/sessions'
import type { CopiedWorkout, DemoContext, History } from './context'
import { weekdayOfDay } from '@shared/dates'
import { sessionNotes } from './notes'
import type { Person } from './person'
import { between, clamp, int, pick, roundTo, type Random } from './random'
import type { TemplatePrescription } from './templates'
import type { Week } from './week-plan'

/* A demo client's strength sessions and their sets, with loads that climb as Spotter would suggest. */

/** The gym of the demo practice: Spotter's default plate, dumbbell, kettlebell and stack steps, in kg. */
const demoSteps: ProgressionOptions = { ...defaultSettings, massUnit: 'kg', today: '1970-01-01' }

type PlannedSession = { day: number; workouts: CopiedWorkout[] }

/** Where an exercise stands in a client's double progression. */
type Progress = { load: number | null; reps: number }

/**
 * The days a client lifted: on the plan's strength days, some missed. Sized by sets, sessions
 * are taken newest first while each brings the count nearer the target.
 */
function sessionDays(ctx: DemoContext, rnd: Random, history: History, week: Week): PlannedSession[] {
  const { historyStart, endDay, activeStart, earlier, current } = history
  const adherence = between(rnd, 0.72, 0.97)
  const planned: PlannedSession[] = []
  const programOn = (day: number): CopiedWorkout[] => (earlier && day < activeStart ? earlier : current)
  if (ctx.setsTarget === undefined) {
    for (let day = historyStart; day <= endDay; day++) {
      if (week.strengthSlot(weekdayOfDay(day)) >= 0 && rnd() < adherence)
        planned.push({ day, workouts: programOn(day) })
    }
    return planned
  }
  let sets = 0
  for (let day = endDay; day > endDay - 3650; day--) {
    if (week.strengthSlot(weekdayOfDay(day)) < 0 || rnd() >= adherence) continue
    const workouts = programOn(day)
    const size = week.workoutOn(weekdayOfDay(day), workouts).template.setsPerSession
    if (sets + size / 2 > ctx.setsTarget) break
    planned.push({ day, workouts })
    sets += size
  }
  return planned.reverse()
}

/**
 * One prescription's sets in a session: a warm-up when loaded, then the work sets. Double
 * progression: reps climb each session to the top of the range, then the load steps up.
 */
function prescriptionSets(
  rnd: Random,
  p: TemplatePrescription,
  prescriptionId: number,
  state: Progress,
  earned: boolean
): SetInput[] {
  const repsMin = p.repsMin ?? 8
  const repsMax = Math.max(p.repsMax ?? repsMin, repsMin)
  const hold = p.repsMin === null && p.holdMinS !== null
  const sets: SetInput[] = []
  const set = (fields: Pick<SetInput, 'reps' | 'holdS' | 'loadKg' | 'rpe' | 'warmup'>): void => {
    sets.push({ exerciseId: p.exerciseId, prescriptionId, ...fields })
  }
  if (state.load !== null && p.profile) {
    const warmLoad = Math.max(p.profile.min, roundTo(state.load * 0.5, p.profile.step))
    set({ reps: hold ? null : repsMax, holdS: null, loadKg: warmLoad, rpe: null, warmup: true })
  }
  const workSets = p.setsMax > p.setsMin && rnd() < 0.25 ? p.setsMin : p.setsMax
  const offDay = rnd() < 0.1 ? 1 : 0
  let allAtTop = true
  for (let k = 0; k < workSets; k++) {
    const drop = k > 0 && rnd() < 0.3 ? 1 : 0
    let reps = clamp(state.reps - offDay - drop, repsMin, repsMax)
    let rpe = clamp(roundTo(6 + 0.5 * k + (reps >= repsMax ? 1 : 0) + rnd() * 1.2, 0.5), 6, 9)
    let holdS = hold ? int(rnd, p.holdMinS as number, p.holdMaxS ?? (p.holdMinS as number)) : null
    if (earned) {
      reps = repsMax
      rpe = Math.min(p.rpeCeiling, 6 + 0.5 * k)
      if (hold) holdS = p.holdMaxS ?? p.holdMinS
    }
    if (reps < repsMax) allAtTop = false
    set({ reps: hold ? null : reps, holdS, loadKg: state.load, rpe, warmup: false })
  }
  if (allAtTop && state.load !== null && p.profile) {
    // The step Spotter itself would suggest (the next dumbbell, +5 kg on a barbell, at most
    // 10 %); a load too light for its smallest step stays, with the reps at the top.
    const next = nextLoad(state.load, { ...p, progressionPct: null }, demoSteps).loadKg
    if (next !== null) {
      state.load = Math.round(next * 100) / 100
      state.reps = repsMin
    }
  } else if (!offDay && rnd() < 0.65) {
    state.reps = Math.min(repsMax, state.reps + 1)
  }
  return sets
}

/** Logs the client's strength sessions and their sets. */
export function writeStrengthLogs(
  ctx: DemoContext,
  rnd: Random,
  client: { id: number; ordinal: number },
  person: Person,
  history: History,
  week: Week
): void {
  const planned = sessionDays(ctx, rnd, history, week)
  const strength =
    (person.nameSex === 'male' ? between(rnd, 0.85, 1.3) : between(rnd, 0.6, 0.95)) *
    (0.8 + 0.4 * person.level)
  const progress = new Map<number, Progress>()
  // A third of the active clients did every set of their latest session at the top of the range
  // with reps to spare, so a new user sees suggestions they have earned. Chosen by ordinal, not
  // by the random stream, so everything else the client logs stays as it was.
  const earner = !person.archived && client.ordinal % 3 === 1
  for (const [index, session] of planned.entries()) {
    const earned = earner && index === planned.length - 1
    const workout = week.workoutOn(weekdayOfDay(session.day), session.workouts)
    const effort = int(rnd, 5, 8)
    const sessionId = insertSession(
      ctx.db,
      {
        clientId: client.id,
        date: ctx.iso(session.day),
        workoutId: workout.id,
        durationS: Math.round(workout.template.setsPerSession * between(rnd, 85, 110) + 300),
        effort,
        notes: rnd() < 0.1 ? pick(rnd, sessionNotes) : ''
      },
      ctx.now
    )
    ctx.summary.sessions++
    const sets: SetInput[] = []
    workout.template.prescriptions.forEach((p, i) => {
      let state = progress.get(p.exerciseId)
      if (!state) {
        const profile = p.profile
        const repsMin = p.repsMin ?? 8
        state = {
          load: profile
            ? Math.max(profile.min, roundTo(profile.base * strength * between(rnd, 0.85, 1.15), profile.step))
            : null,
          reps: repsMin + (rnd() < 0.5 ? 0 : 1)
        }
        progress.set(p.exerciseId, state)
      }
      sets.push(...prescriptionSets(rnd, p, workout.prescriptionIds[i] as number, state, earned))
    })
    insertSets(ctx.db, sessionId, sets)
    ctx.summary.sets += sets.length
  }
}
