/*
 * Days as integers (days since 1970-01-01) keep the demo's day-by-day loops cheap.
 */

export const DAY_MS = 86_400_000

/** Days since 1970-01-01 of an ISO date; dates are whole days, so integers keep the loops cheap. */
export function epochDay(iso: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`Demo "today" must be YYYY-MM-DD, got "${iso}".`)
  const ms = Date.parse(`${iso}T00:00:00Z`)
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== iso) {
    throw new Error(`Demo "today" is not a real date: "${iso}".`)
  }
  return ms / DAY_MS
}

/** 0 = Monday … 6 = Sunday, as week_plan_days counts them (1970-01-01 was a Thursday). */
export const weekdayOf = (day: number): number => (((day + 3) % 7) + 7) % 7

/** An ISO date for a day number, cached: a practice of thousands of clients asks for the same few hundred days. */
export function isoDays(): (day: number) => string {
  const dates = new Map<number, string>()
  return (day) => {
    let text = dates.get(day)
    if (text === undefined) {
      text = new Date(day * DAY_MS).toISOString().slice(0, 10)
      dates.set(day, text)
    }
    return text
  }
}
