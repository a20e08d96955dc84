import { readdirSync, rmSync } from 'node:fs'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { openTestDatabase } from '../../../test/support/test-db'
import { openDatabase } from './connection'
import { DatabaseTooNewError, latestVersion, migrate, needsBackupBeforeMigrating } from './migrate'
import * as m0001 from './migrations/0001-init'

let cleanup: () => void = () => {}
afterEach(() => cleanup())

describe('migrations', () => {
  it('creates a fresh database at the latest version with WAL and foreign keys on', () => {
    const t = openTestDatabase()
    cleanup = t.cleanup
    expect(t.db.pragma('user_version', { simple: true })).toBe(latestVersion)
    expect(t.db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(t.db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(t.db.pragma('synchronous', { simple: true })).toBe(2)
  })

  it('refuses a database written by a newer Spotter, leaving it untouched', () => {
    const t = openTestDatabase()
    cleanup = t.cleanup
    t.db.pragma(`user_version = ${latestVersion + 1}`)
    t.db.close()
    expect(() => openDatabase(t.file)).toThrow(DatabaseTooNewError)
    expect(() => openDatabase(t.file)).toThrow(/newer Spotter/)
    const raw = new BetterSqlite3(t.file)
    expect(raw.pragma('user_version', { simple: true })).toBe(latestVersion + 1)
    raw.close()
  })

  it('does not back up a brand-new file', () => {
    const t = openTestDatabase()
    cleanup = t.cleanup
    expect(readdirSync(t.dir).filter((f) => f.endsWith('.bak'))).toEqual([])
  })

  it('asks for a backup only for an existing practice at an older version, and each step bumps user_version', () => {
    const t = openTestDatabase()
    cleanup = t.cleanup
    const addColumn = (db: BetterSqlite3.Database): void => {
      db.exec('ALTER TABLE clients ADD COLUMN nickname TEXT')
    }
    const steps = [...Array.from({ length: latestVersion }, () => () => {}), addColumn]
    expect(needsBackupBeforeMigrating(t.db)).toBe(false)
    expect(needsBackupBeforeMigrating(t.db, steps)).toBe(true)
    migrate(t.db, t.file, steps)
    expect(t.db.pragma('user_version', { simple: true })).toBe(latestVersion + 1)
    // The copy is the store opener's job (with the online backup API), not migrate's.
    expect(readdirSync(t.dir).filter((f) => f.endsWith('.bak'))).toEqual([])
    const fresh = new BetterSqlite3(':memory:')
    expect(needsBackupBeforeMigrating(fresh)).toBe(false)
    fresh.close()
  })

  it('rolls a failing step back whole, leaving the version where it was', () => {
    const t = openTestDatabase()
    cleanup = t.cleanup
    const broken = (db: BetterSqlite3.Database): void => {
      db.exec('CREATE TABLE half_done (x INTEGER)')
      throw new Error('boom')
    }
    const steps = [...Array.from({ length: latestVersion }, () => () => {}), broken]
    expect(() => migrate(t.db, t.file, steps)).toThrow('boom')
    expect(t.db.pragma('user_version', { simple: true })).toBe(latestVersion)
    const tables = t.db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").all()
    expect(tables).toEqual([])
  })

  it('migrates a version-1 practice to the whole domain, keeping its clients and injuries', () => {
    const t = openTestDatabase()
    cleanup = t.cleanup
    t.db.close()
    rmSync(t.file)
    const v1 = new BetterSqlite3(t.file)
    v1.pragma('foreign_keys = ON')
    migrate(v1, undefined, [m0001.up])
    v1.prepare(
      `INSERT INTO clients (name, name_folded, created_at, updated_at) VALUES ('Zoë', 'zoe', 'then', 'then')`
    ).run()
    v1.prepare(`INSERT INTO injuries (client_id, body_area) VALUES (1, 'knee')`).run()
    v1.close()

    const db = openDatabase(t.file)
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion)
    expect(db.prepare('SELECT name, tags, sex FROM clients').get()).toEqual({
      name: 'Zoë',
      tags: '[]',
      sex: null
    })
    expect(db.prepare('SELECT body_area FROM injuries').pluck().get()).toBe('knee')
    expect(db.prepare('SELECT count(*) FROM measurement_kinds').pluck().get()).toBe(4)
    db.close()
  })
})
