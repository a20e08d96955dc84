/* Small text helpers for the renderer; dates are printed by @shared/dates. */

/** Initials for the avatar, from the first and last word of a name. */
export function initials(name: string): string {
  const words = name.split(/\s+/).filter(Boolean)
  const first = words[0]?.[0] ?? ''
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : ''
  return (first + last).toUpperCase()
}

const wholeNumbers = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 })

/** "1 client", "2 clients", "1,204 sets": a count with its noun agreeing. */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  return `${wholeNumbers.format(n)} ${n === 1 ? singular : plural}`
}
