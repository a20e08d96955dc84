import type { Client, ClientInput } from '@shared/contract'
import { formatDuration, metresTo, parseDuration, toMetres, type DistanceUnit } from '@shared/units'

/** The client form's fields as the trainer types them: text, in the trainer's units. */
export interface ClientFormValues {
  name: string
  email: string
  phone: string
  birthDate: string
  sex: '' | 'female' | 'male' | 'other'
  heightCm: string
  goals: string
  tags: string
  weeklyDistance: string
  nextRaceName: string
  nextRaceDate: string
  nextRaceDistance: string
  nextRaceTarget: string
  priority: 'running' | 'strength' | 'balanced'
  notes: string
}

const round = (value: number, decimals: number): string => String(Number(value.toFixed(decimals)))

export function formValuesFrom(client: Client | undefined, unit: DistanceUnit): ClientFormValues {
  return {
    name: client?.name ?? '',
    email: client?.email ?? '',
    phone: client?.phone ?? '',
    birthDate: client?.birthDate ?? '',
    sex: client?.sex ?? '',
    heightCm: client?.heightM ? round(client.heightM * 100, 1) : '',
    goals: client?.goals ?? '',
    tags: client?.tags.join(', ') ?? '',
    weeklyDistance: client?.weeklyDistanceM != null ? round(metresTo(unit, client.weeklyDistanceM), 1) : '',
    nextRaceName: client?.nextRaceName ?? '',
    nextRaceDate: client?.nextRaceDate ?? '',
    nextRaceDistance:
      client?.nextRaceDistanceM != null ? round(metresTo(unit, client.nextRaceDistanceM), 2) : '',
    nextRaceTarget: client?.nextRaceTargetS != null ? formatDuration(client.nextRaceTargetS) : '',
    priority: client?.priority ?? 'balanced',
    notes: client?.notes ?? ''
  }
}

const emptyToNull = (text: string): string | null => (text.trim() === '' ? null : text.trim())

/**
 * Turns typed text into a client input in SI units, or names the fields that cannot be read.
 * Range and format rules beyond "is it a number / a time" are the contract's to check.
 */
export function clientInputFrom(
  values: ClientFormValues,
  unit: DistanceUnit
): { input: ClientInput } | { errors: Partial<Record<keyof ClientFormValues, string>> } {
  const errors: Partial<Record<keyof ClientFormValues, string>> = {}
  const number = (key: keyof ClientFormValues): number | null => {
    const text = values[key].trim().replace(',', '.')
    if (text === '') return null
    const value = Number(text)
    if (!Number.isFinite(value)) errors[key] = 'Enter a number'
    return value
  }
  const weekly = number('weeklyDistance')
  const raceDistance = number('nextRaceDistance')
  const heightCm = number('heightCm')
  let target: number | null = null
  if (values.nextRaceTarget.trim() !== '') {
    target = parseDuration(values.nextRaceTarget) ?? null
    if (target === null) errors.nextRaceTarget = 'Enter a time as h:mm:ss, e.g. 3:29:59'
  }
  if (Object.keys(errors).length > 0) return { errors }
  return {
    input: {
      name: values.name.trim(),
      email: emptyToNull(values.email),
      phone: emptyToNull(values.phone),
      birthDate: emptyToNull(values.birthDate),
      sex: values.sex === '' ? null : values.sex,
      heightM: heightCm === null ? null : heightCm / 100,
      goals: values.goals.trim(),
      tags: values.tags
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
      weeklyDistanceM: weekly === null ? null : Math.round(toMetres(unit, weekly)),
      nextRaceName: emptyToNull(values.nextRaceName),
      nextRaceDate: emptyToNull(values.nextRaceDate),
      nextRaceDistanceM: raceDistance === null ? null : Math.round(toMetres(unit, raceDistance)),
      nextRaceTargetS: target,
      priority: values.priority,
      notes: values.notes.trim()
    }
  }
}

/** Which form field a contract field's error belongs to. */
export const formFieldOf: Record<string, keyof ClientFormValues> = {
  name: 'name',
  email: 'email',
  phone: 'phone',
  birthDate: 'birthDate',
  sex: 'sex',
  heightM: 'heightCm',
  goals: 'goals',
  tags: 'tags',
  weeklyDistanceM: 'weeklyDistance',
  nextRaceName: 'nextRaceName',
  nextRaceDate: 'nextRaceDate',
  nextRaceDistanceM: 'nextRaceDistance',
  nextRaceTargetS: 'nextRaceTarget',
  priority: 'priority',
  notes: 'notes'
}
