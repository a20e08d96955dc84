import { writeFile, rm } from 'node:fs/promises'
import type { Database } from 'better-sqlite3'
import type { Prescription } from '@shared/contract'
import { dateOfTimestamp } from '@shared/dates'
import { weekPlanEvents } from '@shared/calendar/week-events'
import type { PlannedWorkout, WeekPlan, WeekPlanDayInput } from '@shared/schemas/week-plan'
import { estimateWorkoutSeconds } from '@shared/training/duration'
import { isLowerBodyWorkout } from '@shared/training/week-rules'
import { getProgramRow, getWorkout, listPrescriptions, listWorkouts } from '../db/programs'
import * as store from '../db/week-plans'
import type { Handlers } from './handler-table'
import { calendarText } from './calendar/ics'
import { ServiceError } from './errors'
import { found, requireClient } from './require'
import type { ChooseSavePath } from './save-path'
import { readSettings } from './settings'

type WeekPlanOperation = Extract<keyof Handlers, `weekPlan.${string}`>

function describeWorkout(db: Database, workoutId: number, activeProgram: number | undefined): PlannedWorkout {
  const workout = found(getWorkout(db, workoutId), 'workout', workoutId, 'workoutIds')
  const program = getProgramRow(db, workout.programId)
  const prescriptions = listPrescriptions(db, workoutId)
  return {
    id: workout.id,
    name: workout.name,
    programId: workout.programId,
    programName: program?.name ?? '',
    inActiveProgram: workout.programId === activeProgram,
    lowerBody: isLowerBodyWorkout(prescriptions.map((p) => p.exerciseCategory)),
    exerciseCount: prescriptions.length,
    minutes: Math.round(estimateWorkoutSeconds(prescriptions) / 60)
  }
}

/** A client's week as the plan tab, the rules, the handout and the calendar read it: seven days. */
export function readWeekPlan(db: Database, clientId: number): WeekPlan {
  const client = requireClient(db, clientId)
  const activeId = store.activeProgramId(db, clientId)
  const stored = store.listPlanDays(db, clientId)
  const placements = store.listPlacements(db, clientId)
  const described = new Map<number, PlannedWorkout>()
  const workout = (id: number): PlannedWorkout => {
    let found = described.get(id)
    if (!found) {
      found = describeWorkout(db, id, activeId)
      described.set(id, found)
    }
    return found
  }
  const days = Array.from({ length: 7 }, (_, weekday) => {
    const day = stored.find((d) => d.weekday === weekday)
    return {
      weekday,
      runKind: day?.runKind ?? 'rest',
      qualityKind: day?.qualityKind ?? null,
      distanceM: day?.distanceM ?? null,
      durationS: day?.durationS ?? null,
      order: day?.order ?? null,
      notes: day?.notes ?? '',
      workouts: placements.filter((p) => p.weekday === weekday).map((p) => workout(p.workoutId))
    }
  })
  const active = activeId === undefined ? undefined : getProgramRow(db, activeId)
  return {
    clientId,
    priority: client.priority,
    planned: stored.length > 0,
    days,
    available: activeId === undefined ? [] : listWorkouts(db, activeId).map((w) => workout(w.id)),
    activeProgramId: activeId ?? null,
    activeProgramName: active?.name ?? null
  }
}

/**
 * A day as stored: a quality kind only on a quality day, no distance, duration or order on a
 * rest day, and no order without strength. Workouts must be the client's own, once each.
 */
function normalizedDay(db: Database, clientId: number, day: WeekPlanDayInput, field = ''): WeekPlanDayInput {
  const owners = store.workoutOwners(db, day.workoutIds)
  for (const id of day.workoutIds) {
    if (owners.get(id) !== clientId) {
      throw new ServiceError(
        'validation',
        `${field}workoutIds: Workout ${id} is not in this client’s programs.`,
        `${field}workoutIds`
      )
    }
  }
  if (new Set(day.workoutIds).size !== day.workoutIds.length) {
    throw new ServiceError(
      'validation',
      `${field}workoutIds: A workout can be placed on a day only once.`,
      `${field}workoutIds`
    )
  }
  const rest = day.runKind === 'rest'
  return {
    ...day,
    qualityKind: day.runKind === 'quality' ? day.qualityKind : null,
    distanceM: rest ? null : day.distanceM,
    durationS: rest ? null : day.durationS,
    order: rest || day.workoutIds.length === 0 ? null : day.order,
    notes: day.notes.trim()
  }
}

