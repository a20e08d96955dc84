import { handoutOptionsSchema, logSheetFromWeekOf, type HandoutOptions } from '../handout/model'
import { readField, typedNumber } from './typed-fields'

// With log sheets ticked both numbers are needed: an empty field means neither "none" nor "this week".
const weeksField = typedNumber(handoutOptionsSchema.shape.logSheetWeeks.unwrap().unwrap())

/** The handout dialog's log-sheet fields, as typed. */
export interface LogSheetText {
  on: boolean
  weeks: string
  fromWeek: string
}

/** The log-sheet fields the dialog shows a message under. */
export type LogSheetField = 'logSheetWeeks' | 'logSheetFromWeek'

/**
 * The handout dialog's options for a program of `programWeeks` weeks: the choices made with
 * checkboxes and selects, and the log-sheet numbers read from what was typed and checked by the
 * contract's fields for that program (as the store checks them again); or each field's message.
 */
export function readHandoutForm(
  chosen: HandoutOptions,
  typed: LogSheetText,
  programWeeks: number
): { ok: true; options: HandoutOptions } | { ok: false; errors: Partial<Record<LogSheetField, string>> } {
  if (!typed.on) return { ok: true, options: { ...chosen, logSheetWeeks: null, logSheetFromWeek: undefined } }
  const weeks = readField('logSheetWeeks', weeksField, typed.weeks)
  const fromWeek = readField(
    'logSheetFromWeek',
    typedNumber(logSheetFromWeekOf(programWeeks)),
    typed.fromWeek
  )
  if ('value' in weeks && 'value' in fromWeek) {
    return { ok: true, options: { ...chosen, logSheetWeeks: weeks.value, logSheetFromWeek: fromWeek.value } }
  }
  return {
    ok: false,
    errors: {
      ...('error' in weeks ? { logSheetWeeks: weeks.error } : {}),
      ...('error' in fromWeek ? { logSheetFromWeek: fromWeek.error } : {})
    }
  }
}
