import { clientInputSchema, type Client, type ClientInput } from '../contract'
import { formatDuration, metresTo, type DistanceUnit } from '../units'
import {
  emptyAsNull,
  shownNumber,
  typedDistance,
  typedDuration,
  typedList,
  typedNumber
} from './typed-fields'
import { onTheClock } from './clock-rules'

const fields = clientInputSchema.shape

/** The client form's values: what the trainer sees and types, keyed like the contract's fields. */
export type ClientFormValues = {
  [K in keyof ClientInput]: K extends 'priority' ? ClientInput[K] : string
}

/** The client form's text for a stored client (or an empty form), in the trainer's distance unit. */
export function clientFormValues(client: Client | undefined, unit: DistanceUnit): ClientFormValues {
  return {
    name: client?.name ?? '',
    email: client?.email ?? '',
    phone: client?.phone ?? '',
    birthDate: client?.birthDate ?? '',
    sex: client?.sex ?? '',
    heightM: shownNumber(client?.heightM != null ? client.heightM * 100 : null, 1),
    goals: client?.goals ?? '',
    tags: client?.tags.join(', ') ?? '',
    weeklyDistanceM: shownNumber(
      client?.weeklyDistanceM != null ? metresTo(unit, client.weeklyDistanceM) : null,
      1
    ),
    nextRaceName: client?.nextRaceName ?? '',
    nextRaceDate: client?.nextRaceDate ?? '',
    // Enough decimals for every race in km (21.0975); miles never come out round anyway.
    nextRaceDistanceM: shownNumber(
      client?.nextRaceDistanceM != null ? metresTo(unit, client.nextRaceDistanceM) : null,
      unit === 'km' ? 4 : 2
    ),
    nextRaceTargetS: client?.nextRaceTargetS != null ? formatDuration(client.nextRaceTargetS) : '',
    priority: client?.priority ?? 'balanced',
    notes: client?.notes ?? ''
  }
}

/**
 * The client form's schema: `clients.create`'s input, with each typed field read from the
 * trainer's units (height in cm, distances in km or miles, the target as h:mm:ss). When editing,
 * a number left as it was shown keeps the stored value exactly: showing 42,195 m in miles and
 * reading it back must not turn it into 42,196 m. With `today`, the birth date and the race date
 * are also checked against it.
 */
export function clientFormSchema(unit: DistanceUnit, original?: Client, today?: string) {
  const shown = original ? clientFormValues(original, unit) : undefined
  const kept = (key: 'heightM' | 'weeklyDistanceM' | 'nextRaceDistanceM' | 'nextRaceTargetS') => {
    const value = original?.[key]
    return shown && value != null ? { text: shown[key], value } : undefined
  }
  return clientInputSchema.extend({
    email: emptyAsNull(fields.email),
    phone: emptyAsNull(fields.phone),
    birthDate: emptyAsNull(onTheClock(fields.birthDate, 'past', today)),
    sex: emptyAsNull(fields.sex),
    heightM: typedNumber(fields.heightM, {
      toStored: (cm) => Math.round(cm * 10) / 1000,
      shown: kept('heightM')
    }),
    tags: typedList(fields.tags),
    weeklyDistanceM: typedDistance(fields.weeklyDistanceM, unit, { shown: kept('weeklyDistanceM') }),
    nextRaceName: emptyAsNull(fields.nextRaceName),
    nextRaceDate: emptyAsNull(onTheClock(fields.nextRaceDate, 'ahead', today, original?.nextRaceDate)),
    nextRaceDistanceM: typedDistance(fields.nextRaceDistanceM, unit, {
      race: true,
      shown: kept('nextRaceDistanceM')
    }),
    nextRaceTargetS: typedDuration(fields.nextRaceTargetS, kept('nextRaceTargetS'))
  })
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
