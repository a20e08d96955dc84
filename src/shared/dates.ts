/** ISO calendar dates (YYYY-MM-DD) as the store keeps them, and the way Spotter prints them. */

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** An ISO date moved by whole days (UTC, so no time zone can shift it). */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

/** "24 Nov 2026": the same in every locale, for handouts and written reasons. */
export function printDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number]
  return `${day} ${months[month - 1]} ${year}`
}

/** "24 Nov", with the year when it is not today's: reads like a coach's note. */
export function shortDate(iso: string, today: string): string {
  return iso.slice(0, 4) === today.slice(0, 4) ? printDate(iso).slice(0, -5) : printDate(iso)
}
