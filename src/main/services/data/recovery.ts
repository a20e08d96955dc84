import type { Handlers } from '../handler-table'
import type { FileProblem } from '../../db/file-health'
import type { JobRunner } from '../../jobs/job-runner'
import type { FileStaging } from '../../store/file-staging'
import { fileHandlers, jobHandlers } from './files-and-jobs'
import { listBackups, type BackupInfo } from './backups'
import type { HostControls } from './host-controls'

export type RecoveryOperation =
  | 'app.status'
  | 'app.quit'
  | 'backups.list'
  | 'recovery.restoreLatest'
  | 'recovery.openFile'
  | 'files.begin'
  | 'files.append'
  | 'jobs.list'
  | 'jobs.cancel'

/** What recovery reads from the store host: its folder, its jobs and files, and what is wrong. */
export interface RecoveryHost {
  readonly dataFile: string
  readonly dataDir: string
  readonly jobs: JobRunner
  readonly staging: FileStaging
  readonly problem: FileProblem | undefined
  latestGoodBackup(): BackupInfo | null
}

/**
 * What the recovery screen can do while the data file is closed: say what is wrong, list the
 * backups, restore the newest good one, take another data file from the trainer, or quit.
 */
export function recoveryHandlers(
  host: RecoveryHost,
  controls: HostControls
): Pick<Handlers, RecoveryOperation> {
  return {
    ...fileHandlers(host.staging),
    ...jobHandlers(host.jobs),
    'app.status': () => ({
      state: 'recovery' as const,
      dataFile: host.dataFile,
      problem: host.problem ?? { kind: 'unreadable' as const, message: 'The data file is not open.' },
      latestGoodBackup: host.latestGoodBackup()
    }),
    'app.quit': () => {
      controls.quit()
      return { quitting: true as const }
    },
    'backups.list': () => listBackups(host.dataDir),
    'recovery.restoreLatest': () => controls.restoreLatest(),
    'recovery.openFile': ({ uploadId }) => {
      const { path } = host.staging.uploaded(uploadId)
      return controls.adopt(path)
    }
  }
}
