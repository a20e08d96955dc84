import { metresFromTyped, readTypedNumber } from '../typed-distance'
import { parseDuration, toKg, type DistanceUnit, type MassUnit } from '../units'
import { z } from '../zod'

/**
 * Form fields derived from contract fields. A form holds what the trainer typed (text, in their
 * own units); each helper here reads that text into the value the contract wants and then hands
 * it to the contract's own schema, so every rule and every message stays the contract's:
 *
 *   typedNumber(clientInputSchema.shape.weeklyDistanceM, { toStored: (km) => km * 1000 })
 *
 * Only the reading is written here: "is this a number / a time at all". An empty field stands
 * for "not recorded" (null); a required contract field then says it is required.
 */

/**
 * The contract field a typed value is handed to, seen as taking what the reading produced: the
 * contract's own field accepts it at run time (an optional field also takes `undefined`).
 */
const into = <T extends z.ZodType, I>(target: T) => target as unknown as z.ZodType<z.output<T>, I>

/** What an edit form showed for a stored number: left as shown, the stored value is kept exactly. */
export interface Shown {
  text: string
  value: number
}

/** The text of a date input the browser could not read (02/31/2026); the contract calls it "Not a real date". */
export const unreadableDate = 'unreadable date'

/** Typed text read as a number (decimal comma allowed), converted to the stored unit, then checked by `target`. */
export function typedNumber<T extends z.ZodType>(
  target: T,
  options: { toStored?: (value: number, decimals: number) => number; shown?: Shown } = {}
) {
  return z
    .string()
    .transform((text, ctx): number | null => {
      const trimmed = text.trim()
      if (trimmed === '') return null
      if (options.shown && trimmed === options.shown.text) return options.shown.value
      const typed = readTypedNumber(trimmed)
      if (!typed) {
        ctx.addIssue({ code: 'invalid_type', expected: 'number', input: text })
        return z.NEVER
      }
      return options.toStored ? options.toStored(typed.value, typed.decimals) : typed.value
    })
    .pipe(into<T, number | null>(target))
}

/** A distance typed in the trainer's unit, stored in metres; a race snaps to the standard distance it rounds from. */
export function typedDistance<T extends z.ZodType>(
  target: T,
  unit: DistanceUnit,
  options: { race?: boolean; shown?: Shown } = {}
) {
  return typedNumber(target, {
    shown: options.shown,
    toStored: (value, decimals) =>
      metresFromTyped(value.toFixed(decimals), unit, { race: options.race }) ??
      Math.round(value * (unit === 'km' ? 1000 : 1609.344) * 1000) / 1000
  })
}

/** A weight typed in the trainer's unit, stored in kilograms. */
export function typedMass<T extends z.ZodType>(target: T, unit: MassUnit, shown?: Shown) {
  return typedNumber(target, { shown, toStored: (value) => toKg(unit, value) })
}

/** A time typed as h:mm:ss, m:ss or minutes, stored in seconds. */
export function typedDuration<T extends z.ZodType>(target: T, shown?: Shown) {
  return z
    .string()
    .transform((text, ctx): number | null => {
      const trimmed = text.trim()
      if (trimmed === '') return null
      if (shown && trimmed === shown.text) return shown.value
      const seconds = parseDuration(trimmed)
      if (seconds === undefined) {
        ctx.addIssue({ code: 'custom', params: { rule: 'duration' }, input: text })
        return z.NEVER
      }
      return seconds
    })
    .pipe(into<T, number | null>(target))
}

/** Optional text, a date or a choice: left empty it is "not recorded" (null). */
export function emptyAsNull<T extends z.ZodType>(target: T) {
  return z
    .string()
    .transform((text): string | null => (text.trim() === '' ? null : text))
    .pipe(into<T, string | null>(target))
}

/** A list typed on one line, separated by commas ("marathon, masters"). */
export function typedList<T extends z.ZodType>(target: T) {
  return z
    .string()
    .transform((text) =>
      text
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)
    )
    .pipe(into<T, string[]>(target))
}

/** How a stored number is shown for editing: rounded, never "12.50" or "12.4999". */
export function shownNumber(value: number | null | undefined, decimals: number): string {
  return value == null ? '' : String(Number(value.toFixed(decimals)))
}

/**
 * Reads one typed field on its own (an inline field that saves as the trainer leaves it): the
 * value for the contract, or the contract's message for it. `key` names the field in the
 * message ("setsMax" reads "At most 20 sets").
 */
export function readField<T extends z.ZodType>(
  key: string,
  field: T,
  text: string
): { value: z.output<T> } | { error: string } {
  const result = z.object({ [key]: field }).safeParse({ [key]: text })
  if (result.success) return { value: result.data[key] as z.output<T> }
  return { error: result.error.issues[0]?.message ?? 'Check this field' }
}