const range = (min: number | null, max: number | null): string =>
  min === null ? String(max ?? '') : max === null || max === min ? String(min) : `${min}–${max}`

/** "Barbell back squat: 3 × 8–12": a prescription as one line of a calendar entry. */
function prescriptionLine(p: Prescription): string {
  const hold = p.holdMinS !== null || p.holdMaxS !== null
  const work = hold ? `${range(p.holdMinS, p.holdMaxS)} s` : range(p.repsMin, p.repsMax)
  return `${p.exerciseName}: ${range(p.setsMin, p.setsMax)} × ${work}${p.perSide ? ' each side' : ''}`
}

/** "Zoë Ørsted – week plan.ics", without characters file systems refuse. */
export function calendarFileName(client: string): string {
  return (
    `${client} – week plan`
      .replace(/[\\/:*?"<>|]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() + '.ics'
  )
}

/** Handlers for the week plan and its calendar export. */
export function weekPlanHandlers(
  db: Database,
  now: () => string,
  chooseSavePath: ChooseSavePath | undefined
): Pick<Handlers, WeekPlanOperation> {
  // The day a plan change takes effect from, as Progress reads "today".
  const today = (): string => dateOfTimestamp(now())
  return {
    'weekPlan.get': ({ clientId }) => readWeekPlan(db, clientId),
    'weekPlan.saveDay': ({ clientId, ...day }) =>
      db.transaction(() => {
        requireClient(db, clientId)
        store.savePlanDay(db, clientId, normalizedDay(db, clientId, day))
        store.recordPlanWeekdays(db, clientId, today())
        return readWeekPlan(db, clientId)
      })(),
    'weekPlan.replace': ({ clientId, days }) =>
      db.transaction(() => {
        requireClient(db, clientId)
        const normalized = days.map((day, i) => normalizedDay(db, clientId, day, `days.${i}.`))
        store.deletePlan(db, clientId)
        for (const day of normalized) store.savePlanDay(db, clientId, day)
        store.recordPlanWeekdays(db, clientId, today())
        return readWeekPlan(db, clientId)
      })(),
    'weekPlan.exportCalendar': async ({ clientId, startDate, weeks }) => {
      const client = requireClient(db, clientId)
      const plan = readWeekPlan(db, clientId)
      if (!plan.planned) {
        throw new ServiceError(
          'conflict',
          'There is no week plan to export yet: plan a day first.',
          'clientId'
        )
      }
      const lines = new Map(
        plan.days
          .flatMap((d) => d.workouts)
          .map((w) => [w.id, listPrescriptions(db, w.id).map(prescriptionLine)] as const)
      )
      const events = weekPlanEvents(plan, {
        startDate,
        weeks,
        distanceUnit: readSettings(db).distanceUnit,
        workoutLines: lines
      })
      const text = calendarText(events, `${client.name}: training week`, new Date(now()))
      const fileName = calendarFileName(client.name)
      if (!chooseSavePath) return { kind: 'download' as const, fileName, text, events: events.length }
      // The path comes from the main process's own dialog, never from the page.
      const path = await chooseSavePath(fileName, {
        title: 'Save calendar',
        filterName: 'Calendar',
        extension: 'ics'
      })
      if (!path) return { kind: 'cancelled' as const }
      try {
        await writeFile(path, text, 'utf8')
      } catch (error) {
        // A half-written calendar would import as a broken one: remove it.
        await rm(path, { force: true })
        throw error
      }
      return { kind: 'saved' as const, path, events: events.length }
    }
  }
}
