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
 * Strength on the day before a quality session or the long run. Lower-body work then is a
 * warning: the legs are still tired when they need to be fresh. Upper-body or core work only is
 * a note, as it costs the legs little.
 */
export function checkStrengthBeforeHard(week: PlanWeek): WeekCheck[] {
  const days = fullWeek(week)
  const checks: WeekCheck[] = []
  for (const day of days) {
    if (day.strength.length === 0) continue
    const next = days[nextDay(day.weekday)]
    if (!next || !isHardRun(next)) continue
    const legs = day.strength.filter((w) => w.lowerBody)
    const pair = [day.weekday, next.weekday].sort((a, b) => a - b)
    if (legs.length > 0) {
      checks.push({
        rule: 'strength-before-hard',
        level: 'warning',
        days: pair,
        message: `${dayName(day.weekday)}’s ${workoutNames(legs)} is the day before ${dayName(next.weekday)}’s ${runPhrase(next)}. Tired legs spoil a hard run: move the lower-body work to after an easy run or to a day with no hard run next.`
      })
    } else {
      checks.push({
        rule: 'strength-before-hard',
        level: 'note',
        days: pair,
        message: `${dayName(day.weekday)}’s ${workoutNames(day.strength)} is the day before ${dayName(next.weekday)}’s ${runPhrase(next)}. Upper-body work costs the legs little, but keep it moderate.`
      })
    }
  }
  return checks
}
