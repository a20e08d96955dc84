import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Database } from 'better-sqlite3'
import { listGoalsLength } from '@shared/contract'
import { openTestDatabase } from '../test-db'
import { clientCounts, clientListSql, insertClient, insertInjury, listClientSummaries, setClientStatus } from './clients'
import { clientInputSchema } from '@shared/contract'

const NOW = '2026-11-24T10:00:00.000Z'
let db: Database
let cleanup: () => void

beforeEach(() => {
  ;({ db, cleanup } = openTestDatabase())
})
afterEach(() => cleanup())

const add = (fields: Record<string, unknown>) => insertClient(db, clientInputSchema.parse(fields), NOW)

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
    const rows = listClientSummaries(db, 'active')
    expect(rows.map((r) => r.name)).toEqual(['Élodie Fournier', 'Zoë Ward'])
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual(
      [
        'activeInjuryAreas',
        'activeProgramName',
        'goals',
        'id',
        'lastSessionDate',
        'name',
        'nextRaceDate',
        'nextRaceDistanceM',
        'nextRaceName',
        'tags'
      ].sort()
    )
    expect(rows[0]).toMatchObject({ nextRaceName: 'Lyon 10K', nextRaceDate: '2027-03-01', nextRaceDistanceM: 10_000, tags: [] })
    expect(rows[1]).toMatchObject({ goals: 'Sub-4 marathon', tags: ['marathon'], activeInjuryAreas: [] })
  })

  it('cuts long goals to what a row can show, with an ellipsis', () => {
    add({ name: 'Ann', goals: 'é'.repeat(listGoalsLength + 50) })
    add({ name: 'Bea', goals: 'b'.repeat(listGoalsLength) })
    const [ann, bea] = listClientSummaries(db, 'active')
    expect(ann?.goals).toBe(`${'é'.repeat(listGoalsLength - 1)}…`)
    expect(bea?.goals).toBe('b'.repeat(listGoalsLength))
  })

  it('filters by status in SQL and counts both statuses', () => {
    const ann = add({ name: 'Ann' })
    add({ name: 'Bea' })
    setClientStatus(db, ann.id, 'archived', NOW)
    expect(listClientSummaries(db, 'active').map((r) => r.name)).toEqual(['Bea'])
    expect(listClientSummaries(db, 'archived').map((r) => r.name)).toEqual(['Ann'])
    expect(listClientSummaries(db, 'all').map((r) => r.name)).toEqual(['Ann', 'Bea'])
    expect(clientCounts(db)).toEqual({ active: 1, archived: 1 })
  })

  it('lists active injuries only', () => {
    const ann = add({ name: 'Ann' })
    insertInjury(db, { clientId: ann.id, bodyArea: 'knee', note: '', since: null, resolvedOn: null })
    insertInjury(db, { clientId: ann.id, bodyArea: 'shin', note: '', since: null, resolvedOn: null })
    insertInjury(db, { clientId: ann.id, bodyArea: 'hip', note: '', since: null, resolvedOn: '2026-01-01' })
    expect(listClientSummaries(db, 'active')[0]?.activeInjuryAreas.sort()).toEqual(['knee', 'shin'])
  })

  it('walks a name-ordered index and looks each row up by index, at any size of practice', () => {
    for (const [sql, index, params] of [
      [clientListSql.status, 'SEARCH c USING INDEX clients_status_name (status=?)', ['active']],
      [clientListSql.all, 'SCAN c USING INDEX clients_name', []]
    ] as const) {
      const lines = plan(sql, ...params)
      expect(lines).toContain(index)
      // No sort of every client, no scan of the logs: each lookup is one client's index range.
      expect(lines.join('\n')).not.toMatch(/TEMP B-TREE/)
      expect(lines).toContain('SEARCH s USING COVERING INDEX sessions_client_date (client_id=?)')
      expect(lines).toContain('SEARCH i USING INDEX injuries_active (client_id=?)')
      expect(lines.some((line) => /^SEARCH p USING INDEX programs_\w+ \(client_id=\?/.test(line))).toBe(true)
    }
  })
})
