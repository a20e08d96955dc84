import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Database } from 'better-sqlite3'
import { openDatabase } from './db/connection'
import { dataFileName } from './data-dir'
import { createHandlers, dispatchAsync, type Handlers, type HandlerContext } from './dispatch'
import { installBuiltins } from './services/builtins'
import { StartupError, startupMessage } from './startup-error'
import type { Result } from '@shared/contract'

export interface Store {
  db: Database
  dataFile: string
  handlers: Handlers
  /** The dispatcher bound to this store: what both transports call. */
  run: (name: string, input: unknown) => Promise<Result<unknown>>
}

/**
 * Opens the data file in `dataDir` (creating folder and file on first start), migrates it,
 * adds any built-in exercises and templates it lacks, and builds the handler table. A failure
 * is a StartupError whose message names the data file and says what to do.
 */
export function openStore(dataDir: string, context: Omit<HandlerContext, 'dataFile'> = {}): Store {
  const dataFile = join(dataDir, dataFileName)
  let db: Database
  try {
    mkdirSync(dataDir, { recursive: true })
    db = openDatabase(dataFile)
  } catch (error) {
    throw new StartupError(startupMessage(error, dataFile), dataFile, error)
  }
  try {
    installBuiltins(db, new Date().toISOString())
  } catch (error) {
    db.close()
    throw new StartupError(startupMessage(error, dataFile), dataFile, error)
  }
  const handlers = createHandlers(db, { ...context, dataFile })
  return { db, dataFile, handlers, run: (name, input) => dispatchAsync(handlers, name, input) }
}
