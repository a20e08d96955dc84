import { ApiError } from '../api/client'
import { errorMessage } from '../api/errors'

/**
 * Which form field an operation's error belongs to: its `field` ("patch.weeklyDistanceM",
 * "sets.2.reps") without the patch prefix, first key first, looked up among the form's own
 * fields (`aliases` names a form field that is called differently from the contract's).
 * Undefined when the error is about no field the form shows; the form then shows it in its footer.
 */
export function formFieldOf(
  errorField: string | undefined,
  fields: readonly string[],
  aliases: Readonly<Record<string, string>> = {}
): string | undefined {
  if (!errorField) return undefined
  const path = fieldPathOf(errorField)
  const head = path[0] ?? ''
  const field = aliases[path.join('.')] ?? aliases[head] ?? head
  return fields.includes(field) ? field : undefined
}

/** An error's field as a path, without an update's "patch." prefix: "patch.steps.2" → ["steps", "2"]. */
export function fieldPathOf(errorField: string): string[] {
  return errorField.replace(/^patch\./, '').split('.')
}

/** A failed save's message and the form field it belongs to (see `formFieldOf`). */
export function serverError(
  error: unknown,
  fields: readonly string[],
  aliases?: Readonly<Record<string, string>>
): { field?: string; message: string } {
  const field = error instanceof ApiError ? formFieldOf(error.field, fields, aliases) : undefined
  return { field, message: errorMessage(error) }
}
