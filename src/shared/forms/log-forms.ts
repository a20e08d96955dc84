import { contract, type Injury } from '../contract'
import { bodyAreas } from '../schemas/exercise'
import { measurementInputSchema, runInputSchema, sessionFieldsSchema, type Run } from '../schemas/logs'
import { formatDuration, metresTo, type DistanceUnit } from '../units'
import { z } from '../zod'
import { onTheClock } from './clock-rules'
import { emptyAsNull, shownNumber, typedDistance, typedDuration, typedNumber } from './typed-fields'

/**
 * The forms of a client's records (runs, measurements, injuries), each derived from its
 * operation's input: the ids are added when saving, the typed fields are read from the
 * trainer's units here, and every rule stays the contract's. Given `today`, each also checks its
 * dates against the clock as the services do (clock-rules.ts).
 */

const run = runInputSchema.shape

/** The run form's schema: `runs.save`'s input without its ids, distance in the trainer's unit, time as h:mm:ss. */
export function runFormSchema(unit: DistanceUnit, today?: string) {
  return runInputSchema.omit({ id: true, clientId: true }).extend({
    date: emptyAsNull(onTheClock(run.date, 'done', today)),
    distanceM: typedDistance(run.distanceM, unit),
    durationS: typedDuration(run.durationS),
    avgHr: typedNumber(run.avgHr),
    effort: typedNumber(run.effort)
  })
}

/** The run form's text for a stored run, or a new one on `today`. */
export function runFormValues(stored: Run | undefined, unit: DistanceUnit, today: string) {
  return {
    date: stored?.date ?? today,
    kind: stored?.kind ?? 'easy',
    distanceM: shownNumber(stored ? metresTo(unit, stored.distanceM) : null, 2),
    durationS: stored ? formatDuration(stored.durationS) : '',
    avgHr: shownNumber(stored?.avgHr, 0),
    effort: shownNumber(stored?.effort, 0),
    notes: stored?.notes ?? ''
  } satisfies z.input<ReturnType<typeof runFormSchema>>
}

const measurement = measurementInputSchema.shape

/**
 * The measurement form's schema: `measurements.save`'s input without its ids. The value is typed
 * in the unit the kind is shown in (lb, cm) and `toStored` turns it into the stored one, which
 * the contract then bounds.
 */
export function measurementFormSchema(toStored: (kindId: number, value: number) => number, today?: string) {
  return z
    .strictObject({
      kindId: typedNumber(measurement.kindId),
      date: emptyAsNull(onTheClock(measurement.date, 'done', today)),
      value: typedNumber(z.number().nullable())
    })
    .transform((typed) => ({
      ...typed,
      value: typed.value === null ? null : toStored(typed.kindId, typed.value)
    }))
    .pipe(measurementInputSchema.omit({ id: true, clientId: true }))
}

/** An empty date field is "not recorded". */
const dateOrNull = (text: string): string | null => (text.trim() === '' ? null : text)

/** The body-area choice that stands for the trainer's own words, typed in "Other area". */
export const otherBodyArea = 'other'

/**
 * The injury form's schema: `injuries.add`'s own input (with its "resolved on or after it began"
 * rule), the client added, the area either chosen or typed under "Other", and empty dates read
 * as "not recorded". An edit sends the same fields.
 */
export function injuryFormSchema(clientId: number, today?: string) {
  return z
    .strictObject({
      bodyArea: z.string(),
      otherArea: z.string(),
      note: z.string(),
      since: z.string(),
      resolvedOn: z.string()
    })
    .transform(({ bodyArea, otherArea, ...typed }) => ({
      clientId,
      ...typed,
      bodyArea: bodyArea === otherBodyArea ? otherArea : bodyArea,
      since: dateOrNull(typed.since),
      resolvedOn: dateOrNull(typed.resolvedOn)
    }))
    .pipe(
      contract['injuries.add'].input.safeExtend({
        since: onTheClock(injuryFields.since, 'done', today),
        resolvedOn: onTheClock(injuryFields.resolvedOn, 'done', today)
      })
    )
}

const injuryFields = contract['injuries.add'].input.shape

/** The injury form's text for a stored injury (a known area chosen, any other typed), or an empty one. */
export function injuryFormValues(stored: Injury | undefined) {
  const area = stored?.bodyArea ?? ''
  const known = (bodyAreas as readonly string[]).includes(area.trim().toLowerCase())
  return {
    bodyArea: area === '' ? '' : known ? area.trim().toLowerCase() : otherBodyArea,
    otherArea: area !== '' && !known ? area : '',
    note: stored?.note ?? '',
    since: stored?.since ?? '',
    resolvedOn: stored?.resolvedOn ?? ''
  } satisfies z.input<ReturnType<typeof injuryFormSchema>>
}

const session = sessionFieldsSchema.shape

/**
 * The session editor's own fields (its sets are read from the grid, see log-grid): `sessions.save`'s
 * date, duration (typed in minutes), effort and notes, each checked by the contract's rule.
 */
export function sessionHeaderFormSchema(today?: string) {
  return sessionFieldsSchema.pick({ notes: true }).extend({
    date: emptyAsNull(onTheClock(session.date, 'done', today)),
    durationS: typedNumber(session.durationS, { toStored: (minutes) => Math.round(minutes * 60) }),
    effort: typedNumber(session.effort)
  })
}
