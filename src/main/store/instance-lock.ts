import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import lockfile from 'proper-lockfile'

/** Raised when another Spotter (desktop or browser mode) already works on this data folder. */
export class AlreadyRunningError extends Error {
  constructor(readonly dataDir: string) {
    super(
      `Spotter is already running on the data folder ${dataDir}; close it first (or wait a few seconds if it has just closed).`
    )
  }
}

/** The lock's path inside the data folder; the desktop app and browser mode use the same one. */
export function lockPath(dataDir: string): string {
  return join(dataDir, 'spotter.lock')
}

/**
 * Takes the one-instance lock on a data folder, before anything opens, migrates or backs up the
 * database in it. proper-lockfile creates the lock with an atomic mkdir and keeps its mtime fresh,
 * so a lock left by a crashed Spotter goes stale on its own after `staleMs`. Returns the release.
 */
export async function lockDataFolder(
  dataDir: string,
  options: { staleMs?: number; onCompromised?: (error: Error) => void } = {}
): Promise<() => Promise<void>> {
  mkdirSync(dataDir, { recursive: true })
  try {
    return await lockfile.lock(dataDir, {
      lockfilePath: lockPath(dataDir),
      stale: options.staleMs ?? 10_000,
      retries: 0,
      // Losing the lock (the folder vanished, a sleep longer than the stale time) must not crash
      // the app mid-save; it is reported, and the next start takes the lock again.
      onCompromised:
        options.onCompromised ?? ((error) => console.error(`Spotter's data folder lock: ${error.message}`))
    })
  } catch (error) {
    if ((error as { code?: string }).code === 'ELOCKED') throw new AlreadyRunningError(dataDir)
    throw error
  }
}
