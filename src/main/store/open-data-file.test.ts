import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../db/connection'
import { latestVersion, migrate, migrations } from '../db/migrate'
import { listBackupFiles } from './backups-folder'
import { openDataFile } from './open-data-file'

let dir: string
let file: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'spotter-open-'))
  file = join(dir, 'spotter.db')
})
afterEach(() => {
  if (existsSync(file)) chmodSync(file, 0o644)
  rmSync(dir, { recursive: true, force: true })
})

/** A practice with a few clients, closed, in rollback-journal mode so the file is complete on its own. */
function practice(clients = 30): void {
  const db = openDatabase(file)
  const insert = db.prepare(
    "INSERT INTO clients (name, name_folded, notes, created_at, updated_at) VALUES (?, ?, ?, 'x', 'x')"
  )
  db.transaction(() => {
    for (let i = 0; i < clients; i++) insert.run(`Client ${i}`, `client ${i}`, 'n'.repeat(2000))
  })()
  db.pragma('journal_mode = DELETE')
  db.close()
}

async function problemOf(): Promise<string | undefined> {
  const outcome = await openDataFile(file, dir)
  if ('db' in outcome) {
    outcome.db.close()
    return undefined
  }
  return outcome.problem.kind
}

describe('opening the data file', () => {
  it('opens a good practice, and a missing file in an empty folder as a new practice', async () => {
    practice()
    expect(await problemOf()).toBeUndefined()
    rmSync(file)
    const outcome = await openDataFile(file, dir)
    expect('db' in outcome && outcome.created).toBe(true)
    if ('db' in outcome) outcome.db.close()
  })

  it('sends a 0-byte file to recovery and leaves it as it was', async () => {
    writeFileSync(file, '')
    expect(await problemOf()).toBe('empty')
    expect(statSync(file).size).toBe(0)
  })

  it('sends a truncated file to recovery', async () => {
    practice()
    const bytes = readFileSync(file)
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)))
    expect(await problemOf()).toBe('truncated')
  })

  it('sends a garbage file to recovery', async () => {
    writeFileSync(file, Buffer.from('This is a shopping list, not a database.\n'.repeat(200)))
    expect(await problemOf()).toBe('not_database')
  })

  it('sends a file with one corrupted page to recovery instead of accepting writes', async () => {
    practice()
    const pageSize = 4096
    const fd = openSync(file, 'r+')
    // Page 3 onwards holds table b-trees; scribble over one page's header and cells.
    writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, pageSize * 4)
    closeSync(fd)
    expect(await problemOf()).toBe('corrupt')
  })

  it('sends a read-only file to recovery, so no save fails later with a raw SQLite message', async () => {
    practice()
    chmodSync(file, 0o444)
    expect(await problemOf()).toBe('readonly')
  })

  it('sends an unreadable data file (a folder in its place) to recovery', async () => {
    mkdirSync(file)
    expect(await problemOf()).toBe('unreadable')
    rmSync(file, { recursive: true })
  })

  it('never starts an empty practice where the file is gone but backups exist', async () => {
    mkdirSync(join(dir, 'backups'))
    writeFileSync(join(dir, 'backups', 'spotter-2026-01-01T00-00-00.000Z-daily.db'), 'x')
    expect(await problemOf()).toBe('missing')
    expect(existsSync(file)).toBe(false)
  })

  it('refuses a file from a newer Spotter', async () => {
    practice()
    const db = new BetterSqlite3(file)
    db.pragma(`user_version = ${latestVersion + 1}`)
    db.close()
    expect(await problemOf()).toBe('too_new')
  })

  it('backs an older practice up with the online backup API before migrating it', async () => {
    const old = new BetterSqlite3(file)
    migrate(old, undefined, migrations.slice(0, latestVersion - 1))
    old
      .prepare(
        "INSERT INTO clients (name, name_folded, created_at, updated_at) VALUES ('Zoë', 'zoe', 'x', 'x')"
      )
      .run()
    old.close()
    const outcome = await openDataFile(file, dir)
    expect('db' in outcome).toBe(true)
    if ('db' in outcome) {
      expect(outcome.db.pragma('user_version', { simple: true })).toBe(latestVersion)
      outcome.db.close()
    }
    const [backup] = listBackupFiles(dir)
    expect(backup?.reason).toBe(`before-v${latestVersion}`)
    const copy = new BetterSqlite3(backup!.path, { readonly: true })
    expect(copy.pragma('user_version', { simple: true })).toBe(latestVersion - 1)
    expect(copy.prepare('SELECT name FROM clients').pluck().all()).toEqual(['Zoë'])
    copy.close()
  })
})
