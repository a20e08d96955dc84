import { afterEach, describe, expect, it } from 'vitest'
import { openDatabaseBefore } from '../../../test/support/test-db'
import { listClientPage } from './clients'
import { openDatabase } from './connection'
import * as m0008 from './migrations/0008-client-list-facts'

let cleanup: () => void = () => {}
afterEach(() => cleanup())

describe('migration 0008: the client list facts on the client row', () => {
  it("fills an existing practice's last sessions, active programs and injuries, and lists them", () => {
    const { db: old, file, cleanup: remove } = openDatabaseBefore(m0008.up)
    cleanup = remove
    old.exec(`
      INSERT INTO clients (id, name, name_folded, created_at, updated_at) VALUES
        (1, 'Ann', 'ann', 'x', 'x'), (2, 'Bea', 'bea', 'x', 'x');
      INSERT INTO sessions (client_id, date, created_at) VALUES
        (1, '2026-10-01', 'x'), (1, '2026-11-02', 'x'), (1, '2026-09-15', 'x');
      INSERT INTO programs (client_id, name, status, created_at, updated_at) VALUES
        (1, 'Old block', 'completed', 'x', 'x'), (1, 'Marathon build', 'active', 'x', 'x'),
        (2, 'Draft', 'draft', 'x', 'x');
      INSERT INTO injuries (client_id, body_area, resolved_on) VALUES
        (1, 'shin', NULL), (1, 'hip', '2026-01-01'), (1, 'calf', NULL)`)
    old.close()

    const db = openDatabase(file)
    const rows = listClientPage(db, 'all', null, 10).rows
    expect(rows.map((row) => [row[1], row[7], row[8], row[9]])).toEqual([
      ['Ann', 'Marathon build', '2026-11-02', ['shin', 'calf']],
      ['Bea', null, null, []]
    ])
    const indexed = db.prepare("SELECT name FROM pragma_index_info('clients_list')").pluck().all()
    expect(indexed).toEqual(
      expect.arrayContaining(['active_program_name', 'last_session_date', 'active_injury_areas'])
    )
    db.close()
  })
})
