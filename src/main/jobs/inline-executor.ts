import { jobContext } from './job-context'
import type { JobExecutor } from './job-runner'
import { loadJob } from './job-table'

/**
 * Runs jobs on the calling thread, through the same job functions a worker runs: for unit tests,
 * where there is no built worker file, and for tools that have no window to keep free.
 */
export const inlineExecutor: JobExecutor = {
  async execute(kind, input, env, cancelFlag, onProgress) {
    const run = (await loadJob(kind)) as (input: unknown, ctx: ReturnType<typeof jobContext>) => unknown
    // Start on a later turn of the event loop, as a worker thread would: the caller's call
    // returns its promise first, and can still be cancelled before any work is done.
    await new Promise((resolve) => setImmediate(resolve))
    return run(input, jobContext(env, cancelFlag, onProgress))
  },
  close: async () => {}
}
