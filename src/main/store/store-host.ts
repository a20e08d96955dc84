import { existsSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import type { Database } from 'better-sqlite3'
import type { Result } from '@shared/contract'
import { CancelledError } from '../db/backup'
import type { FileProblem } from '../db/file-health'
import { latestVersion } from '../db/migrate'
import { dataFileName } from '../data-dir'
import { dispatchAsync } from '../dispatch'
import { createHandlers, type HandlerContext, type Handlers, type HostControls } from '../services'
import { JobRunner, type JobExecutor } from '../jobs/job-runner'
import { describeBackup, type BackupInfo } from '../services/data/backups'
import { recoveryHandlers } from '../services/data/recovery'
import { readSettings } from '../services/settings'
import { ServiceError } from '../services/errors'
import { listBackupFiles } from './backups-folder'
import { FileStaging } from './file-staging'
import { StartupError, startupMessage } from '../startup-error'
import { AlreadyRunningError, lockDataFolder } from './instance-lock'
import { openDataFile } from './open-data-file'

export interface HostOptions extends Pick<HandlerContext, 'chooseSavePath'> {
  executor: JobExecutor
  /** Closes the app (desktop) or the server (browser mode) when the trainer asks to quit. */
  onQuit?: () => void
  /** The wall clock, injectable for tests. */
  now?: () => Date
  /** A day, in ms: the automatic backup at start is skipped when a backup is younger than this. */
  dailyMs?: number
  /**
   * How long after the start the job thread starts and the day's backup is made, in ms (default
   * 15 s). Until then the first screen loads with the machine to itself: on two cores, a backup
   * of a large practice beside the window's first load doubled its longest task.
   */
  quietStartMs?: number
}

type State =
  | { kind: 'ready'; db: Database; handlers: Handlers }
  | { kind: 'recovery'; problem: FileProblem }
  | { kind: 'closed' }

/**
 * Owns the data folder for one running Spotter: its lock, the open store (or the problem that
 * keeps it closed), the job runner and the file staging. Both transports call `run`; it answers
 * from the store when it is open, and from the recovery operations when it is not. A restore
 * swaps the store underneath without a restart: calls that arrive meanwhile wait for it.
 */
export class StoreHost {
  readonly dataFile: string
  readonly jobs: JobRunner
  readonly staging: FileStaging
  private state: State = { kind: 'closed' }
  private createdNow = false
  private swapping: Promise<unknown> | undefined
  private release: (() => Promise<void>) | undefined
  private quietStart: NodeJS.Timeout | undefined

  private constructor(
    readonly dataDir: string,
    private readonly options: HostOptions
  ) {
    this.dataFile = join(dataDir, dataFileName)
    this.jobs = new JobRunner(options.executor, { dataDir, dataFile: this.dataFile })
    this.staging = new FileStaging(dataDir)
  }

  /**
   * Takes the data folder's lock (refusing with AlreadyRunningError), then opens the store or
   * settles in recovery. Never throws for a bad data file: that is what the recovery screen is for.
   */
  static async start(dataDir: string, options: HostOptions): Promise<StoreHost> {
    const dataFile = join(dataDir, dataFileName)
    // Anything but a bad data file (a folder that cannot be made or written, a full disk) stops
    // the start with a StartupError that names the data file and says what to do.
    const startupFailure = (error: unknown): StartupError =>
      new StartupError(startupMessage(error, dataFile), dataFile, error)
    let release: () => Promise<void>
    try {
      release = await lockDataFolder(dataDir)
    } catch (error) {
      if (error instanceof AlreadyRunningError) throw error
      throw startupFailure(error)
    }
    let host: StoreHost | undefined
    try {
      host = new StoreHost(dataDir, options)
      host.release = release
      await host.openStore()
      host.afterQuietStart()
      return host
    } catch (error) {
      if (host) await host.close().catch(() => undefined)
      else await release().catch(() => undefined)
      throw startupFailure(error)
    }
  }

  /** The open database, or undefined in recovery. */
  get db(): Database | undefined {
    return this.state.kind === 'ready' ? this.state.db : undefined
  }

  /** The problem the recovery screen shows, or undefined when the store is open. */
  get problem(): FileProblem | undefined {
    return this.state.kind === 'recovery' ? this.state.problem : undefined
  }

  private controls: HostControls = {
    restore: (name) => this.restore(name),
    restoreLatest: () => this.restoreLatest(),
    adopt: (path) => this.adopt(path),
    quit: () => this.options.onQuit?.()
  }

  private async openStore(): Promise<void> {
    const keepBackups = this.state.kind === 'ready' ? readSettings(this.state.db).backupKeep : undefined
    const outcome = await openDataFile(this.dataFile, this.dataDir, { now: this.options.now, keepBackups })
    if ('problem' in outcome) {
      const { message, detail } = outcome.problem
      console.error(
        `${this.dataFile} needs attention: ${message}${detail ? ` (${detail})` : ''} ` +
          'Spotter’s window offers to restore the newest good backup, open another data file, or quit; the file itself is left as it is.'
      )
      this.state = { kind: 'recovery', problem: outcome.problem }
      return
    }
    this.createdNow = outcome.created
    const handlers = createHandlers(outcome.db, {
      dataFile: this.dataFile,
      dataDir: this.dataDir,
      chooseSavePath: this.options.chooseSavePath,
      jobs: this.jobs,
      staging: this.staging,
      host: this.controls
    })
    this.state = { kind: 'ready', db: outcome.db, handlers }
  }

  /** Starts the job thread and the day's backup once the start has had the machine to itself. */
  private afterQuietStart(): void {
    this.quietStart = setTimeout(() => {
      this.quietStart = undefined
      this.jobs.warm()
      // A file made just now holds nothing worth a backup yet.
      if (!this.createdNow) this.scheduleDailyBackup()
    }, this.options.quietStartMs ?? 15_000)
    this.quietStart.unref()
  }

  /** At most one automatic backup a day, made soon after the start on a job thread. */
  private scheduleDailyBackup(): void {
    if (this.state.kind !== 'ready') return
    const now = (this.options.now ?? (() => new Date()))()
    const newest = listBackupFiles(this.dataDir)[0]
    const day = this.options.dailyMs ?? 24 * 3600 * 1000
    if (newest && now.getTime() - Date.parse(newest.createdAt) < day) return
    const keep = readSettings(this.state.db).backupKeep
    this.jobs
      .run(
        'backup.create',
        { reason: 'daily', keep, at: now.toISOString() },
        { label: 'Daily backup', cancellable: true }
      )
      .catch((error: unknown) => {
        if (!(error instanceof CancelledError)) console.error(`The daily backup failed: ${String(error)}`)
      })
  }

  /** Answers one call: from the store when open, from the recovery operations otherwise. */
  async run(name: string, input: unknown): Promise<Result<unknown>> {
    // Progress of the restore itself must still reach the window while everything else waits.
    if (this.swapping && name === 'jobs.list') return { ok: true, value: this.jobs.list() }
    while (this.swapping) await this.swapping.catch(() => undefined)
    if (this.state.kind === 'ready') return dispatchAsync(this.state.handlers, name, input)
    const recovery = recoveryHandlers(this, this.controls)
    if (Object.hasOwn(recovery, name)) return dispatchAsync(recovery as Handlers, name, input)
    return {
      ok: false,
      error: {
        code: 'internal',
        message: 'Spotter’s data file needs attention first: restore a backup, or open another file.',
        field: ''
      }
    }
  }

  /** Runs `swap` with no job and no call touching the data file, then reopens the store. */
  private async swapStore<T>(swap: () => Promise<T>): Promise<T> {
    const work = this.jobs.exclusive(async () => {
      if (this.state.kind === 'ready') this.state.db.close()
      this.state = { kind: 'closed' }
      try {
        return await swap()
      } finally {
        await this.openStore()
      }
    })
    this.swapping = work
    try {
      return await work
    } finally {
      this.swapping = undefined
    }
  }

  private checkedBackup(name: string): BackupInfo {
    const file = listBackupFiles(this.dataDir).find((f) => f.name === name)
    if (!file) throw new ServiceError('not_found', `name: There is no backup called ${name}.`, 'name')
    const info = describeBackup(file)
    if (info.problem)
      throw new ServiceError('validation', `name: This backup can’t be restored. ${info.problem}`, 'name')
    return info
  }

  /**
   * Restores a backup: checks it (integrity, schema version) before anything changes, backs the
   * current data up, puts the backup in place and reopens the store, all without a restart.
   */
  async restore(name: string): Promise<{ restored: BackupInfo; safetyBackup: BackupInfo | null }> {
    const restored = this.checkedBackup(name)
    const keep = this.state.kind === 'ready' ? readSettings(this.state.db).backupKeep : 10
    let safetyBackup: BackupInfo | null = null
    if (this.state.kind === 'ready') {
      safetyBackup = await this.jobs.run(
        'backup.create',
        { reason: 'before-restore', keep: keep + 1 },
        { label: 'Backing up before the restore' }
      )
    }
    const from = join(this.dataDir, 'backups', name)
    const wasOpen = this.state.kind === 'ready'
    await this.swapStore(() => {
      if (!wasOpen) this.keepDamagedFile()
      return this.jobs.runNow('backup.putInPlace', { from }, { label: 'Restoring the backup' })
    })
    if (this.state.kind !== 'ready') {
      throw new ServiceError(
        'internal',
        `The backup was put in place but could not be opened: ${this.problem?.message ?? ''}`
      )
    }
    return { restored, safetyBackup }
  }

  /** From recovery: the newest backup that passes its checks. */
  async restoreLatest(): Promise<{ restored: BackupInfo }> {
    const good = this.latestGoodBackup()
    if (!good) throw new ServiceError('not_found', 'There is no backup that passes its checks.')
    const { restored } = await this.restore(good.name)
    return { restored }
  }

  /** The newest backup that would restore, for the recovery screen. */
  latestGoodBackup(): BackupInfo | null {
    for (const file of listBackupFiles(this.dataDir)) {
      const info = describeBackup(file)
      if (!info.problem) return info
    }
    return null
  }

  /**
   * From recovery: makes another Spotter data file (uploaded by the trainer) the data file. It is
   * checked first; the damaged file is kept beside it under a dated name, never deleted.
   */
  async adopt(path: string): Promise<{ clients: number }> {
    const facts = await this.jobs.run('backup.inspect', { path }, { label: 'Checking the file' })
    if (facts.problem)
      throw new ServiceError(
        'validation',
        `uploadId: This file can’t be opened. ${facts.problem.message}`,
        'uploadId'
      )
    if (facts.schemaVersion > latestVersion)
      throw new ServiceError('validation', 'uploadId: This file is from a newer Spotter.', 'uploadId')
    await this.swapStore(() => {
      this.keepDamagedFile()
      return this.jobs.runNow('backup.putInPlace', { from: path }, { label: 'Opening the file' })
    })
    if (this.state.kind !== 'ready')
      throw new ServiceError('internal', 'The file was put in place but could not be opened.')
    return { clients: facts.clients }
  }

  /** Moves a data file that failed its checks aside under a dated name: it is never deleted. */
  private keepDamagedFile(): void {
    if (!existsSync(this.dataFile)) return
    const stamp = new Date().toISOString().replace(/:/g, '-')
    renameSync(this.dataFile, `${this.dataFile}.damaged-${stamp}`)
    for (const suffix of ['-wal', '-shm']) {
      if (existsSync(`${this.dataFile}${suffix}`))
        renameSync(`${this.dataFile}${suffix}`, `${this.dataFile}.damaged-${stamp}${suffix}`)
    }
  }

  /**
   * Closes the store, stops the job threads and releases the lock. The database closes first and
   * synchronously, so it is closed even when the app quits without waiting for the rest.
   */
  async close(): Promise<void> {
    clearTimeout(this.quietStart)
    if (this.state.kind === 'ready') this.state.db.close()
    this.state = { kind: 'closed' }
    await this.jobs.close()
    await this.release?.().catch(() => undefined)
    this.release = undefined
  }
}
