import type { Database } from 'better-sqlite3'
import { contract, type OperationName, type Output, type ParsedInput, type Result } from '@shared/contract'
import { appHandlers } from './services/app'
import { clientHandlers } from './services/clients'
import { exerciseHandlers } from './services/exercises'
import { programHandlers } from './services/programs'
import { settingsHandlers } from './services/settings'
import { ServiceError } from './services/errors'

/** One handler per operation, typed against the contract: a missing or mistyped one fails tsc. */
export type Handlers = { [N in OperationName]: (input: ParsedInput<N>) => Output<N> }

export interface HandlerContext {
  /** The clock, injectable so tests and the demo generator are deterministic. */
  now?: () => string
  /** Where the data file lives, shown to the trainer in Settings. */
  dataFile?: string
}

/** Builds the handler table over one database. */
export function createHandlers(db: Database, context: HandlerContext = {}): Handlers {
  const now = context.now ?? (() => new Date().toISOString())
  return {
    ...clientHandlers(db, now),
    ...exerciseHandlers(db, now),
    ...programHandlers(db, now),
    ...settingsHandlers(db),
    ...appHandlers(db, now, context.dataFile ?? db.name)
  }
}

function isOperation(name: string): name is OperationName {
  return Object.hasOwn(contract, name)
}

/**
 * The one entry point both transports call: validates the input with the contract's schema,
 * runs the handler, and returns a result instead of throwing, so errors keep their fields.
 */
export function dispatch(handlers: Handlers, name: string, input: unknown): Result<unknown> {
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
    return { ok: true, value: handler(parsed.data) }
  } catch (error) {
    if (error instanceof ServiceError) {
      return { ok: false, error: { code: error.code, message: error.message, field: error.field } }
    }
    return {
      ok: false,
      error: { code: 'internal', message: error instanceof Error ? error.message : String(error) }
    }
  }
}
