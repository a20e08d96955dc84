import type { Client, ClientInput } from '@shared/contract'
import { formatDuration, metresTo, parseDuration, type DistanceUnit } from '@shared/units'
import { metresFromTyped, readTypedNumber } from '@shared/typed-distance'

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
    // Enough decimals for every race in km (21.0975); miles never come out round anyway.
    nextRaceDistance:
      client?.nextRaceDistanceM != null
        ? round(metresTo(unit, client.nextRaceDistanceM), unit === 'km' ? 4 : 2)
        : '',
    nextRaceTarget: client?.nextRaceTargetS != null ? formatDuration(client.nextRaceTargetS) : '',
    priority: client?.priority ?? 'balanced',
    notes: client?.notes ?? ''
  }
}

const emptyToNull = (text: string): string | null => (text.trim() === '' ? null : text.trim())

/**
 * Turns typed text into a client input in SI units, or names the fields that cannot be read.
 * Range and format rules beyond "is it a number / a time" are the contract's to check. When
 * editing, a number whose text the trainer left as it was shown keeps the stored value exactly:
 * showing 42,195 m in miles and reading it back must not turn it into 42,196 m.
 */
export function clientInputFrom(
  values: ClientFormValues,
  unit: DistanceUnit,
  original?: Client
): { input: ClientInput } | { errors: Partial<Record<keyof ClientFormValues, string>> } {
  const errors: Partial<Record<keyof ClientFormValues, string>> = {}
  const shown = original ? formValuesFrom(original, unit) : undefined
  const number = (
    key: 'weeklyDistance' | 'nextRaceDistance' | 'heightCm',
    stored: number | null | undefined,
    read: (text: string) => number | undefined
  ): number | null => {
    const text = values[key].trim()
    if (text === '') return null
    if (shown && text === shown[key] && stored != null) return stored
    const value = read(text)
    if (value === undefined) {
      errors[key] = 'Enter a number'
      return null
    }
    return value
  }
  const weekly = number('weeklyDistance', original?.weeklyDistanceM, (text) => metresFromTyped(text, unit))
  const raceDistance = number('nextRaceDistance', original?.nextRaceDistanceM, (text) =>
    metresFromTyped(text, unit, { race: true })
  )
  const heightM = number('heightCm', original?.heightM, (text) => {
    const cm = readTypedNumber(text)?.value
    return cm === undefined ? undefined : Math.round(cm * 10) / 1000
  })
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
      heightM,
      goals: values.goals.trim(),
      tags: values.tags
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
      weeklyDistanceM: weekly,
      nextRaceName: emptyToNull(values.nextRaceName),
      nextRaceDate: emptyToNull(values.nextRaceDate),
      nextRaceDistanceM: raceDistance,
      nextRaceTargetS: target,
      priority: values.priority,
      notes: values.notes.trim()
    }
  }
}

/**
 * The fields of `input` that differ from the stored client: what an edit sends, so saving an
 * unchanged form changes nothing.
 */
export function changedFields(input: ClientInput, original: Client): Partial<ClientInput> {
  const patch: Record<string, unknown> = {}
  for (const key of Object.keys(input) as Array<keyof ClientInput>) {
    if (JSON.stringify(input[key]) !== JSON.stringify(original[key] ?? null)) patch[key] = input[key]
  }
  return patch
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
