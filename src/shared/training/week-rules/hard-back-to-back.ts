import {
  dayName,
  fullWeek,
  isHardRun,
  nextDay,
  runPhrase,
  workoutNames,
  type PlanWeek,
  type WeekCheck
} from './types'

/**
 * Hard days back to back: a quality session or long run and lower-body strength on consecutive
 * days, in either order. Hard days need an easy day between them for the body to absorb them.
 */
export function checkHardBackToBack(week: PlanWeek): WeekCheck[] {
  const days = fullWeek(week)
  const checks: WeekCheck[] = []
  for (const day of days) {
    const next = days[nextDay(day.weekday)]
    if (!next) continue
    const pair = [day.weekday, next.weekday].sort((a, b) => a - b)
    const nextLegs = next.strength.filter((w) => w.lowerBody)
    const dayLegs = day.strength.filter((w) => w.lowerBody)
    if (isHardRun(day) && nextLegs.length > 0) {
      checks.push({
        rule: 'hard-back-to-back',
        level: 'warning',
        days: pair,
        message: `${dayName(day.weekday)}’s ${runPhrase(day)} is followed by ${dayName(next.weekday)}’s ${workoutNames(nextLegs)}: two hard days back to back. Leave an easy day between them.`
      })
    } else if (dayLegs.length > 0 && isHardRun(next)) {
      checks.push({
        rule: 'hard-back-to-back',
        level: 'warning',
        days: pair,
        message: `${dayName(day.weekday)}’s ${workoutNames(dayLegs)} is followed by ${dayName(next.weekday)}’s ${runPhrase(next)}: two hard days back to back. Leave an easy day between them.`
      })
    }
  }
  return checks
}
