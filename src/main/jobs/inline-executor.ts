import { jobContext } from './job-context'
import type { JobExecutor } from './job-runner'
import { jobTable, type JobKind } from './job-table'

/**
 * Runs jobs on the calling thread, through the same job functions a worker runs: for unit tests,
 * where there is no built worker file, and for tools that have no window to keep free.
 */
export const inlineExecutor: JobExecutor = {
  async execute(kind, input, env, cancelFlag, onProgress) {
    const run = jobTable[kind as JobKind] as (input: unknown, ctx: ReturnType<typeof jobContext>) => unknown
    // Let the caller's call return its promise before the work starts, as a worker would.
    await Promise.resolve()
    return run(input, jobContext(env, cancelFlag, onProgress))
  },
  close: async () => {}
}
