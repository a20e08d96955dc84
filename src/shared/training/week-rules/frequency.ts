import { dayName, fullWeek, listWords, type PlanWeek, type WeekCheck } from './types'

/** About three strength sessions a week is the guideline for runners. */
export const guidelineSessions = 3
/** Fewer than this is too little to build strength. */
export const fewestSessions = 2
/** More than this leaves too little recovery for running. */
export const mostSessions = 4

/**
 * Frequency: counts the strength sessions (a day with two workouts counts two) and says how the
 * week sits against the guideline of about three, always, because the guideline is worth hearing.
 */
export function checkFrequency(week: PlanWeek): WeekCheck[] {
  const days = fullWeek(week).filter((d) => d.strength.length > 0)
  const count = days.reduce((sum, d) => sum + d.strength.length, 0)
  const weekdays = days.map((d) => d.weekday)
  const on = days.length > 0 ? ` (${listWords(weekdays.map(dayName))})` : ''
  const base = { rule: 'frequency' as const, days: weekdays }
  if (count === 0) {
    return [
      {
        ...base,
        level: 'warning',
        message:
          'No strength sessions are planned. Runners need at least two a week to get stronger; about three is the guideline.'
      }
    ]
  }
  if (count < fewestSessions) {
    return [
      {
        ...base,
        level: 'warning',
        message: `Only one strength session${on}. Fewer than two a week is too little to build strength; about three is the guideline.`
      }
    ]
  }
  if (count > mostSessions) {
    return [
      {
        ...base,
        level: 'warning',
        message: `${count} strength sessions${on}. More than four a week leaves too little recovery for the running; about three is the guideline.`
      }
    ]
  }
  if (count === guidelineSessions) {
    return [
      {
        ...base,
        level: 'ok',
        message: `Three strength sessions${on}: right on the guideline of about three a week.`
      }
    ]
  }
  return [
    {
      ...base,
      level: 'note',
      message:
        count === 2
          ? `Two strength sessions${on}. That keeps strength ticking over; about three a week is the guideline when the running allows.`
          : `Four strength sessions${on}: the most that fits beside running. About three a week is the guideline, so watch recovery.`
    }
  ]
}
