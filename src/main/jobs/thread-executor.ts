import { Worker } from 'node:worker_threads'
import { CancelledError } from '../db/backup'
import type { JobEnvironment, SerializedError } from './job-context'
import { reviveError, type JobExecutor } from './job-runner'
import type { JobKind } from './job-table'

/** Messages between the runner and a job worker (see job-worker.ts). */
export type ToWorker = {
  type: 'run'
  kind: JobKind
  input: unknown
  env: JobEnvironment
  cancel: SharedArrayBuffer
}
export type FromWorker =
  | { type: 'progress'; done: number; total: number; step?: string }
  | { type: 'done'; value: unknown }
  | { type: 'failed'; error: SerializedError }

interface Slot {
  worker: Worker
  busy: boolean
}

/**
 * Runs jobs on worker threads kept alive between jobs (a handout's font is parsed once per
 * worker, not per handout). Each worker runs one job at a time; the runner decides how many run.
 * A worker that dies takes only its own job with it: the job fails and a fresh worker replaces it.
 */
export function threadExecutor(workerFile: string): JobExecutor {
  const slots: Slot[] = []

  function freeSlot(): Slot {
    const idle = slots.find((slot) => !slot.busy)
    if (idle) return idle
    const slot: Slot = { worker: new Worker(workerFile), busy: false }
    slot.worker.unref()
    slots.push(slot)
    return slot
  }

  return {
    execute(kind, input, env, cancelFlag, onProgress) {
      const slot = freeSlot()
      slot.busy = true
      return new Promise((resolve, reject) => {
        const finish = (): void => {
          slot.worker.off('message', onMessage)
          slot.worker.off('error', onError)
          slot.worker.off('exit', onExit)
          slot.busy = false
        }
        const onMessage = (message: FromWorker): void => {
          if (message.type === 'progress') return onProgress(message.done, message.total, message.step)
          finish()
          if (message.type === 'done') resolve(message.value)
          else reject(reviveError(message.error))
        }
        const drop = (): void => {
          const index = slots.indexOf(slot)
          if (index >= 0) slots.splice(index, 1)
        }
        const onError = (error: Error): void => {
          finish()
          drop()
          void slot.worker.terminate()
          reject(error)
        }
        const onExit = (code: number): void => {
          finish()
          drop()
          reject(
            Atomics.load(cancelFlag, 0) === 1
              ? new CancelledError()
              : new Error(`The background task stopped (exit code ${code}).`)
          )
        }
        slot.worker.on('message', onMessage)
        slot.worker.on('error', onError)
        slot.worker.on('exit', onExit)
        const message: ToWorker = {
          type: 'run',
          kind,
          input,
          env,
          cancel: cancelFlag.buffer as SharedArrayBuffer
        }
        slot.worker.postMessage(message)
      })
    },
    async close() {
      await Promise.all(slots.splice(0).map((slot) => slot.worker.terminate()))
    },
    warm() {
      if (slots.length === 0) freeSlot()
    }
  }
}
