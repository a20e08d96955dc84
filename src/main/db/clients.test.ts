import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Database } from 'better-sqlite3'
import { listGoalsLength } from '@shared/contract'
import { openTestDatabase } from '../test-db'
import { clientSummaryOf } from '@shared/client-list'
import { clientInputSchema, clientListRowSchema } from '@shared/contract'
import { clientCounts, clientListSql, insertClient, insertInjury, listClientRows, setClientStatus } from './clients'

const NOW = '2026-11-24T10:00:00.000Z'
let db: Database
let cleanup: () => void

beforeEach(() => {
  ;({ db, cleanup } = openTestDatabase())
})
afterEach(() => cleanup())

const add = (fields: Record<string, unknown>) => insertClient(db, clientInputSchema.parse(fields), NOW)

/** The list with its values named; every row must also pass the contract's schema. */
const listClientSummaries = (status: 'active' | 'archived' | 'all') =>
  listClientRows(db, status).map((row) => clientSummaryOf(clientListRowSchema.parse(row)))

/** The plan's lines, e.g. "SEARCH c USING INDEX clients_status_name (status=?)". */
function plan(sql: string, ...params: unknown[]): string[] {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map(
    (row) => row.detail
  )
}

describe('the client list', () => {
  it('sends only the columns the table shows, sorted by folded name', () => {
    add({ name: 'Zoë Ward', goals: 'Sub-4 marathon', tags: ['marathon'], email: 'zoe@example.com', notes: 'x'.repeat(5000) })
    add({ name: 'Élodie Fournier', nextRaceName: 'Lyon 10K', nextRaceDate: '2027-03-01', nextRaceDistanceM: 10_000 })
    const rows = listClientSummaries('active')
    expect(rows.map((r) => r.name)).toEqual(['Élodie Fournier', 'Zoë Ward'])
    // Ten values a row, nothing else of the client (no e-mail, no notes).
    expect(listClientRows(db, 'active').map((row) => row.length)).toEqual([10, 10])
    expect(JSON.stringify(listClientRows(db, 'active'))).not.toMatch(/example\.com|xxxx/)
    expect(rows[0]).toMatchObject({ nextRaceName: 'Lyon 10K', nextRaceDate: '2027-03-01', nextRaceDistanceM: 10_000, tags: [] })
    expect(rows[1]).toMatchObject({ goals: 'Sub-4 marathon', tags: ['marathon'], activeInjuryAreas: [] })
  })

  it('cuts long goals to what a row can show, with an ellipsis', () => {
    add({ name: 'Ann', goals: 'é'.repeat(listGoalsLength + 50) })
    add({ name: 'Bea', goals: 'b'.repeat(listGoalsLength) })
    const [ann, bea] = listClientSummaries('active')
    expect(ann?.goals).toBe(`${'é'.repeat(listGoalsLength - 1)}…`)
    expect(bea?.goals).toBe('b'.repeat(listGoalsLength))
  })

  it('filters by status in SQL and counts both statuses', () => {
    const ann = add({ name: 'Ann' })
    add({ name: 'Bea' })
    setClientStatus(db, ann.id, 'archived', NOW)
    expect(listClientSummaries('active').map((r) => r.name)).toEqual(['Bea'])
    expect(listClientSummaries('archived').map((r) => r.name)).toEqual(['Ann'])
    expect(listClientSummaries('all').map((r) => r.name)).toEqual(['Ann', 'Bea'])
    expect(clientCounts(db)).toEqual({ active: 1, archived: 1 })
  })

  it('lists active injuries only', () => {
    const ann = add({ name: 'Ann' })
    insertInjury(db, { clientId: ann.id, bodyArea: 'knee', note: '', since: null, resolvedOn: null })
    insertInjury(db, { clientId: ann.id, bodyArea: 'shin', note: '', since: null, resolvedOn: null })
    insertInjury(db, { clientId: ann.id, bodyArea: 'hip', note: '', since: null, resolvedOn: '2026-01-01' })
    expect(listClientSummaries('active')[0]?.activeInjuryAreas.sort()).toEqual(['knee', 'shin'])
  })

  it('reads the list index in id order and looks each client up by index, at any size of practice', () => {
    for (const [sql, index, params] of [
      [clientListSql.status, 'SEARCH c USING COVERING INDEX clients_list (status=?)', ['active']],
      [clientListSql.all, 'SCAN c USING COVERING INDEX clients_list', []]
    ] as const) {
      const lines = plan(sql, ...params)
      // The clients table itself (with its notes) is never read; only the result is sorted by name.
      expect(lines).toContain(index)
      expect(lines).toContain('USE TEMP B-TREE FOR ORDER BY')
      // No scan of the logs: each lookup is one client's index range.
      expect(lines).toContain('SEARCH s USING COVERING INDEX sessions_client_date (client_id=?)')
      expect(lines).toContain('SEARCH i USING INDEX injuries_active (client_id=?)')
      expect(lines.some((line) => /^SEARCH p USING INDEX programs_\w+ \(client_id=\?/.test(line))).toBe(true)
      expect(lines.filter((line) => /^SCAN /.test(line) && !line.includes('clients_list'))).toEqual([])
    }
  })
})
