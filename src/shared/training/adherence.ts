/**
 * Strength adherence: the sessions the week plan asks for against the sessions logged. The week
 * plan has no history, so today's plan stands for every week shown.
 */

import { addDays, weekStartOf, weeksBetween, type WeekStart } from '../dates'

export interface AdherenceWeek {
  week: string
  planned: number
  done: number
}

/**
 * Planned against done per week from `from` to `today`. `plannedWeekdays` are the plan's
 * strength days (0 = Monday … 6 = Sunday); in the current week only days up to today count as
 * planned, so a Monday does not look like a missed week.
 */
export function weeklyAdherence(
  plannedWeekdays: readonly number[],
  doneByWeek: ReadonlyMap<string, number>,
  from: string,
  today: string,
  weekStart: WeekStart = 'monday'
): AdherenceWeek[] {
  if (from > today) return []
  const currentWeek = weekStartOf(today, weekStart)
  return weeksBetween(from, today, weekStart).map((week) => {
    let planned = plannedWeekdays.length
    if (week === currentWeek) {
      planned = plannedWeekdays.filter((weekday) => dateOfWeekday(week, weekday, weekStart) <= today).length
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
