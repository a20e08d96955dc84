import type { z } from 'zod'
import { contract, type OperationError, type OperationName, type Result } from '@shared/contract'
import { storeFailure } from './db/store-errors'
import { ServiceError } from './services/errors'
import { CancelledError } from './db/backup'
import type { Handlers } from './services'

function isOperation(name: string): name is OperationName {
  return Object.hasOwn(contract, name)
}

const refusal = (error: OperationError): Result<never> => ({ ok: false, error })

/**
 * The first problem of a failed parse as a refusal: the message from the one error map, the
 * field as a dotted path ("sets.2.reps"; "" for the whole input). An unknown key is named by
 * its own path, so the trainer (or a test) sees which key was refused.
 */
function validationRefusal(issues: readonly z.core.$ZodIssue[]): Result<never> {
  const issue = issues[0]
  if (!issue) return refusal({ code: 'validation', message: 'Check the details and try again.', field: '' })
  const path = issue.path.map(String)
  if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) path.push(issue.keys[0])
  return refusal({ code: 'validation', message: issue.message, field: path.join('.') })
}

/**
 * A thrown error as a typed refusal. Services word their own messages; an older "field: text"
 * message loses its prefix, since the field travels on its own. SQLite's failures get their
 * codes and plain words (store-errors.ts); anything else is a bug, logged for whoever
 * investigates, and the trainer reads what it means for them.
 */
function failure(error: unknown): Result<never> {
  if (error instanceof CancelledError)
    return refusal({ code: 'cancelled', message: 'Cancelled; nothing was changed.', field: '' })
  if (error instanceof ServiceError) {
    const field = error.field ?? ''
    const message =
      field && error.message.startsWith(`${field}: `) ? error.message.slice(field.length + 2) : error.message
    return refusal({ code: error.code, message, field })
  }
  const stored = storeFailure(error)
  if (stored) return refusal({ ...stored, field: '' })
  console.error('Spotter: an operation failed unexpectedly:', error)
  return refusal({
    code: 'internal',
    message:
      'Spotter ran into a problem it did not expect, so nothing was saved. Try again; if it happens again, restart Spotter.',
    field: ''
  })
}

/** Validates the input and runs the handler; the value may be a promise (handouts write files). */
function run(handlers: Handlers, name: string, input: unknown): Result<unknown> | Promise<Result<unknown>> {
  if (!isOperation(name)) {
    return refusal({
      code: 'unknown_operation',
      message: `Spotter has no operation called “${name.slice(0, 80)}”.`,
      field: ''
    })
  }
  try {
    // An absent input means "no options"; anything else, null included, must match the schema.
    const parsed = contract[name].input.safeParse(input === undefined ? {} : input)
    if (!parsed.success) return validationRefusal(parsed.error.issues)
    const handler = handlers[name] as (input: unknown) => unknown
    const value = handler(parsed.data)
    if (value instanceof Promise) {
      return value.then((resolved): Result<unknown> => ({ ok: true, value: resolved }), failure)
    }
    return { ok: true, value }
  } catch (error) {
    return failure(error)
  }
}

/**
 * The one entry point both transports call: validates the input with the contract's schema,
 * runs the handler, and resolves to a result instead of throwing, so errors keep their fields.
 */
export async function dispatchAsync(
  handlers: Handlers,
  name: string,
  input: unknown
): Promise<Result<unknown>> {
  return run(handlers, name, input)
}

/** The same for operations that answer at once: what unit tests of the store use. */
export function dispatch(handlers: Handlers, name: string, input: unknown): Result<unknown> {
  const result = run(handlers, name, input)
  if (result instanceof Promise) {
    return refusal({
      code: 'internal',
      message: `${name} answers asynchronously; use dispatchAsync.`,
      field: ''
    })
  }
  return result
}
