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

/**
 * A fixed load in `unit`, as a person would write it. A load typed in this unit (or one that
 * converts to a round number) comes back as typed, to the nearest 0.05; one that only converts
 * to an odd number (60 kg is 132.28 lb) is rounded to the unit's smallest step (130 lb), since
 * nobody can load 132.28 lb. Without a step, it is only trimmed to two decimals.
 */
export function fixedLoad(kg: number, unit: MassUnit, step?: number): number {
  const value = kgTo(unit, kg)
  const typed = Math.round(value * 20) / 20
  if (Math.abs(value - typed) < 1e-6) return Number(typed.toFixed(2))
  if (step === undefined || step <= 0) return Number(value.toFixed(2))
  const rounded = roundToStep(value, step)
  // A load lighter than one step (a 1 kg weight in 5 lb steps) keeps one decimal rather than 0.
  return rounded > 0 ? Number(rounded.toFixed(2)) : Number(value.toFixed(1))
}

/**
 * A load as the handout, the builder and the log write it. `computed` is what a %1RM load comes
 * to; `step` is the smallest plate step of `unit`, to which a fixed load in the other unit rounds.
 */
export function describeLoad(load: Load, unit: MassUnit, computed?: number, step?: number): string {
  switch (load.kind) {
    case 'kg':
      return `${trim(fixedLoad(load.value, unit, step))} ${unit}`
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
