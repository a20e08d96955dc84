import type { Database } from 'better-sqlite3'
import { contract, type OperationName, type Output, type ParsedInput, type Result } from '@shared/contract'
import { appHandlers } from './services/app'
import { clientHandlers } from './services/clients'
import { exerciseHandlers } from './services/exercises'
import { handoutHandlers, type ChooseSavePath } from './services/handouts/handlers'
import { logHandlers } from './services/logs'
import { progressHandlers } from './services/progress'
import { programHandlers } from './services/programs'
import { settingsHandlers } from './services/settings'
import { suggestionHandlers } from './services/suggestions'
import { ServiceError } from './services/errors'

/** One handler per operation, typed against the contract: a missing or mistyped one fails tsc. */
export type Handlers = { [N in OperationName]: (input: ParsedInput<N>) => Output<N> | Promise<Output<N>> }

export interface HandlerContext {
  /** The clock, injectable so tests and the demo generator are deterministic. */
  now?: () => string
  /** Where the data file lives, shown to the trainer in Settings. */
  dataFile?: string
  /** The desktop app's save dialog; browser mode has none and downloads instead. */
  chooseSavePath?: ChooseSavePath
}

/** Builds the handler table over one database. */
export function createHandlers(db: Database, context: HandlerContext = {}): Handlers {
  const now = context.now ?? (() => new Date().toISOString())
  return {
    ...clientHandlers(db, now),
    ...exerciseHandlers(db, now),
    ...programHandlers(db, now),
    ...handoutHandlers(db, context.chooseSavePath),
    ...logHandlers(db, now),
    ...progressHandlers(db, now),
    ...suggestionHandlers(db, now),
    ...settingsHandlers(db),
    ...appHandlers(db, now, context.dataFile ?? db.name)
  }
}

function isOperation(name: string): name is OperationName {
  return Object.hasOwn(contract, name)
}

function failure(error: unknown): Result<unknown> {
  if (error instanceof ServiceError) {
    return { ok: false, error: { code: error.code, message: error.message, field: error.field } }
  }
  return {
    ok: false,
    error: { code: 'internal', message: error instanceof Error ? error.message : String(error) }
  }
}

/** Validates the input and runs the handler; the value may be a promise (handouts write files). */
function run(handlers: Handlers, name: string, input: unknown): Result<unknown> | Promise<Result<unknown>> {
  if (!isOperation(name)) {
    return { ok: false, error: { code: 'unknown_operation', message: `Unknown operation "${name}".` } }
  }
  const parsed = contract[name].input.safeParse(input ?? {})
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const field = issue?.path.join('.') || undefined
    return {
      ok: false,
      error: {
        code: 'validation',
        message: field ? `${field}: ${issue?.message}` : (issue?.message ?? 'Invalid input.'),
        field
      }
    }
  }
  try {
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
    return {
      ok: false,
      error: { code: 'internal', message: `${name} answers asynchronously; use dispatchAsync.` }
    }
  }
  return result
}
