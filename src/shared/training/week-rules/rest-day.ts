import { dayName, fullWeek, listWords, type PlanWeek, type WeekCheck } from './types'

/**
 * No full rest day: every day has a run, cross-training or strength. Names the lightest days
 * (easy runs or cross-training without strength) as the ones to turn into rest.
 */
export function checkRestDay(week: PlanWeek): WeekCheck[] {
  const days = fullWeek(week)
  if (days.some((d) => d.runKind === 'rest' && d.strength.length === 0)) return []
  const light = days
    .filter((d) => (d.runKind === 'easy' || d.runKind === 'cross') && d.strength.length === 0)
    .map((d) => d.weekday)
  const candidates =
    light.length > 0
      ? ` ${listWords(light.map(dayName))} ${light.length === 1 ? 'is' : 'are'} the lightest.`
      : ''
  return [
    {
      rule: 'rest-day',
      level: 'warning',
      days: light,
      message: `No full rest day: every day has a run or strength work. Keep at least one day a week with neither.${candidates}`
    }
  ]
}
