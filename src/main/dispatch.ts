import { dirname } from 'node:path'
import type { Database } from 'better-sqlite3'
import type { z } from 'zod'
import {
  contract,
  type OperationError,
  type OperationName,
  type Output,
  type ParsedInput,
  type Result
} from '@shared/contract'
import { storeFailure } from './db/store-errors'
import { appHandlers } from './services/app'
import { clientHandlers } from './services/clients'
import { exerciseHandlers } from './services/exercises'
import { handoutHandlers, type ChooseSavePath } from './services/handouts/handlers'
import { logHandlers } from './services/logs'
import { progressHandlers } from './services/progress'
import { programHandlers } from './services/programs'
import { settingsHandlers } from './services/settings'
import { weekPlanHandlers } from './services/week-plans'
import { suggestionHandlers } from './services/suggestions'
import { ServiceError } from './services/errors'
import { CancelledError } from './db/backup'
import { inlineExecutor } from './jobs/inline-executor'
import { JobRunner } from './jobs/job-runner'
import { dataHandlers } from './services/data/handlers'
import { FileStaging } from './store/file-staging'
import type { HostControls } from './store/store-host'

/** One handler per operation, typed against the contract: a missing or mistyped one fails tsc. */
export type Handlers = { [N in OperationName]: (input: ParsedInput<N>) => Output<N> | Promise<Output<N>> }

export interface HandlerContext {
  /** The clock, injectable so tests and the demo generator are deterministic. */
  now?: () => string
  /** Where the data file lives, shown to the trainer in Settings. */
  dataFile?: string
  /** The desktop app's save dialog; browser mode has none and downloads instead. */
  chooseSavePath?: ChooseSavePath
  /** The data folder (backups/, incoming/, outgoing/); defaults to the data file's folder. */
  dataDir?: string
  /** Where long work runs; defaults to this thread, which is what tests want. */
  jobs?: JobRunner
  /** Files sent in pieces from the window; made in the data folder when not given. */
  staging?: FileStaging
  /** Restore and quit, which only the running app's store host can do. */
  host?: HostControls
}

/** Builds the handler table over one database. */
export function createHandlers(db: Database, context: HandlerContext = {}): Handlers {
  const now = context.now ?? (() => new Date().toISOString())
  const dataFile = context.dataFile ?? db.name
  const dataDir = context.dataDir ?? dirname(dataFile)
  const jobs = context.jobs ?? new JobRunner(inlineExecutor, { dataDir, dataFile })
  const staging = context.staging ?? new FileStaging(dataDir)
  return {
    ...clientHandlers(db, now),
    ...exerciseHandlers(db, now),
    ...programHandlers(db, now),
    ...handoutHandlers(db, context.chooseSavePath, jobs),
    ...logHandlers(db, now),
    ...progressHandlers(db, now),
    ...weekPlanHandlers(db, now, context.chooseSavePath),
    ...suggestionHandlers(db, now),
    ...settingsHandlers(db),
    ...appHandlers(now, dataFile, jobs),
    ...dataHandlers(db, {
      dataDir,
      jobs,
      staging,
      host: context.host,
      chooseSavePath: context.chooseSavePath,
      now
    })
  }
}

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
