import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Database } from 'better-sqlite3'
import { openTestDatabase } from './test-db'
import { createHandlers, dispatch, type Handlers } from './dispatch'

let db: Database
let handlers: Handlers
let cleanup: () => void

beforeEach(() => {
  const t = openTestDatabase()
  db = t.db
  cleanup = t.cleanup
  handlers = createHandlers(db, () => '2026-11-24T10:00:00.000Z')
})
afterEach(() => cleanup())

const count = (table: string): number => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number

describe('dispatch', () => {
  it('creates, reads, archives, restores a client', () => {
    const created = dispatch(handlers, 'clients.create', {
      name: 'Zoë Łukasz-Ørsted',
      goals: 'Sub-4 marathon'
    })
    expect(created.ok).toBe(true)
    const id = created.ok ? (created.value as { id: number }).id : 0
    expect(dispatch(handlers, 'clients.archive', { id })).toMatchObject({
      ok: true,
      value: { status: 'archived' }
    })
    expect(dispatch(handlers, 'clients.list', {})).toEqual({ ok: true, value: [] })
    expect(dispatch(handlers, 'clients.restore', { id })).toMatchObject({
      ok: true,
      value: { status: 'active' }
    })
    expect(dispatch(handlers, 'clients.list', { status: 'active' })).toMatchObject({
      ok: true,
      value: [{ name: 'Zoë Łukasz-Ørsted', goals: 'Sub-4 marathon' }]
    })
  })

  it.each([
    ['clients.create', { name: '' }, 'name'],
    ['clients.create', { name: 'Ann', email: 'not-an-email' }, 'email'],
    ['clients.create', { name: 'Ann', birthDate: '2026-02-30' }, 'birthDate'],
    ['clients.create', { name: 'Ann', weeklyDistanceM: -5 }, 'weeklyDistanceM'],
    ['clients.update', { id: 1, patch: { nextRaceDate: 'soon' } }, 'patch.nextRaceDate'],
    ['clients.get', { id: 'one' }, 'id'],
    ['injuries.add', { clientId: 1, bodyArea: '', note: '', since: null, resolvedOn: null }, 'bodyArea']
  ])('%s rejects bad input naming the field (%j)', (name, input, field) => {
    const before = count('clients') + count('injuries')
    const result = dispatch(handlers, name, input)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('validation')
      expect(result.error.field).toBe(field)
      expect(result.error.message).toContain(field)
    }
    expect(count('clients') + count('injuries')).toBe(before)
  })

  it('answers an unknown operation and a missing client with typed errors', () => {
    expect(dispatch(handlers, 'clients.explode', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_operation' }
    })
    expect(dispatch(handlers, 'clients.get', { id: 99 })).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'id' }
    })
  })

  it('deleting a client removes every record of theirs', () => {
    const a = dispatch(handlers, 'clients.create', { name: 'Dmitry' })
    const b = dispatch(handlers, 'clients.create', { name: 'Σοφία' })
    const idA = a.ok ? (a.value as { id: number }).id : 0
    const idB = b.ok ? (b.value as { id: number }).id : 0
    for (const clientId of [idA, idB]) {
      dispatch(handlers, 'injuries.add', {
        clientId,
        bodyArea: 'knee',
        note: 'ITB',
        since: '2026-10-01',
        resolvedOn: null
      })
    }
    expect(dispatch(handlers, 'clients.delete', { id: idA })).toEqual({ ok: true, value: { deleted: true } })
    expect(count('clients')).toBe(1)
    expect(db.prepare('SELECT client_id FROM injuries').pluck().all()).toEqual([idB])
  })
})
