/**
 * Every date Spotter handles goes through this module. The store keeps calendar days as ISO
 * text (YYYY-MM-DD); this module parses them, moves them by days, weeks and months, relates them
 * to today, and prints them. Calendar arithmetic is date-fns on local dates, which counts days
 * by the calendar, so a daylight-saving change can never shift a day.
 *
 * Two kinds of helpers live here:
 * - ISO-date helpers (`addDays`, `addMonths`, `daysBetween`, `weekStartOf`…) for everything
 *   that runs a few times per screen or per request;
 * - integer day numbers (`dayNumber`, `dayToIso`, `weekStartDay`), days since 1970-01-01, only
 *   for the hot loops that run per logged point or per week of years (charts, weekly volume,
 *   the store's weekly sums), where building Date objects would cost too much.
 *
 * Display formatters are `Intl.DateTimeFormat` instances made once: `toLocaleDateString` with
 * options builds a new formatter on every call, which a table cell pays on every scrolled frame.
 */
import {
  addDays as addCalendarDays,
  addMonths as addCalendarMonths,
  differenceInCalendarDays,
  differenceInYears,
  format,
  getDay,
  startOfWeek
} from 'date-fns'

/** Which day a training week begins on (a trainer's setting). */
export type WeekStart = 'monday' | 'sunday'

const isoPattern = /^\d{4}-\d{2}-\d{2}$/

/**
 * The local date of an ISO date text, or null when the text is not YYYY-MM-DD or names a day
 * that does not exist (2026-02-31, 2026-13-01, 2027-02-29). Read by hand rather than with
 * date-fns' `parse`, which interprets its format string on every call: a table of races pays
 * that per row.
 */
export function parseIsoDate(text: string): Date | null {
  if (!isoPattern.test(text)) return null
  const year = Number(text.slice(0, 4))
  const month = Number(text.slice(5, 7)) - 1
  const day = Number(text.slice(8, 10))
  const date = new Date(year, month, day)
  // Date reads the years 0–99 as 1900–1999; the text means what it says.
  if (year < 100) date.setFullYear(year, month, day)
  // A day the month does not have rolls over into the next month: not a real date.
  return date.getFullYear() === year && date.getMonth() === month && date.getDate() === day ? date : null
}

/** True when the text is a real calendar day written YYYY-MM-DD. */
export function isRealDate(text: string): boolean {
  return parseIsoDate(text) !== null
}

const twoDigits = (n: number): string => (n < 10 ? `0${n}` : String(n))

/** A local date's calendar day as YYYY-MM-DD. */
export function toIsoDate(date: Date): string {
  return `${String(date.getFullYear()).padStart(4, '0')}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}`
}

/** A checked ISO date as a local date (callers pass dates the contract has already checked). */
function toDate(iso: string): Date {
  const date = parseIsoDate(iso)
  if (!date) throw new RangeError(`Not a real date: ${iso}`)
  return date
}

/** The UTC calendar day of a stored timestamp (the services' clock gives ISO timestamps). */
export function dateOfTimestamp(timestamp: string): string {
  return timestamp.slice(0, 10)
}

/** Today's date in the trainer's time zone as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  return toIsoDate(now)
}

/** An ISO date moved by whole days (negative moves back). */
export function addDays(iso: string, days: number): string {
  return toIsoDate(addCalendarDays(toDate(iso), days))
}

/** An ISO date moved by whole months, keeping the day of month where it exists (31 Aug − 6 months = 28 Feb). */
export function addMonths(iso: string, months: number): string {
  return toIsoDate(addCalendarMonths(toDate(iso), months))
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(toDate(to), toDate(from))
}

/** Whole years from a birth date to a day: a person's age on it. */
export function yearsBetween(from: string, to: string): number {
  return differenceInYears(toDate(to), toDate(from))
}

/** 0 = Monday … 6 = Sunday for an ISO date. */
export function weekdayOf(iso: string): number {
  return (getDay(toDate(iso)) + 6) % 7
}

/** The first day (ISO date) of the week an ISO date falls in. */
export function weekStartOf(iso: string, weekStart: WeekStart = 'monday'): string {
  return toIsoDate(startOfWeek(toDate(iso), { weekStartsOn: weekStart === 'monday' ? 1 : 0 }))
}

/** The next Monday strictly after an ISO date. */
export function nextMonday(iso: string): string {
  return addDays(weekStartOf(iso, 'monday'), 7)
}

/** The month of an ISO date, 0 = January … 11 = December. */
export function monthIndexOf(iso: string): number {
  return Number(iso.slice(5, 7)) - 1
}

/* ---- Day numbers: days since 1970-01-01, for the hot loops only ---- */

/** Days since 1970 of an ISO date (YYYY-MM-DD): the x of a dated point. Date.UTC, not parsing: it runs per point. */
export function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000
}

/**
 * The ISO date (YYYY-MM-DD) of a day number, the inverse of `dayNumber`. Plain arithmetic
 * (Hinnant's civil-from-days) rather than a Date: it runs per week of years.
 */
