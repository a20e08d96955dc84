import { describe, expect, it } from 'vitest'
import {
  formatDistance,
  formatDuration,
  formatMass,
  formatPace,
  parseDuration,
  toKg,
  toMetres
} from './units'

describe('units', () => {
  it('shows stored SI values in the trainer’s units', () => {
    expect(formatMass('kg', 70)).toBe('70 kg')
    expect(formatMass('lb', 100)).toBe('220.5 lb')
    expect(formatDistance('km', 42_195)).toBe('42.2 km')
    expect(formatDistance('mi', 42_195)).toBe('26.2 mi')
  })
  it('converts typed values back to SI', () => {
    expect(toKg('lb', 220.462)).toBeCloseTo(100, 2)
    expect(toMetres('mi', 26.2188)).toBeCloseTo(42_195, 0)
  })
  it('formats and parses durations and paces', () => {
    expect(formatDuration(12_599)).toBe('3:29:59')
    expect(formatDuration(1500)).toBe('25:00')
    expect(parseDuration('3:29:59')).toBe(12_599)
    expect(parseDuration('45')).toBe(2700)
    expect(parseDuration('1:75')).toBeUndefined()
    expect(parseDuration('soon')).toBeUndefined()
    expect(formatPace('km', 10_000, 3000)).toBe('5:00 /km')
  })
})
