import { dirname } from 'node:path'
import type { Database } from 'better-sqlite3'
import { inlineExecutor } from '../jobs/inline-executor'
import { JobRunner } from '../jobs/job-runner'
import { FileStaging } from '../store/file-staging'
import { appHandlers } from './app'
import { clientHandlers } from './clients'
import { dataHandlers } from './data/handlers'
import type { HostControls } from './data/host-controls'
import { exerciseHandlers } from './exercises'
import { handoutHandlers } from './handouts/handlers'
import type { ChooseSavePath } from './save-path'
import type { Handlers } from './handler-table'
import { logHandlers } from './logs'
import { progressHandlers } from './progress'
import { programHandlers } from './programs'
import { settingsHandlers } from './settings'
import { suggestionHandlers } from './suggestions'
import { weekPlanHandlers } from './week-plans'

/*
 * The server's composition root: every service's handlers joined into one table over one
 * database. The dispatcher and the store host take the table from here; no service imports
 * this file, so the arrows run one way (host -> root -> services -> db).
 */

export type { Handlers } from './handler-table'
export type { HostControls } from './data/host-controls'

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
