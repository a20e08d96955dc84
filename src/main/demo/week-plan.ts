import { planHistoryStart, recordPlanWeekdays, savePlanDay } from '../db/week-plans'
import type { CopiedWorkout, DemoContext } from './context'
import { qualityPlanNotes } from './notes'
import type { Person } from './person'
import { pick, type Random } from './random'
import { weekLayouts } from './week-layouts'

/* A demo client's week: which layout of runs, and which strength workout goes on which day. */

type Layout = (typeof weekLayouts)[number]

/** A client's week: the layout of runs, and which workout goes on which strength day. */
export interface Week {
  layout: Layout
  /** The index of a weekday among the strength days, or -1 when no strength is done that day. */
  strengthSlot: (weekday: number) => number
  /** The workout of a program done on a weekday: the planned one for the current program. */
  workoutOn: (weekday: number, workouts: CopiedWorkout[]) => CopiedWorkout
}

/** The layouts that suit the client: more running days for more kilometres, so no easy run gets absurdly long. */
function layoutsFor(person: Person, current: CopiedWorkout[]): readonly Layout[] {
  const layouts = person.beginner
    ? weekLayouts.slice(5)
    : person.weeklyKm < 30
      ? weekLayouts.filter((_, i) => i === 0 || i === 2 || i === 5)
      : person.weeklyKm <= 50
        ? weekLayouts.slice(0, 5)
        : weekLayouts.slice(1, 5)
  // A program of lower-body work only needs a layout with two or more days clear for legs.
  const hasUpper = current.some((w) => !w.lowerBody)
  const fitting = layouts.filter(
    (l) => hasUpper || l.strength.filter((slot) => slot.kind === 'lower').length >= 2
  )
  return fitting.length > 0 ? fitting : weekLayouts.slice(4)
}

/**
 * Which workout goes on each strength day: legs where legs fit, alternating with upper body
 * when the program has both; a lower-only program lifts on its leg days only.
 */
function assignWorkouts(layout: Layout, current: CopiedWorkout[]): Map<number, CopiedWorkout> {
  const lowerWorkouts = current.filter((w) => w.lowerBody)
  const upperWorkouts = current.filter((w) => !w.lowerBody)
  const assigned = new Map<number, CopiedWorkout>()
  let legDays = 0
  for (const slot of layout.strength) {
    if (
      slot.kind === 'lower' &&
      lowerWorkouts.length > 0 &&
      (upperWorkouts.length === 0 || legDays % 2 === 0)
    ) {
      assigned.set(slot.day, lowerWorkouts[legDays % lowerWorkouts.length] as CopiedWorkout)
      legDays++
    } else if (upperWorkouts.length > 0) {
      assigned.set(slot.day, upperWorkouts[assigned.size % upperWorkouts.length] as CopiedWorkout)
      if (slot.kind === 'lower') legDays++
    }
  }
  return assigned
}

/** Chooses the client's week and, for most clients, saves it as their week plan. */
export function writeWeekPlan(
  ctx: DemoContext,
  rnd: Random,
  clientId: number,
  person: Person,
  current: CopiedWorkout[]
): Week {
  const layout = pick(rnd, layoutsFor(person, current))
  const assigned = assignWorkouts(layout, current)
  const strengthDays = [...assigned.keys()].sort((a, b) => a - b)
  const strengthSlot = (weekday: number): number => strengthDays.indexOf(weekday)
  const workoutOn = (weekday: number, workouts: CopiedWorkout[]): CopiedWorkout => {
    const placed = assigned.get(weekday)
    if (workouts === current && placed) return placed
    return workouts[Math.max(0, strengthSlot(weekday)) % workouts.length] as CopiedWorkout
  }
  const order = person.client.priority === 'strength' ? 'lift_first' : 'run_first'
  if (rnd() < (person.archived ? 0.5 : 0.9)) {
    layout.days.forEach((kind, weekday) => {
      const workout = assigned.get(weekday)
      const notes =
        kind === 'quality' ? pick(rnd, qualityPlanNotes) : kind === 'long' ? 'Long run at easy effort' : ''
      savePlanDay(ctx.db, clientId, {
        weekday,
        runKind: kind,
        qualityKind: kind === 'quality' ? pick(rnd, ['intervals', 'tempo', 'hills'] as const) : null,
        distanceM: kind === 'long' ? Math.round(person.weeklyKm * 0.3) * 1000 : null,
        durationS: null,
        workoutIds: workout ? [workout.id] : [],
        order: workout && kind !== 'rest' ? order : null,
        notes
      })
    })
    // The demo's logs follow this week from their start: the plan has stood all along.
    recordPlanWeekdays(ctx.db, clientId, planHistoryStart)
  }
  return { layout, strengthSlot, workoutOn }
}
