import { describe, expect, it } from 'vitest'
import type { Client } from '@shared/contract'
import { standardRaceDistancesM } from '@shared/typed-distance'
import { changedFields, clientInputFrom, formValuesFrom } from './client-form-values'

const client = (patch: Partial<Client> = {}): Client => ({
  id: 1,
  name: 'Zoë Łukasz-Ørsted',
  email: null,
  phone: null,
  birthDate: null,
  goals: '',
  weeklyDistanceM: 42_300,
  nextRaceName: 'Valencia Marathon',
  nextRaceDate: '2027-12-05',
  nextRaceDistanceM: 42_195,
  nextRaceTargetS: 3 * 3600 + 29 * 60 + 59,
  notes: '',
  sex: null,
  heightM: 1.725,
  tags: ['marathon'],
  priority: 'balanced',
  status: 'active',
  createdAt: '',
  updatedAt: '',
  ...patch
})

const read = (values: ReturnType<typeof formValuesFrom>, unit: 'km' | 'mi', original?: Client) => {
  const result = clientInputFrom(values, unit, original)
  if ('errors' in result) throw new Error(JSON.stringify(result.errors))
  return result.input
}

describe('client form values', () => {
  it('round-trips every standard race distance unchanged, in km and in mi', () => {
    for (const unit of ['km', 'mi'] as const) {
      for (const distance of standardRaceDistancesM) {
        const stored = client({ nextRaceDistanceM: distance })
        const input = read(formValuesFrom(stored, unit), unit, stored)
        expect(input.nextRaceDistanceM, `${distance} m in ${unit}`).toBe(distance)
        expect(changedFields(input, stored), `${distance} m in ${unit}`).toEqual({})
      }
    }
  })

  it('shows a marathon as 42.195 km, and a half as 21.0975 km', () => {
    expect(formValuesFrom(client(), 'km').nextRaceDistance).toBe('42.195')
    expect(formValuesFrom(client({ nextRaceDistanceM: 21_097.5 }), 'km').nextRaceDistance).toBe('21.0975')
  })

  it('stores a typed distance at the precision it was typed, and a race as the distance it stands for', () => {
    const values = { ...formValuesFrom(undefined, 'km'), name: 'New' }
    expect(read({ ...values, nextRaceDistance: '42.195' }, 'km').nextRaceDistanceM).toBe(42_195)
    expect(read({ ...values, nextRaceDistance: '42,2' }, 'km').nextRaceDistanceM).toBe(42_195)
    expect(read({ ...values, nextRaceDistance: '26.2' }, 'mi').nextRaceDistanceM).toBe(42_195)
    expect(read({ ...values, nextRaceDistance: '13.1' }, 'mi').nextRaceDistanceM).toBe(21_097.5)
    expect(read({ ...values, nextRaceDistance: '6.2' }, 'mi').nextRaceDistanceM).toBe(10_000)
    expect(read({ ...values, nextRaceDistance: '5.0' }, 'mi').nextRaceDistanceM).toBeCloseTo(8046.72, 6)
    expect(read({ ...values, nextRaceDistance: '8.0' }, 'km').nextRaceDistanceM).toBe(8000)
    // A whole number is taken as typed; so is a distance no race is near.
    expect(read({ ...values, nextRaceDistance: '16' }, 'km').nextRaceDistanceM).toBe(16_000)
    expect(read({ ...values, nextRaceDistance: '12.3' }, 'mi').nextRaceDistanceM).toBe(19_794.931)
    expect(read({ ...values, weeklyDistance: '26.2' }, 'mi').weeklyDistanceM).toBe(42_164.813)
    expect(read({ ...values, heightCm: '172.5' }, 'km').heightM).toBe(1.725)
  })

  it('changes nothing when an edit is saved as it was shown, and only what was changed otherwise', () => {
    for (const unit of ['km', 'mi'] as const) {
      const stored = client()
      const unchanged = read(formValuesFrom(stored, unit), unit, stored)
      expect(changedFields(unchanged, stored)).toEqual({})
      const edited = read({ ...formValuesFrom(stored, unit), notes: 'Moved to Friday runs' }, unit, stored)
      expect(changedFields(edited, stored)).toEqual({ notes: 'Moved to Friday runs' })
    }
  })

  it('names a field it cannot read', () => {
    const result = clientInputFrom({ ...formValuesFrom(undefined, 'km'), weeklyDistance: 'lots' }, 'km')
    expect(result).toEqual({ errors: { weeklyDistance: 'Enter a number' } })
  })
})
