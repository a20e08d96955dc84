/** Conversions and formats between the store's SI values and the trainer's units. */

export type MassUnit = 'kg' | 'lb'
export type DistanceUnit = 'km' | 'mi'

export const kgPerLb = 0.45359237
export const metresPerMile = 1609.344

export function kgTo(unit: MassUnit, kg: number): number {
  return unit === 'kg' ? kg : kg / kgPerLb
}

export function toKg(unit: MassUnit, value: number): number {
  return unit === 'kg' ? value : value * kgPerLb
}

export function metresTo(unit: DistanceUnit, metres: number): number {
  return unit === 'km' ? metres / 1000 : metres / metresPerMile
}

export function toMetres(unit: DistanceUnit, value: number): number {
  return unit === 'km' ? value * 1000 : value * metresPerMile
}

/** "12.5" rather than "12.50" or "12.499999". */
function trim(value: number, decimals: number): string {
  return String(Number(value.toFixed(decimals)))
}

export function formatMass(unit: MassUnit, kg: number): string {
  return `${trim(kgTo(unit, kg), 1)} ${unit}`
}

export function formatDistance(unit: DistanceUnit, metres: number): string {
  return `${trim(metresTo(unit, metres), metres < 100_000 ? 1 : 0)} ${unit}`
}

/** A duration as h:mm:ss, or m:ss under an hour (race targets, run times). */
export function formatDuration(seconds: number): string {
  const s = Math.round(seconds)
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const rest = String(s % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`
}

/** Parses "3:29:59", "45:00" or "45" (minutes) into seconds; undefined when it is not a time. */
export function parseDuration(text: string): number | undefined {
  const parts = text
    .trim()
    .split(':')
    .map((part) => part.trim())
  if (parts.length === 0 || parts.length > 3 || parts.some((p) => !/^\d+$/.test(p))) return undefined
  const numbers = parts.map(Number)
  if (numbers.length === 1) return (numbers[0] as number) * 60
  if (numbers.slice(1).some((n) => n >= 60)) return undefined
  return numbers.reduce((total, n) => total * 60 + n, 0)
}

/** Pace per kilometre or mile, as m:ss. */
export function formatPace(unit: DistanceUnit, metres: number, seconds: number): string {
  if (metres <= 0) return '–'
  return `${formatDuration(seconds / metresTo(unit, metres))} /${unit}`
}
