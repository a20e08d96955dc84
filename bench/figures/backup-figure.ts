import type { Database } from 'better-sqlite3'
import { join } from 'node:path'
import { rmSync } from 'node:fs'
import { openDatabase } from '../../src/main/db/connection'
import { createHandlers, type Handlers } from '../../src/main/dispatch'
import { benchNow, type Practice } from '../dataset'
import { alternate, median, type PairResult } from '../pairs'

/**
 * Figure 9, backup against raw `db.backup`: THE SLOT FOR THE BACKUP OPERATION. Spotter has no
 * backup yet (it comes with the data-safety work). When it lands, set `appBackup` to the app's
 * path, the call a trainer's "Back up now" makes, writing to `dest`; the figure is then measured
 * in alternating pairs against SQLite's online backup of the same file. Until then the bench
 * reports the raw time only and the figure as missing, which does not fail the run.
 */
const appBackup: ((handlers: Handlers, db: Database, dest: string) => Promise<unknown>) | undefined =
  undefined

export interface BackupFigure {
  result?: PairResult
  /** SQLite's online backup of the whole practice, median of three, ms. */
  rawMs: number
}

export async function backupFigure(copy: Practice, workDir: string): Promise<BackupFigure> {
  const db = openDatabase(copy.file)
  try {
    const dest = (side: string): string => join(workDir, `backup-${side}.db`)
    const raw = async (): Promise<void> => {
      rmSync(dest('raw'), { force: true })
      await db.backup(dest('raw'))
    }
    const times: number[] = []
    for (let i = 0; i < 3; i++) {
      const started = performance.now()
      await raw()
      times.push(performance.now() - started)
    }
    const rawMs = median(times)
    if (!appBackup) return { rawMs }
    const handlers = createHandlers(db, { now: () => benchNow })
    const app = appBackup
    const result = await alternate(
      async () => {
        rmSync(dest('app'), { force: true })
        await app(handlers, db, dest('app'))
      },
      raw,
      { pairs: 7, warmup: 1 }
    )
    return { result, rawMs }
  } finally {
    db.close()
  }
}
