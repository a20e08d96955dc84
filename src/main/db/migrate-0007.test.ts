import { rmSync } from 'node:fs'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { openTestDatabase } from '../../../test/support/test-db'
import { openDatabase } from './connection'
import { migrate, migrations } from './migrate'
import * as m0007 from './migrations/0007-client-list'

let cleanup: () => void = () => {}
afterEach(() => cleanup())

describe('migration 0007: the client list index', () => {
  it("indexes an existing practice's clients for the list, keeping them", () => {
    const t = openTestDatabase()
    cleanup = t.cleanup
    t.db.close()
    rmSync(t.file)
    const before = migrations.indexOf(m0007.up)
    const old = new BetterSqlite3(t.file)
    migrate(old, undefined, migrations.slice(0, before))
    old.exec(`INSERT INTO clients (name, name_folded, created_at, updated_at) VALUES
      ('Zoë', 'zoe', 'x', 'x'), ('Ann', 'ann', 'x', 'x')`)
    old.close()

    const db = openDatabase(t.file)
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThan(before)
    expect(
      db
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND name = 'clients_list'")
        .pluck()
        .get()
    ).toBe('clients_list')
    // Ann (2) before Zoë (1): the index is in the list's order.
    expect(db.prepare('SELECT id FROM clients INDEXED BY clients_list').pluck().all()).toEqual([2, 1])
    expect(db.prepare('SELECT name FROM clients ORDER BY name_folded').pluck().all()).toEqual(['Ann', 'Zoë'])
    db.close()
  })
})
