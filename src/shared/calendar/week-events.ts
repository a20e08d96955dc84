import { addDays, weekdayOf } from '../dates'
import type { WeekPlan } from '../schemas/week-plan'
import { formatDistance, formatDuration, type DistanceUnit } from '../units'

/** One all-day calendar event made from the week plan. */
export interface CalendarEvent {
  /** Stable for the same client, date and slot, so a re-import updates instead of duplicating. */
  uid: string
  /** YYYY-MM-DD */
  date: string
  title: string
  description: string
}

/** A strength workout's exercises as calendar lines: "Barbell back squat: 3 × 8–12". */
export type WorkoutLines = ReadonlyMap<number, readonly string[]>

const runTitles = {
  easy: 'Easy run',
  long: 'Long run',
  cross: 'Cross-training',
  quality: 'Quality session'
} as const
const qualityTitles = { intervals: 'Intervals', tempo: 'Tempo run', hills: 'Hill session' } as const

function runTitle(day: WeekPlan['days'][number], unit: DistanceUnit): string {
  const name =
    day.runKind === 'quality' && day.qualityKind
      ? qualityTitles[day.qualityKind]
      : runTitles[day.runKind as keyof typeof runTitles]
  const amount = [
    day.distanceM !== null ? formatDistance(unit, day.distanceM) : '',
    day.durationS !== null ? formatDuration(day.durationS) : ''
  ]
    .filter(Boolean)
    .join(', ')
  return amount ? `${name} · ${amount}` : name
}

/**
 * The week plan laid over `weeks` weeks from `startDate`: an event for each run (rest days have
 * none) and for each strength session, titled with the workout's name and a short prescription.
 * On a day with both, each description says which comes first.
 */
export function weekPlanEvents(
  plan: WeekPlan,
  options: { startDate: string; weeks: number; distanceUnit: DistanceUnit; workoutLines: WorkoutLines }
): CalendarEvent[] {
  const events: CalendarEvent[] = []
  for (let offset = 0; offset < options.weeks * 7; offset++) {
    const date = addDays(options.startDate, offset)
    const day = plan.days.find((d) => d.weekday === weekdayOf(date))
    if (!day) continue
    const both = day.runKind !== 'rest' && day.workouts.length > 0
    const order =
      both && day.order === 'run_first'
        ? 'Run first, then lift.'
        : both && day.order === 'lift_first'
          ? 'Lift first, then run.'
          : ''
    const uid = (slot: string): string => `spotter-${plan.clientId}-${date}-${slot}@spotter.local`
    if (day.runKind !== 'rest') {
      events.push({
        uid: uid('run'),
        date,
        title: runTitle(day, options.distanceUnit),
        description: [order, day.notes].filter(Boolean).join('\n')
      })
    }
    day.workouts.forEach((workout, position) => {
      const count = `${workout.exerciseCount} exercise${workout.exerciseCount === 1 ? '' : 's'}`
      events.push({
        uid: uid(`strength-${position}`),
        date,
        title: `${workout.name} · ${count}, about ${workout.minutes} min`,
        description: [order, ...(options.workoutLines.get(workout.id) ?? [])].filter(Boolean).join('\n')
      })
    })
  }
  return events
}
