import { metresPerMile, toMetres, type DistanceUnit } from './units'

/** Race distances runners name, in metres: what a typed "26.2" mi or "21.1" km stands for. */
export const standardRaceDistancesM: readonly number[] = [
  1500,
  metresPerMile,
  3000,
  5000,
  8000,
  5 * metresPerMile,
  10_000,
  15_000,
  10 * metresPerMile,
  20_000,
  21_097.5,
  25_000,
  30_000,
  42_195,
  50_000,
  50 * metresPerMile,
  100_000,
  100 * metresPerMile
]

/**
 * A typed number, allowing a decimal comma, a sign and an exponent ("1e9" is a number, just an
 * implausible one: the schema's bound says so), with how many decimals were typed; undefined
 * when the text is not a number at all.
 */
export function readTypedNumber(text: string): { value: number; decimals: number } | undefined {
  const normalized = text.trim().replace(',', '.')
  const match = /^[+-]?(?:\d+(?:\.(\d+))?|\.(\d+))(?:e[+-]?\d+)?$/i.exec(normalized)
  if (!match) return undefined
  const value = Number(normalized)
  if (!Number.isFinite(value)) return undefined
  return { value, decimals: (match[1] ?? match[2] ?? '').length }
}

/**
 * Metres for a distance the trainer typed in their unit, kept at the precision it was typed
 * (to the millimetre, so 42.195 km is 42,195 m and not 42,195.000000000007). For a race, a typed
 * value with decimals stands for the standard distance it rounds from: "26.2" mi is the
 * marathon's 42,195 m, since 26.2 is how a runner writes it and the marathon lies within the
 * 0.05 mi that one decimal leaves open. Whole numbers are taken as they are ("16" km is 16 km).
 */
export function metresFromTyped(
  text: string,
  unit: DistanceUnit,
  options: { race?: boolean } = {}
): number | undefined {
  const typed = readTypedNumber(text)
  if (!typed) return undefined
  const metres = Math.round(toMetres(unit, typed.value) * 1000) / 1000
  if (!options.race || typed.decimals === 0) return metres
  const halfDigit = toMetres(unit, 0.5 * 10 ** -typed.decimals)
  // The nearest race within the typed precision: "5.0" mi is five miles, not the 8 km 47 m away.
  let nearest: number | undefined
  for (const race of standardRaceDistancesM) {
    const off = Math.abs(race - metres)
    if (off <= halfDigit && (nearest === undefined || off < Math.abs(nearest - metres))) nearest = race
  }
  return nearest ?? metres
}
