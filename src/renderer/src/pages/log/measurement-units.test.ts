import { describe, expect, it } from 'vitest'
import { formatMeasurement, fromShown, shownUnit, toShown } from './measurement-units'

const weight = { builtinKey: 'body_weight', unit: 'kg' }
const waist = { builtinKey: 'waist', unit: 'm' }
const hip = { builtinKey: null, unit: 'cm' }

describe('measurement units', () => {
  it('shows body weight in the trainer’s unit and waist in centimetres', () => {
    expect(shownUnit(weight, 'lb')).toBe('lb')
    expect(toShown(weight, 60, 'lb')).toBe(132.3)
    expect(fromShown(weight, 132.277, 'lb')).toBeCloseTo(60, 2)
    expect(shownUnit(waist, 'kg')).toBe('cm')
    expect(fromShown(waist, 74, 'kg')).toBe(0.74)
    expect(formatMeasurement(waist, 0.745, 'kg')).toBe('74.5 cm')
  })

  it('keeps a trainer’s own kind as typed', () => {
    expect(fromShown(hip, 98, 'lb')).toBe(98)
    expect(formatMeasurement(hip, 98, 'lb')).toBe('98 cm')
    expect(formatMeasurement({ builtinKey: 'body_fat', unit: '%' }, 18, 'kg')).toBe('18 %')
  })
})
