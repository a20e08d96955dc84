import type { MeasurementKind } from '@shared/schemas/logs'
import { kgTo, toKg, type MassUnit } from '@shared/units'

/**
 * Measurements are stored in SI (body weight in kg, waist in m) and shown in the units a trainer
 * reads them in: the chosen mass unit, and waists in centimetres. A trainer's own kind is shown
 * exactly as stored, in the unit they gave it.
 */

type Kind = Pick<MeasurementKind, 'builtinKey' | 'unit'>

export function shownUnit(kind: Kind, mass: MassUnit): string {
  if (kind.builtinKey === 'body_weight') return mass
  if (kind.builtinKey === 'waist') return 'cm'
  return kind.unit
}

export function toShown(kind: Kind, value: number, mass: MassUnit): number {
  if (kind.builtinKey === 'body_weight') return Number(kgTo(mass, value).toFixed(1))
  if (kind.builtinKey === 'waist') return Number((value * 100).toFixed(1))
  return value
}

export function fromShown(kind: Kind, value: number, mass: MassUnit): number {
  if (kind.builtinKey === 'body_weight') return Number(toKg(mass, value).toFixed(3))
  if (kind.builtinKey === 'waist') return value / 100
  return value
}

/** "61.2 kg", "18 %", "52 bpm", "74 cm". */
export function formatMeasurement(kind: Kind, value: number, mass: MassUnit): string {
  const unit = shownUnit(kind, mass)
  return `${toShown(kind, value, mass)}${unit === '%' ? ' %' : ` ${unit}`}`
}
