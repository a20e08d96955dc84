import { dayName, fullWeek, isHardRun, runPhrase, workoutNames, type PlanWeek, type WeekCheck } from './types'

/**
 * Strength on the same day as a quality session or the long run: two hard efforts in one day,
 * and whichever comes second is done tired. Strength belongs on non-running days or after easy runs.
 */
export function checkStrengthSameDayHard(week: PlanWeek): WeekCheck[] {
  return fullWeek(week)
    .filter((day) => day.strength.length > 0 && isHardRun(day))
    .map((day) => ({
      rule: 'strength-same-day-hard' as const,
      level: 'warning' as const,
      days: [day.weekday],
      message: `${dayName(day.weekday)} has ${workoutNames(day.strength)} on the same day as the ${runPhrase(day)}. Strength belongs on days without running or after easy runs.`
    }))
}
