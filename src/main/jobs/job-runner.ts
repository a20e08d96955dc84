import { CancelledError } from '../db/backup'
import { ServiceError } from '../services/errors'
import type { JobEnvironment, SerializedError } from './job-context'
import type { JobInput, JobKind, JobOutput } from './job-table'

/** A job as the window sees it: what it is, how far along, and whether it may be stopped. */
export interface JobInfo {
  id: number
  kind: JobKind
  label: string
  state: 'queued' | 'running'
  done: number
  total: number
  step: string
  cancellable: boolean
}

/** Runs one job somewhere (a worker thread, or this thread in tests) and settles with its value. */
export interface JobExecutor {
  execute(
    kind: JobKind,
    input: unknown,
    env: JobEnvironment,
    cancelFlag: Int32Array,
    onProgress: (done: number, total: number, step?: string) => void
  ): Promise<unknown>
  close(): Promise<void>
  /** Gets a thread ready before the first job, so the trainer's first click does not wait for it. */
  warm?(): void
}

export interface JobOptions {
  label: string
  /** Only jobs whose stop leaves nothing half-written may be cancelled. */
  cancellable?: boolean
}

interface Entry {
  info: JobInfo
  cancelFlag: Int32Array
  start: () => void
  reject: (error: Error) => void
}

/** Rebuilds the typed error a job threw on its own thread. */
export function reviveError(error: SerializedError): Error {
  if (error.name === 'CancelledError') return new CancelledError()
  if (error.code && ['validation', 'not_found', 'conflict', 'cancelled', 'internal'].includes(error.code)) {
    return new ServiceError(error.code as ServiceError['code'], error.message, error.field)
  }
  // SQLite's code travels along, so the dispatcher words a full disk or a locked file as such.
  const revived = new Error(error.message)
  if (error.code) Object.assign(revived, { code: error.code })
  return revived
}

/**
 * The one place long work goes: handout layout, backups, restores, exports, imports and the demo
 * practice. Jobs run on the executor (worker threads in the app) so the thread answering calls
 * stays free; at most `concurrency` run at once, the rest wait in order. Progress and cancel
 * requests flow through here, and `exclusive` lets a restore wait until no job touches the file.
 */
export class JobRunner {
  private nextId = 1
  private readonly entries = new Map<number, Entry>()
  private running = 0
  private readonly queue: Entry[] = []
  private exclusiveTurn: Promise<void> | undefined
  private readonly idleWaiters: Array<() => void> = []

  constructor(
    private readonly executor: JobExecutor,
    private env: JobEnvironment,
    private readonly concurrency = 2
  ) {}

  /** Points later jobs at another data file (after "open another file"). */
  setEnvironment(env: JobEnvironment): void {
    this.env = env
  }

  /** Runs a job and resolves with its output; rejects with CancelledError when stopped. */
  run<K extends JobKind>(kind: K, input: JobInput<K>, options: JobOptions): Promise<JobOutput<K>> {
    return this.submit(kind, input, options, false)
  }

  /** Runs a job at once, past the queue: only for the work inside `exclusive`. */
  runNow<K extends JobKind>(kind: K, input: JobInput<K>, options: JobOptions): Promise<JobOutput<K>> {
    return this.submit(kind, input, options, true)
  }

  private submit<K extends JobKind>(
    kind: K,
    input: JobInput<K>,
    options: JobOptions,
    now: boolean
  ): Promise<JobOutput<K>> {
    const id = this.nextId++
    const cancelFlag = new Int32Array(new SharedArrayBuffer(4))
    return new Promise<JobOutput<K>>((resolve, reject) => {
      const info: JobInfo = {
        id,
        kind,
        label: options.label,
        state: 'queued',
        done: 0,
        total: 0,
        step: '',
        cancellable: options.cancellable ?? false
      }
      const entry: Entry = {
        info,
        cancelFlag,
        reject,
        start: () => {
          info.state = 'running'
          this.running++
          // Bookkeeping first: whoever awaits the result finds the runner already moved on.
          const settle = (): void => {
            this.running--
            this.entries.delete(id)
            this.pump()
          }
          this.executor
            .execute(kind, input, this.env, cancelFlag, (done, total, step) => {
              info.done = done
              info.total = total
              if (step !== undefined) info.step = step
            })
            .then(
              (value) => {
                settle()
                resolve(value as JobOutput<K>)
              },
              (error: unknown) => {
                settle()
                reject(error instanceof Error ? error : new Error(String(error)))
              }
            )
        }
      }
      this.entries.set(id, entry)
      if (now) return entry.start()
      this.queue.push(entry)
      this.pump()
    })
  }

  private pump(): void {
    while (!this.exclusiveTurn && this.running < this.concurrency && this.queue.length > 0) {
      const entry = this.queue.shift() as Entry
      if (Atomics.load(entry.cancelFlag, 0) === 1) {
        this.entries.delete(entry.info.id)
        entry.reject(new CancelledError())
        continue
      }
      entry.start()
    }
    // Exclusive work waits for the running jobs only; queued ones wait for it.
    if (this.running === 0) {
      for (const wake of this.idleWaiters.splice(0)) wake()
    }
  }

  /**
   * Runs `fn` once every running job has finished, holding back queued ones until it is done:
   * a restore replaces the data file, which no job may have open meanwhile.
   */
  async exclusive<T>(fn: () => Promise<T>): Promise<T> {
    while (this.exclusiveTurn) await this.exclusiveTurn
    let release: () => void = () => {}
    this.exclusiveTurn = new Promise<void>((resolve) => (release = resolve))
    try {
      if (this.running > 0) await new Promise<void>((resolve) => this.idleWaiters.push(resolve))
      return await fn()
    } finally {
      this.exclusiveTurn = undefined
      release()
      this.pump()
    }
  }

  /** Jobs waiting or running, oldest first. */
  list(): JobInfo[] {
    return [...this.entries.values()].map((entry) => ({ ...entry.info }))
  }

  /** Whether `id` names a job this runner started at some time (running, waiting, or over). */
  issued(id: number): boolean {
    return Number.isInteger(id) && id >= 1 && id < this.nextId
  }

  /** Asks a cancellable job to stop; a queued one never starts. False when it is over or may not stop. */
  cancel(id: number): boolean {
    const entry = this.entries.get(id)
    if (!entry || !entry.info.cancellable) return false
    Atomics.store(entry.cancelFlag, 0, 1)
    const queued = this.queue.indexOf(entry)
    if (queued >= 0) {
      this.queue.splice(queued, 1)
      this.entries.delete(id)
      entry.reject(new CancelledError())
    }
    return true
  }

  /** Starts a job thread ahead of the first job. */
  warm(): void {
    this.executor.warm?.()
  }

  /** Stops the executor's threads; for shutdown. */
  close(): Promise<void> {
    return this.executor.close()
  }
}
