import { dirname } from 'node:path'
import { inlineExecutor } from '../../src/main/jobs/inline-executor'
import { JobRunner } from '../../src/main/jobs/job-runner'

/**
 * Makes today's backup of a practice copy, as "Back up now" does, so the automatic backup of the
 * day is not due when Spotter starts on it: a figure then measures what it names, not a backup
 * that the start schedules and that lands at a moment of chance.
 */
export async function makeTodaysBackup(dataFile: string): Promise<void> {
  const runner = new JobRunner(inlineExecutor, { dataDir: dirname(dataFile), dataFile })
  try {
    await runner.run('backup.create', { reason: 'manual', keep: 1 }, { label: 'Back up now' })
  } finally {
    await runner.close()
  }
}
