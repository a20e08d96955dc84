import { addDays } from './dates'

/**
 * The plausible dates Spotter accepts. Every date in the contract lies between `earliestDate`
 * and `latestDate` (a typo such as 0001-01-01 would otherwise stretch every chart over two
 * thousand years). Dates that must not be in the future are checked against the clock by the
 * services, which own it: the schemas alone cannot know what "today" is.
 */
export const earliestDate = '1900-01-01'
export const latestDate = '2099-12-31'

/**
 * How a date relates to today:
 * - `done`: something that happened (a session, a run, a 1RM, an injury): up to tomorrow, so a
 *   trainer whose day has already begun ahead of UTC is never refused today's log;
 * - `past`: a birth date: today at the latest.
 */
export type DateRule = 'done' | 'past'

/** The last date a rule allows, for today's date (YYYY-MM-DD, UTC). */
export function latestAllowed(rule: DateRule, today: string): string {
  return rule === 'done' ? addDays(today, 1) : today
}

/** Plain words for a date that breaks its rule, or undefined when it keeps it. */
export function dateRuleProblem(date: string, rule: DateRule, today: string): string | undefined {
  if (date <= latestAllowed(rule, today)) return undefined
  return rule === 'past' ? 'A birth date must be in the past' : 'This date is in the future'
}
