import type { Load } from '../schemas/program'
import { kgTo, type MassUnit } from '../units'

/** Rounds to the nearest multiple of the smallest plate step available. */
export function roundToStep(value: number, step: number): number {
  if (step <= 0) return value
  return Math.round(value / step) * step
}

/**
 * The weight a %1RM prescription means for this client, in the trainer's unit, rounded to that
 * unit's plate step: 70 % of a 100 kg 1RM with a 2.5 kg step is 70 kg.
 */
export function percentLoad(percent: number, oneRmKg: number, unit: MassUnit, step: number): number {
  return roundToStep(kgTo(unit, (oneRmKg * percent) / 100), step)
}

const trim = (value: number): string => String(Number(value.toFixed(2)))

/** A load as the handout and the builder write it. */
export function describeLoad(load: Load, unit: MassUnit, computed?: number): string {
  switch (load.kind) {
    case 'kg':
      return `${trim(kgTo(unit, load.value))} ${unit}`
    case 'percent1rm':
      return computed === undefined
        ? `${trim(load.value)} % 1RM`
        : `${trim(load.value)} % 1RM (${trim(computed)} ${unit})`
    case 'rpe':
      return `RPE ${trim(load.value)}`
    case 'bodyweight':
      return 'Bodyweight'
    case 'band':
      return `${load.value} band`
    default:
      return '—'
  }
}
