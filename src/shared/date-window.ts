import { addDays, addMonths } from './dates'

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
 * - `past`: a birth date: today at the latest;
 * - `ahead`: a race still to run: today or later;
 * - `program`: a program's start: within ten years before today and two years after. A start in
 *   1900 is a slip of the keyboard, and every week of the program would be labelled from it.
 */
export type DateRule = 'done' | 'past' | 'ahead' | 'program'

/**
 * Plain words for a date that breaks its rule, or undefined when it keeps it. The services check
 * these against their clock; the forms check them too, so the mistake shows with every other one.
 */
export function dateRuleProblem(date: string, rule: DateRule, today: string): string | undefined {
  switch (rule) {
    case 'done':
      return date <= addDays(today, 1) ? undefined : 'This date is in the future'
    case 'past':
      return date <= today ? undefined : 'A birth date must be in the past'
    case 'ahead':
      return date >= today
        ? undefined
        : 'That race date has passed. Enter the date of the next race, today or later.'
    case 'program':
      return date >= addMonths(today, -120) && date <= addMonths(today, 24)
        ? undefined
        : 'A program starts no more than ten years ago and no more than two years ahead'
  }
}
