import type { BackupInfo } from './backups'

/**
 * What the store host can do for handlers: restore a backup, adopt another file, and quit.
 * Declared here, beside the handlers that call it, so the host implements it without the
 * handlers importing the host.
 */
export interface HostControls {
  restore: (name: string) => Promise<{ restored: BackupInfo; safetyBackup: BackupInfo | null }>
  restoreLatest: () => Promise<{ restored: BackupInfo }>
  adopt: (path: string) => Promise<{ clients: number }>
  quit: () => void
}
