import { describe, expect, it } from 'vitest'
import type { Database } from 'better-sqlite3'
import { listGoalsLength } from '@shared/contract'
import { useTestDatabase } from '../../../test/support/test-db'
import { clientSummaryOf } from '@shared/client-list'
import { clientInputSchema, clientListRowSchema } from '@shared/contract'
import {
  clientCounts,
  clientListSql,
  insertClient,
  insertInjury,
  listClientPage,
  setClientStatus,
  type ClientListCursor
} from './clients'

const NOW = '2026-11-24T10:00:00.000Z'
let db: Database
useTestDatabase((opened) => (db = opened))

const add = (fields: Record<string, unknown>) => insertClient(db, clientInputSchema.parse(fields), NOW)

/** Every page of the list, as the client-list screen reads it. */
function listClientRows(status: 'active' | 'archived' | 'all', limit = 1000) {
  const rows = []
  let after: ClientListCursor | null = null
  do {
    const page = listClientPage(db, status, after, limit)
    rows.push(...page.rows)
    after = page.next
  } while (after)
  return rows
}

/** The list with its values named; every row must also pass the contract's schema. */
const listClientSummaries = (status: 'active' | 'archived' | 'all') =>
  listClientRows(status).map((row) => clientSummaryOf(clientListRowSchema.parse(row)))

/** The plan's lines, e.g. "SEARCH c USING INDEX clients_status_name (status=?)". */
function plan(sql: string, ...params: unknown[]): string[] {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map(
    (row) => row.detail
  )
}

describe('the client list', () => {
  it('sends only the columns the table shows, sorted by folded name', () => {
    add({
      name: 'Zoë Ward',
      goals: 'Sub-4 marathon',
      tags: ['marathon'],
      email: 'zoe@example.com',
      notes: 'x'.repeat(5000)
    })
    add({
      name: 'Élodie Fournier',
      nextRaceName: 'Lyon 10K',
      nextRaceDate: '2027-03-01',
      nextRaceDistanceM: 10_000
    })
    const rows = listClientSummaries('active')
    expect(rows.map((r) => r.name)).toEqual(['Élodie Fournier', 'Zoë Ward'])
    // Ten values a row, nothing else of the client (no e-mail, no notes).
    expect(listClientRows('active').map((row) => row.length)).toEqual([10, 10])
    expect(JSON.stringify(listClientRows('active'))).not.toMatch(/example\.com|xxxx/)
    expect(rows[0]).toMatchObject({
      nextRaceName: 'Lyon 10K',
      nextRaceDate: '2027-03-01',
      nextRaceDistanceM: 10_000,
      tags: []
    })
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
    // The archived are a range of the status index, not a pass over every client.
    expect(plan("SELECT count(*) FROM clients WHERE status = 'archived'")).toEqual([
      'SEARCH clients USING COVERING INDEX clients_status_name (status=?)'
    ])
  })

  it('gives rows with the same tags equal lists', () => {
    add({ name: 'Ann', tags: ['marathon', 'masters'] })
    add({ name: 'Bea', tags: ['marathon', 'masters'] })
    add({ name: 'Cleo', tags: [] })
    expect(listClientSummaries('active').map((row) => row.tags)).toEqual([
      ['marathon', 'masters'],
      ['marathon', 'masters'],
      []
    ])
  })

  it('lists active injuries only', () => {
    const ann = add({ name: 'Ann' })
    insertInjury(db, { clientId: ann.id, bodyArea: 'knee', note: '', since: null, resolvedOn: null })
    insertInjury(db, { clientId: ann.id, bodyArea: 'shin', note: '', since: null, resolvedOn: null })
    insertInjury(db, { clientId: ann.id, bodyArea: 'hip', note: '', since: null, resolvedOn: '2026-01-01' })
    expect(listClientSummaries('active')[0]?.activeInjuryAreas.sort()).toEqual(['knee', 'shin'])
  })

  it('gives the list a page at a time, each starting where the last ended, same names included', () => {
    const names = ['Ann', 'ann', 'Bea', 'Cleo', 'Dana', 'Eve', 'Éva', 'Fay']
    for (const name of names) add({ name })
    const first = listClientPage(db, 'active', null, 3)
    expect(first.rows.map((row) => row[1])).toEqual(['Ann', 'ann', 'Bea'])
    expect(first.next?.[0]).toBe('bea')
    const byPages = listClientRows('active', 3).map((row) => row[1])
    expect(byPages).toEqual(listClientRows('active', 100).map((row) => row[1]))
    expect(new Set(byPages).size).toBe(names.length)
    // A last page that happens to be full is followed by an empty one.
    expect(listClientPage(db, 'active', null, names.length).next).not.toBeNull()
    expect(listClientPage(db, 'active', listClientPage(db, 'active', null, names.length).next, 3)).toEqual({
      rows: [],
      next: null
    })
  })

  it('reads one range of the list index and nothing else, at any size of practice', () => {
    const lines = plan(clientListSql, { name: '', id: 0, status: 'active', limit: 1000 })
    // The clients table itself (with its notes) is never read, nor any log, and nothing is
    // sorted: the page is a range of the index from the cursor on, the last session, active
    // program and injuries included.
    expect(lines).toEqual([
      expect.stringMatching(/^SEARCH c USING COVERING INDEX clients_list \(name_folded>\?/)
    ])
  })
})
