import { afterEach, describe, expect, it } from 'vitest'
import { openDatabaseBefore } from '../../../test/support/test-db'
import { openDatabase } from './connection'
import * as m0006 from './migrations/0006-imports'

let cleanup: () => void = () => {}
afterEach(() => cleanup())

describe('migration 0006: import keys and remembered exercise names', () => {
  it('migrates the version before it, keeping its logs, and cascades keys with their session', () => {
    const { db: old, file, version: before, cleanup: remove } = openDatabaseBefore(m0006.up)
    cleanup = remove
    old.exec(`
      INSERT INTO clients (id, name, name_folded, created_at, updated_at) VALUES (1, 'Zoë', 'zoe', 'x', 'x');
      INSERT INTO sessions (id, client_id, date, created_at) VALUES (1, 1, '2024-03-04', 'x');
    `)
    old.close()

    const db = openDatabase(file)
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThan(before)
    expect(db.prepare('SELECT count(*) FROM sessions').pluck().get()).toBe(1)
    db.prepare(
      "INSERT INTO import_keys (client_id, key, session_id) VALUES (1, 'hevy|2024-03-04T07:12|Push', 1)"
    ).run()
    db.prepare('DELETE FROM sessions WHERE id = 1').run()
    expect(db.prepare('SELECT count(*) FROM import_keys').pluck().get()).toBe(0)
    expect(() =>
      db
        .prepare(
          "INSERT INTO exercise_name_map (name_folded, target, exercise_id) VALUES ('x', 'exercise', NULL)"
        )
        .run()
    ).toThrow(/CHECK/)
    db.prepare("INSERT INTO exercise_name_map (name_folded, target) VALUES ('treadmill', 'run')").run()
    const plan = db
      .prepare('EXPLAIN QUERY PLAN DELETE FROM import_keys WHERE session_id = 1')
      .all() as Array<{ detail: string }>
    expect(plan.map((r) => r.detail).join('\n')).toMatch(/import_keys_session/)
    db.close()
  })
})
