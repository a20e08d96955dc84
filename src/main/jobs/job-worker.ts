import { parentPort } from 'node:worker_threads'
import { jobContext, serializeError } from './job-context'
import { loadJob } from './job-table'
import type { FromWorker, ToWorker } from './thread-executor'

/**
 * The entry of a job worker thread: runs one job at a time from the job table and reports its
 * progress and outcome. Built as its own file (out/main/job-worker.js) beside the app's entries.
 */
const port = parentPort
if (!port) throw new Error('job-worker runs only as a worker thread.')

const send = (message: FromWorker): void => port.postMessage(message)

port.on('message', (message: ToWorker) => {
  void (async () => {
    try {
      const run = (await loadJob(message.kind)) as (
        input: unknown,
        ctx: ReturnType<typeof jobContext>
      ) => unknown
      // Progress is sent at most every 50 ms: a job may report it per row.
      let last = 0
      const ctx = jobContext(message.env, new Int32Array(message.cancel), (done, total, step) => {
        const now = performance.now()
        if (now - last < 50 && done < total) return
        last = now
        send({ type: 'progress', done, total, step })
      })
      send({ type: 'done', value: await run(message.input, ctx) })
    } catch (error) {
      send({ type: 'failed', error: serializeError(error) })
    }
  })()
})
