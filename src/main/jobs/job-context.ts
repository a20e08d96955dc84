import { CancelledError } from '../db/backup'

/** Where a job works: the data folder and file of the store that started it. */
export interface JobEnvironment {
  dataDir: string
  dataFile: string
}

/** What a job function is given besides its input: where the data is, progress, and cancel. */
export interface JobContext extends JobEnvironment {
  /** Reports progress: `done` of `total` units, with an optional words-for-the-trainer step name. */
  progress: (done: number, total: number, step?: string) => void
  /** True once the trainer asked to stop; long loops check it between units of work. */
  isCancelled: () => boolean
  /** Throws CancelledError when cancelled: called inside a transaction, it rolls everything back. */
  throwIfCancelled: () => void
}

/**
 * Builds a job's context over a shared cancel flag. The flag lives in a SharedArrayBuffer so the
 * thread answering calls can raise it while the job's own thread is busy inside a transaction.
 */
export function jobContext(
  env: JobEnvironment,
  cancelFlag: Int32Array,
  progress: JobContext['progress']
): JobContext {
  const isCancelled = (): boolean => Atomics.load(cancelFlag, 0) === 1
  return {
    ...env,
    progress,
    isCancelled,
    throwIfCancelled: () => {
      if (isCancelled()) throw new CancelledError()
    }
  }
}

/** An error as it crosses from a job's thread: enough to rebuild a typed service error. */
export interface SerializedError {
  name: string
  message: string
  code?: string
  field?: string
}

export function serializeError(error: unknown): SerializedError {
  if (error instanceof Error) {
    const { code, field } = error as { code?: unknown; field?: unknown }
    return {
      name: error instanceof CancelledError ? 'CancelledError' : error.name,
      message: error.message,
      code: typeof code === 'string' ? code : undefined,
      field: typeof field === 'string' ? field : undefined
    }
  }
  return { name: 'Error', message: String(error) }
}
