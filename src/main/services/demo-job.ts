import { openConnection } from '../db/connection'
import { generateDemo, type DemoSummary } from '../demo/generate-demo'
import type { JobContext } from '../jobs/job-context'

/** Job: fills the practice with the demo clients, in one transaction on a job thread. */
export function demoJob(input: { clients: number; now: string }, ctx: JobContext): DemoSummary {
  const db = openConnection(ctx.dataFile, { mustExist: true, busyMs: 60_000 })
  try {
    ctx.progress(0, 1, 'Writing the demo practice')
    const summary = generateDemo(db, { clients: input.clients, today: input.now.slice(0, 10) }, input.now)
    ctx.progress(1, 1)
    return summary
  } finally {
    db.close()
  }
}
