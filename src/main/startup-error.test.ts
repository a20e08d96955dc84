import BetterSqlite3 from 'better-sqlite3'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openStore } from './open-store'
import { StartupError } from './startup-error'

/** A failure to open the data at start names the data file and says what to do. */

let root: string
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'spotter-start-'))
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

function startupFailure(dataDir: string): StartupError {
  try {
    openStore(dataDir).db.close()
  } catch (error) {
    expect(error).toBeInstanceOf(StartupError)
    return error as StartupError
  }
  throw new Error('openStore should have failed')
}

describe('start-up failures', () => {
  it('a data file that is not a database: names it and says to move it aside or put back a copy', () => {
    writeFileSync(join(root, 'spotter.db'), 'these are not the pages you are looking for'.repeat(200))
    const error = startupFailure(root)
    expect(error.message).toContain(join(root, 'spotter.db'))
    expect(error.message).toMatch(/not a Spotter data file.*Move it out/)
  })

  it('a data folder that is a file: names the data file and says how to choose another folder', () => {
    const notAFolder = join(root, 'plain-file')
    writeFileSync(notAFolder, '')
    const error = startupFailure(notAFolder)
    expect(error.message).toContain(join(notAFolder, 'spotter.db'))
    expect(error.message).toMatch(/SPOTTER_DATA_DIR/)
  })

  it('a data file from a newer Spotter: says to install that version', () => {
    const newer = new BetterSqlite3(join(root, 'spotter.db'))
    newer.pragma('user_version = 999')
    newer.close()
    const error = startupFailure(root)
    expect(error.message).toContain(join(root, 'spotter.db'))
    expect(error.message).toMatch(/newer version of Spotter/)
  })

  it('opens a good folder as before', () => {
    const store = openStore(join(root, 'fresh'))
    expect(store.dataFile).toBe(join(root, 'fresh', 'spotter.db'))
    store.db.close()
  })
})
