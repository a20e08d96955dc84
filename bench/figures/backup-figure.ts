import { rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { inlineExecutor } from '../../src/main/jobs/inline-executor'
import { JobRunner } from '../../src/main/jobs/job-runner'
import type { Practice } from '../dataset'
import { alternate, type PairResult } from '../pairs'

/**
 * Figure 9, backup against raw `db.backup`. The app side is what "Back up now" runs: the backup
 * job through the job runner (on this thread here; in the app a worker thread runs the same
 * code), with its own connection, the copy switched to a rollback journal so it is one file, the
 * rename into `backups/` and the pruning of old backups. The raw side is the least a script could
 * do: open the file, `db.backup` it to a new file, close. Both read the same practice.
 */
export async function backupFigure(copy: Practice, workDir: string): Promise<PairResult> {
  const dataDir = dirname(copy.file)
  const runner = new JobRunner(inlineExecutor, { dataDir, dataFile: copy.file })
  const rawFile = join(workDir, 'backup-raw.db')
  try {
    return await alternate(
      () => runner.run('backup.create', { reason: 'manual', keep: 2 }, { label: 'Back up now' }),
      async () => {
        rmSync(rawFile, { force: true })
        const source = new BetterSqlite3(copy.file)
        try {
          await source.backup(rawFile)
        } finally {
          source.close()
        }
      },
      { pairs: 7, warmup: 1 }
    )
  } finally {
    await runner.close()
  }
}
