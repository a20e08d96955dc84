import type { Handlers } from '../../dispatch'
import type { HostControls, StoreHost } from '../../store/store-host'
import { fileHandlers, jobHandlers } from './files-and-jobs'
import { listBackups } from './backups'

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

/**
 * What the recovery screen can do while the data file is closed: say what is wrong, list the
 * backups, restore the newest good one, take another data file from the trainer, or quit.
 */
export function recoveryHandlers(host: StoreHost, controls: HostControls): Pick<Handlers, RecoveryOperation> {
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
