/**
 * Strength adherence: the sessions the week plan asked for against the sessions logged, each week
 * against the plan it had then (the plan's history, see the store's week_plan_history).
 */

import { addDays, dayNumber, dayToIso, weekStartOf, weeksBetween, type WeekStart } from '../dates'

export interface AdherenceWeek {
  week: string
  planned: number
  done: number
}

/**
 * The plan's strength days (0 = Monday … 6 = Sunday, a day twice when it has two workouts) from
 * the day `from` (ISO) until the next period's `from`.
 */
export interface PlanPeriod {
  from: string
  weekdays: readonly number[]
}

/**
 * Planned against done per week from `from` to `today`. Each week is planned by the period in
 * force on its last day (a plan changed mid-week counts for that week on); weeks before the first
 * period read the first period, as nothing older is known; without periods nothing is planned.
 * `history` is oldest first. In the current week only days up to today count as planned, so a
 * Monday does not look like a missed week.
 */
export function weeklyAdherence(
  history: readonly PlanPeriod[],
  doneByWeek: ReadonlyMap<string, number>,
  from: string,
  today: string,
  weekStart: WeekStart = 'monday'
): AdherenceWeek[] {
  if (from > today) return []
  const currentWeek = weekStartOf(today, weekStart)
  // Weeks come oldest first, so the period in force only ever moves forward.
  let at = 0
  return weeksBetween(from, today, weekStart).map((week) => {
    // The week's last day is worked out only while a later period remains: with one period (most
    // clients) the five-year walk makes no dates at all.
    if (at + 1 < history.length) {
      const lastDay = dayToIso(dayNumber(week) + 6)
      while (at + 1 < history.length && (history[at + 1] as PlanPeriod).from <= lastDay) at++
    }
    const weekdays = history[at]?.weekdays ?? []
    let planned = weekdays.length
    if (week === currentWeek) {
      planned = weekdays.filter((weekday) => dateOfWeekday(week, weekday, weekStart) <= today).length
    }
    return { week, planned, done: doneByWeek.get(week) ?? 0 }
  })
}

/** The date of a plan weekday (0 = Monday) within the week starting on `week`. */
function dateOfWeekday(week: string, weekday: number, weekStart: WeekStart): string {
  const offset = weekStart === 'monday' ? weekday : (weekday + 1) % 7
  return addDays(week, offset)
}

/** Share of planned sessions done over the weeks, counting at most the planned ones per week. */
export function adherenceRate(weeks: readonly AdherenceWeek[]): number | null {
  let planned = 0
  let done = 0
  for (const w of weeks) {
    planned += w.planned
    done += Math.min(w.done, w.planned)
  }
  return planned > 0 ? done / planned : null
}