export function dayToIso(day: number): string {
  const z = day + 719_468
  const era = Math.floor(z / 146_097)
  const dayOfEra = z - era * 146_097
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365
  )
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const mp = Math.floor((5 * dayOfYear + 2) / 153)
  const d = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp < 10 ? mp + 3 : mp - 9
  const y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0)
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`
}

/**
 * SQLite's `julianday()` of an ISO date, truncated, less this is its `dayNumber`: the store
 * sums per week in integers with it, cheaper per row than date().
 */
export const julianDayOffset = 2_440_587

/** 0 = Monday … 6 = Sunday for a day number. */
export function weekdayOfDay(day: number): number {
  return (((day + 3) % 7) + 7) % 7 // 1970-01-01 was a Thursday
}

/** The day number of the first day of the week a day number falls in. */
export function weekStartDay(day: number, weekStart: WeekStart = 'monday'): number {
  const weekday = (((day + 4) % 7) + 7) % 7 // 0 = Sunday; 1970-01-01 was a Thursday
  return day - (weekStart === 'monday' ? (weekday + 6) % 7 : weekday)
}

/** Every week start (ISO date) from the week of `from` to the week of `to`, inclusive. */
export function weeksBetween(from: string, to: string, weekStart: WeekStart = 'monday'): string[] {
  const weeks: string[] = []
  const last = weekStartDay(dayNumber(to), weekStart)
  for (let day = weekStartDay(dayNumber(from), weekStart); day <= last; day += 7) weeks.push(dayToIso(day))
  return weeks
}

/**
 * Day numbers of the first of a month, every `every` months, from the first such day on or
 * after `firstDay` up to `lastDay`: ticks for a time axis.
 */
export function monthStarts(firstDay: number, lastDay: number, every: number): number[] {
  const first = dayToIso(firstDay)
  const year = Number(first.slice(0, 4))
  const month = Number(first.slice(5, 7)) - 1 + (first.endsWith('-01') ? 0 : 1)
  const start = Math.ceil(month / every) * every
  const days: number[] = []
  for (let m = start; ; m += every) {
    const day = Date.UTC(year, m, 1) / 86_400_000
    if (day > lastDay) break
    days.push(day)
  }
  return days
}

/* ---- Printing ---- */

/** "24 Nov 2026": the same in every locale, for handouts and written reasons. */
export function printDate(iso: string): string {
  const date = parseIsoDate(iso)
  return date ? format(date, 'd MMM yyyy') : iso
}

/** "24 Nov", with the year when it is not today's: reads like a coach's note. */
export function shortDate(iso: string, today: string): string {
  const date = parseIsoDate(iso)
  return date && iso.slice(0, 4) === today.slice(0, 4) ? format(date, 'd MMM') : printDate(iso)
}

/**
 * A formatter of ISO dates made on first use, remembering what it has formatted (a list of ten
 * thousand clients has a few hundred distinct dates). Text that is not a real date is shown as it
 * is rather than breaking the screen that shows it.
 */
function cachedDates(options: Intl.DateTimeFormatOptions): (iso: string) => string {
  let formatter: Intl.DateTimeFormat | undefined
  const made = new Map<string, string>()
  return (iso) => {
    let text = made.get(iso)
    if (text === undefined) {
      const date = parseIsoDate(iso)
      formatter ??= new Intl.DateTimeFormat(undefined, options)
      text = date ? formatter.format(date) : iso
      // A bound on the memory: the dates a screen shows are far fewer than this.
      if (made.size > 5000) made.clear()
      made.set(iso, text)
    }
    return text
  }
}

const fullDate = cachedDates({ day: 'numeric', month: 'short', year: 'numeric' })
const dayAndMonth = cachedDates({ day: 'numeric', month: 'short' })
const monthAndYear = cachedDates({ month: 'short', year: 'numeric' })
let dateAndTime: Intl.DateTimeFormat | undefined

/**
 * Makes the date formatters ahead of their first use. The first `Intl.DateTimeFormat` of a page
 * loads the locale's calendar data, about 50 ms: a window calls this in a task of its own after
 * its first render, so that cost is neither in the start nor in the first screen of dates.
 */
export function prepareDateFormats(): void {
  const someDay = '2000-01-01'
  fullDate(someDay)
  dayAndMonth(someDay)
  monthAndYear(someDay)
  formatDateTime(`${someDay}T00:00:00.000Z`)
}

/** A date as the trainer reads it, in their locale: "24 Nov 2026". */
export function formatDate(iso: string): string {
  return fullDate(iso)
}

/** Day and month without the year: "24 Nov", for weekly chart ticks. */
export function formatDayMonth(iso: string): string {
  return dayAndMonth(iso)
}

/** Month and year: "Nov 2026", for time axes. */
export function formatMonthYear(iso: string): string {
  return monthAndYear(iso)
}

/** A compact date for table cells: "19 Nov", with the year only when it is not this year. */
export function formatShortDate(iso: string, thisYear = new Date().getFullYear()): string {
  return Number(iso.slice(0, 4)) === thisYear ? dayAndMonth(iso) : fullDate(iso)
}

/** A stored moment (an ISO timestamp) as the trainer reads it: "2 Dec 2026, 14:05". */
export function formatDateTime(timestamp: string): string {
  dateAndTime ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
  return dateAndTime.format(new Date(timestamp))
}
