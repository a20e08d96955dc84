import { describe, expect, it } from 'vitest'
import type { Client } from '../contract'
import { standardRaceDistancesM } from '../typed-distance'
import { changedFields, clientFormSchema, clientFormValues, type ClientFormValues } from './client-form'
import { unreadableDate } from './typed-fields'

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

const read = (values: ClientFormValues, unit: 'km' | 'mi', original?: Client) =>
  clientFormSchema(unit, original).parse(values)

/** Every field's message, keyed by the field, for values that fail. */
const errorsOf = (values: ClientFormValues, unit: 'km' | 'mi' = 'km'): Record<string, string> => {
  const result = clientFormSchema(unit).safeParse(values)
  if (result.success) return {}
  // The first message of each field, as the form shows it.
  return Object.fromEntries(
    [...result.error.issues].reverse().map((issue) => [String(issue.path[0]), issue.message])
  )
}

const empty = { ...clientFormValues(undefined, 'km'), name: 'New' }

describe('client form schema', () => {
  it('round-trips every standard race distance unchanged, in km and in mi', () => {
    for (const unit of ['km', 'mi'] as const) {
      for (const distance of standardRaceDistancesM) {
        const stored = client({ nextRaceDistanceM: distance })
        const input = read(clientFormValues(stored, unit), unit, stored)
        expect(input.nextRaceDistanceM, `${distance} m in ${unit}`).toBe(distance)
        expect(changedFields(input, stored), `${distance} m in ${unit}`).toEqual({})
      }
    }
  })

  it('shows a marathon as 42.195 km, and a half as 21.0975 km', () => {
    expect(clientFormValues(client(), 'km').nextRaceDistanceM).toBe('42.195')
    expect(clientFormValues(client({ nextRaceDistanceM: 21_097.5 }), 'km').nextRaceDistanceM).toBe('21.0975')
  })

  it('converts typed units to SI: distances at the precision typed, a race as the distance it stands for', () => {
    expect(read({ ...empty, nextRaceDistanceM: '42.195' }, 'km').nextRaceDistanceM).toBe(42_195)
    expect(read({ ...empty, nextRaceDistanceM: '42,2' }, 'km').nextRaceDistanceM).toBe(42_195)
    expect(read({ ...empty, nextRaceDistanceM: '26.2' }, 'mi').nextRaceDistanceM).toBe(42_195)
    expect(read({ ...empty, nextRaceDistanceM: '13.1' }, 'mi').nextRaceDistanceM).toBe(21_097.5)
    expect(read({ ...empty, nextRaceDistanceM: '6.2' }, 'mi').nextRaceDistanceM).toBe(10_000)
    expect(read({ ...empty, nextRaceDistanceM: '5.0' }, 'mi').nextRaceDistanceM).toBeCloseTo(8046.72, 6)
    expect(read({ ...empty, nextRaceDistanceM: '16' }, 'km').nextRaceDistanceM).toBe(16_000)
    expect(read({ ...empty, nextRaceDistanceM: '12.3' }, 'mi').nextRaceDistanceM).toBe(19_794.931)
    expect(read({ ...empty, weeklyDistanceM: '26.2' }, 'mi').weeklyDistanceM).toBe(42_164.813)
    expect(read({ ...empty, heightM: '172.5' }, 'km').heightM).toBe(1.725)
    expect(read({ ...empty, nextRaceTargetS: '3:29:59' }, 'km').nextRaceTargetS).toBe(12_599)
  })

  it('reads empty fields as not recorded and tags from one line', () => {
    const input = read({ ...empty, tags: ' marathon, masters ,, ' }, 'km')
    expect(input).toMatchObject({
      email: null,
      birthDate: null,
      sex: null,
      heightM: null,
      weeklyDistanceM: null
    })
    expect(input.tags).toEqual(['marathon', 'masters'])
  })

  it('changes nothing when an edit is saved as it was shown, and only what was changed otherwise', () => {
    for (const unit of ['km', 'mi'] as const) {
      const stored = client()
      const unchanged = read(clientFormValues(stored, unit), unit, stored)
      expect(changedFields(unchanged, stored)).toEqual({})
      const edited = read({ ...clientFormValues(stored, unit), notes: 'Moved to Friday runs' }, unit, stored)
      expect(changedFields(edited, stored)).toEqual({ notes: 'Moved to Friday runs' })
    }
  })

  it('words every mistake plainly, all at once', () => {
    expect(
      errorsOf({
        ...empty,
        name: '',
        email: 'ana@',
        birthDate: '2026-02-31',
        weeklyDistanceM: '-5',
        nextRaceDistanceM: 'far',
        nextRaceTargetS: 'soon',
        heightM: '1e9'
      })
    ).toEqual({
      name: 'Name is required',
      email: 'Enter an e-mail address like name@example.com',
      birthDate: 'Not a real date',
      weeklyDistanceM: "Weekly distance can't be negative",
      nextRaceDistanceM: 'Enter a number like 62.5',
      nextRaceTargetS: 'Enter target time as h:mm:ss, like 3:29:59',
      heightM: 'Height can be at most 250 cm'
    })
  })

  it('checks the dates against today with the other mistakes, in the same round', () => {
    const result = clientFormSchema('km', undefined, '2026-12-03').safeParse({
      ...empty,
      name: '',
      birthDate: '2030-01-01',
      nextRaceDate: '2026-12-02',
      heightM: '1e9'
    })
    const errors = Object.fromEntries((result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]))
    expect(errors).toEqual({
      name: 'Name is required',
      birthDate: 'A birth date must be in the past',
      nextRaceDate: 'That race date has passed. Enter the date of the next race, today or later.',
      heightM: 'Height can be at most 250 cm'
    })
    // An old client's passed race, left as it was, is not a mistake.
    const stored = client({ nextRaceDate: '2026-10-04' })
    expect(
      clientFormSchema('km', stored, '2026-12-03').safeParse(clientFormValues(stored, 'km')).success
    ).toBe(true)
  })

  it('says "Not a real date" for a date the browser could not read', () => {
    expect(errorsOf({ ...empty, nextRaceDate: unreadableDate })).toEqual({ nextRaceDate: 'Not a real date' })
  })

  it('gives a huge number its bound, not "Enter a number"', () => {
    expect(errorsOf({ ...empty, weeklyDistanceM: '1e9' })).toEqual({
      weeklyDistanceM: 'Weekly distance can be at most 1,000 km'
    })
  })
})
