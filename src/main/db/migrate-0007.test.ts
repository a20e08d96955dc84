import { afterEach, describe, expect, it } from 'vitest'
import { openDatabaseBefore } from '../../../test/support/test-db'
import { openDatabase } from './connection'
import * as m0007 from './migrations/0007-client-list'

let cleanup: () => void = () => {}
afterEach(() => cleanup())

describe('migration 0007: the client list index', () => {
  it("indexes an existing practice's clients for the list, keeping them", () => {
    const { db: old, file, version: before, cleanup: remove } = openDatabaseBefore(m0007.up)
    cleanup = remove
    old.exec(`INSERT INTO clients (name, name_folded, created_at, updated_at) VALUES
      ('Zoë', 'zoe', 'x', 'x'), ('Ann', 'ann', 'x', 'x')`)
    old.close()

    const db = openDatabase(file)
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
