import { dirname } from 'node:path'
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

function failure(error: unknown): Result<unknown> {
  if (error instanceof CancelledError)
    return { ok: false, error: { code: 'cancelled', message: 'Cancelled; nothing was changed.' } }
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
