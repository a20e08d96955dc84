/*
 * Dates as the trainer reads them, in their locale. `toLocaleDateString` with options builds a
 * new formatter on every call, which a table cell or a chart tick pays on every render and
 * every scrolled frame; these formatters are made once and reused, and each remembers the
 * strings it has already made (a list of ten thousand clients has a few hundred distinct dates).
 */

/** A formatter of ISO dates with its own memory of what it has formatted. */
function cachedDates(options: Intl.DateTimeFormatOptions): (iso: string) => string {
  const format = new Intl.DateTimeFormat(undefined, options)
  const made = new Map<string, string>()
  return (iso) => {
    let text = made.get(iso)
    if (text === undefined) {
      // Noon, so no time zone can move the day.
      text = format.format(new Date(`${iso}T12:00:00`))
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

/** Whole years from a birth date to today. */
export function ageFrom(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number]
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number]
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0)
}

/** Initials for the avatar, from the first and last word of a name. */
export function initials(name: string): string {
  const words = name.split(/\s+/).filter(Boolean)
  const first = words[0]?.[0] ?? ''
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : ''
  return (first + last).toUpperCase()
}

/** A compact date for table cells: "19 Nov", with the year only when it is not this year. */
export function formatShortDate(iso: string, thisYear = new Date().getFullYear()): string {
  return Number(iso.slice(0, 4)) === thisYear ? dayAndMonth(iso) : fullDate(iso)
}
