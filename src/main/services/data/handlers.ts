import type { Database } from 'better-sqlite3'
import { dateOfTimestamp } from '@shared/dates'
import type { z } from 'zod'
import type { exportResultSchema } from '@shared/operations/data'
import { getClient } from '../../db/clients'
import type { Handlers } from '../handler-table'
import type { JobRunner } from '../../jobs/job-runner'
import type { FileStaging } from '../../store/file-staging'
import type { HostControls } from './host-controls'
import type { ChooseSavePath, SaveFileKind } from '../save-path'
import { ServiceError } from '../errors'
import { readSettings } from '../settings'
import { listBackups } from './backups'
import { fileHandlers, jobHandlers } from './files-and-jobs'
import packageJson from '../../../../package.json'

type DataOperation =
  | 'app.status'
  | 'app.quit'
  | 'backups.list'
  | 'backups.create'
  | 'backups.restore'
  | 'recovery.restoreLatest'
  | 'recovery.openFile'
  | 'files.begin'
  | 'files.append'
  | 'files.read'
  | 'jobs.list'
  | 'jobs.cancel'
  | 'export.all'
  | 'export.client'
  | 'import.preview'
  | 'import.apply'
  | 'clientsCsv.inspect'
  | 'clientsCsv.preview'
  | 'clientsCsv.apply'
  | 'logImport.inspect'
  | 'logImport.preview'
  | 'logImport.apply'

export interface DataContext {
  dataDir: string
  jobs: JobRunner
  staging: FileStaging
  host?: HostControls
  chooseSavePath?: ChooseSavePath
  now: () => string
}

type ExportResult = z.output<typeof exportResultSchema>

/** The save dialog's words and filter for each kind of export. */
const exportFileKinds: Record<'json' | 'csv', SaveFileKind> = {
  json: { title: 'Save export', filterName: 'JSON', extension: 'json' },
  csv: { title: 'Save export', filterName: 'CSV', extension: 'csv' }
}

const noHost = (): never => {
  throw new ServiceError('internal', 'Restoring needs the running app.')
}

/**
 * Handlers for keeping data safe while the store is open. Every one that reads or writes much runs
 * as a job; the ones here only pick paths, read settings and pass plain data along.
 */
export function dataHandlers(db: Database, context: DataContext): Pick<Handlers, DataOperation> {
  const { jobs, staging, now } = context
  const keep = (): number => readSettings(db).backupKeep
  const stamp = (): string => dateOfTimestamp(now())

  /** Writes an export where the trainer says (desktop), or prepares it as a download (browser). */
  async function exportTo(
    defaultName: string,
    kind: 'json' | 'csv',
    write: (path: string) => Promise<{ bytes: number; fileName?: string }>
  ): Promise<ExportResult> {
    if (context.chooseSavePath) {
      const path = await context.chooseSavePath(defaultName, exportFileKinds[kind])
      if (!path) return { kind: 'cancelled' }
      const { bytes } = await write(path)
      return { kind: 'saved', path, bytes }
    }
    const download = staging.newDownload()
    const { fileName } = await write(download.path)
    const bytes = staging.registerDownload(download.id, download.path)
    return { kind: 'download', downloadId: download.id, fileName: fileName ?? defaultName, bytes }
  }

  const importInput = (uploadId: string, mode: 'replace' | 'merge', apply: boolean) => ({
    path: staging.uploaded(uploadId).path,
    mode,
    apply,
    now: now()
  })

  return {
    ...fileHandlers(staging),
    ...jobHandlers(jobs),
    'files.read': ({ downloadId, offset }) => staging.read(downloadId, offset),
    'app.status': () => ({ state: 'ready' as const }),
    'app.quit': () => {
      context.host?.quit()
      return { quitting: true as const }
    },
    'backups.list': () => listBackups(context.dataDir),
    'backups.create': () =>
      jobs.run(
        'backup.create',
        { reason: 'manual', keep: keep() },
        { label: 'Backing up', cancellable: true }
      ),
    'backups.restore': ({ name }) => (context.host ?? { restore: noHost }).restore(name),
    'recovery.restoreLatest': () => {
      throw new ServiceError('conflict', 'The data file is open and fine; use Restore… in Settings instead.')
    },
    'recovery.openFile': () => {
      throw new ServiceError(
        'conflict',
        'The data file is open and fine; Spotter opens another file only from the recovery screen.'
      )
    },

    'export.all': () =>
      exportTo(`spotter-export-${stamp()}.json`, 'json', (path) =>
        jobs.run(
          'export.all',
          { path, appVersion: packageJson.version, now: now() },
          { label: 'Exporting everything', cancellable: true }
        )
      ),
    'export.client': ({ clientId, format }) => {
      // Refused before the save dialog opens: there is nothing to ask a path for.
      if (!getClient(db, clientId))
        throw new ServiceError('not_found', 'That client is no longer here.', 'clientId')
      return exportTo(`client-${clientId}-data.${format}`, format, (path) =>
        jobs.run(
          'export.client',
          { clientId, format, path, now: now(), appVersion: packageJson.version },
          { label: 'Exporting a client’s data', cancellable: true }
        )
      )
    },
    'import.preview': ({ uploadId, mode }) =>
      jobs.run('import.spotter', importInput(uploadId, mode, false), {
        label: 'Reading the export',
        cancellable: true
      }),
    'import.apply': async ({ uploadId, mode }) => {
      const input = importInput(uploadId, mode, true)
      if (mode === 'replace') {
        await jobs.run(
          'backup.create',
          { reason: 'before-import', keep: keep() + 1 },
          { label: 'Backing up before the import' }
        )
      }
      const summary = await jobs.run('import.spotter', input, { label: 'Importing', cancellable: true })
      staging.discard(uploadId)
      return summary
    },

    'clientsCsv.inspect': ({ uploadId }) =>
      jobs.run('clientsCsv.inspect', { path: staging.uploaded(uploadId).path }, { label: 'Reading the CSV' }),
    'clientsCsv.preview': ({ uploadId, ...options }) =>
      jobs.run(
        'clientsCsv.import',
        { path: staging.uploaded(uploadId).path, ...options, apply: false, now: now() },
        { label: 'Checking the clients', cancellable: true }
      ),
    'clientsCsv.apply': async ({ uploadId, ...options }) => {
      const result = await jobs.run(
        'clientsCsv.import',
        { path: staging.uploaded(uploadId).path, ...options, apply: true, now: now() },
        { label: 'Adding clients', cancellable: true }
      )
      staging.discard(uploadId)
      return result
    },

    'logImport.inspect': ({ uploadId, clientId }) =>
      jobs.run(
        'logImport.inspect',
        { path: staging.uploaded(uploadId).path, clientId },
        { label: 'Reading the workouts' }
      ),
    'logImport.preview': ({ uploadId, ...options }) =>
      jobs.run(
        'logImport.import',
        { path: staging.uploaded(uploadId).path, ...options, apply: false, now: now() },
        { label: 'Checking the workouts', cancellable: true }
      ),
    'logImport.apply': ({ uploadId, ...options }) =>
      jobs.run(
        'logImport.import',
        { path: staging.uploaded(uploadId).path, ...options, apply: true, now: now() },
        { label: 'Importing workouts', cancellable: true }
      )
  }
}
