import BetterSqlite3 from 'better-sqlite3'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { inlineExecutor } from './jobs/inline-executor'
import { StartupError, startupMessage } from './startup-error'
import { StoreHost } from './store/store-host'

/**
 * A start that cannot go on names the data file and says what to do: a StartupError when the
 * folder itself is unusable, and a line naming the file when a bad file sends the window to the
 * recovery screen.
 */

let root: string
let hosts: StoreHost[] = []
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'spotter-start-'))
})
afterEach(async () => {
  for (const host of hosts) await host.close()
  hosts = []
  vi.restoreAllMocks()
  rmSync(root, { recursive: true, force: true })
})

async function start(dataDir: string): Promise<StoreHost> {
  const host = await StoreHost.start(dataDir, { executor: inlineExecutor })
  hosts.push(host)
  return host
}

async function startupFailure(dataDir: string): Promise<StartupError> {
  try {
    await start(dataDir)
  } catch (error) {
    expect(error).toBeInstanceOf(StartupError)
    return error as StartupError
  }
  throw new Error('the start should have failed')
}

/** Starts on a folder whose file needs recovery, and returns what was printed about it. */
async function recoveryLine(dataDir: string): Promise<{ host: StoreHost; line: string }> {
  const printed = vi.spyOn(console, 'error').mockImplementation(() => {})
  const host = await start(dataDir)
  const line = printed.mock.calls.map((args) => args.join(' ')).join('\n')
  return { host, line }
}

describe('start-up failures', () => {
  it('a data folder that is a file: names the data file and says how to choose another folder', async () => {
    const notAFolder = join(root, 'plain-file')
    writeFileSync(notAFolder, '')
    const error = await startupFailure(notAFolder)
    expect(error.message).toContain(join(notAFolder, 'spotter.db'))
    expect(error.message).toMatch(/SPOTTER_DATA_DIR/)
  })

  it('a data file that is not a database: recovery, with a line naming the file and what comes next', async () => {
    writeFileSync(join(root, 'spotter.db'), 'these are not the pages you are looking for'.repeat(200))
    const { host, line } = await recoveryLine(root)
    expect(host.problem?.kind).toBe('not_database')
    expect(line).toContain(join(root, 'spotter.db'))
    expect(line).toMatch(/restore the newest good backup/)
  })

  it('a data file from a newer Spotter: recovery, saying to update Spotter', async () => {
    const newer = new BetterSqlite3(join(root, 'spotter.db'))
    newer.pragma('user_version = 999')
    newer.close()
    const { host, line } = await recoveryLine(root)
    expect(host.problem?.kind).toBe('too_new')
    expect(line).toContain(join(root, 'spotter.db'))
    expect(line).toMatch(/newer Spotter/)
  })

  it('opens a good folder as before', async () => {
    const host = await start(join(root, 'fresh'))
    expect(host.dataFile).toBe(join(root, 'fresh', 'spotter.db'))
    expect(host.problem).toBeUndefined()
    expect(host.db?.open).toBe(true)
  })

  it('words each kind of failure for the trainer, naming the file', () => {
    const file = '/data/spotter.db'
    const cases: Array<[unknown, RegExp]> = [
      [Object.assign(new Error('x'), { code: 'ENOSPC' }), /disk .* is full/],
      [Object.assign(new Error('x'), { code: 'SQLITE_BUSY' }), /in use by another program/],
      [Object.assign(new Error('x'), { code: 'EACCES' }), /SPOTTER_DATA_DIR/],
      [Object.assign(new Error('x'), { code: 'SQLITE_NOTADB' }), /backups folder/],
      [new Error('odd'), /\(odd\)/]
    ]
    for (const [error, words] of cases) {
      const message = startupMessage(error, file)
      expect(message).toContain(file)
      expect(message).toMatch(words)
    }
  })
})
