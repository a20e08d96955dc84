import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Database } from 'better-sqlite3'
import { openTestDatabase } from '../../test/support/test-db'
import { dispatch } from './dispatch'
import { createHandlers, type Handlers } from './services'

let db: Database
let handlers: Handlers
let cleanup: () => void

beforeEach(() => {
  const t = openTestDatabase()
  db = t.db
  cleanup = t.cleanup
  handlers = createHandlers(db, { now: () => '2026-11-24T10:00:00.000Z' })
})
afterEach(() => cleanup())

const count = (table: string): number => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
const rowsWritten = (): number => count('clients') + count('injuries') + count('settings')

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
    expect(dispatch(handlers, 'clients.list', {})).toEqual({
      ok: true,
      value: { rows: [], counts: { active: 0, archived: 1 }, next: null }
    })
    expect(dispatch(handlers, 'clients.restore', { id })).toMatchObject({
      ok: true,
      value: { status: 'active' }
    })
    expect(dispatch(handlers, 'clients.list', { status: 'active' })).toMatchObject({
      ok: true,
      value: {
        rows: [[id, 'Zoë Łukasz-Ørsted', 'Sub-4 marathon', [], null, null, null, null, null, []]],
        counts: { active: 1 }
      }
    })
  })

  it.each([
    ['clients.create', { name: '' }, 'name'],
    ['clients.create', { name: 'Ann', email: 'not-an-email' }, 'email'],
    ['clients.create', { name: 'Ann', birthDate: '2026-02-30' }, 'birthDate'],
    ['clients.create', { name: 'Ann', weeklyDistanceM: -5 }, 'weeklyDistanceM'],
    ['clients.update', { id: 1, patch: { nextRaceDate: 'soon' } }, 'patch.nextRaceDate'],
    ['clients.get', { id: 'one' }, 'id'],
    ['injuries.add', { clientId: 1, bodyArea: '', note: '', since: null, resolvedOn: null }, 'bodyArea'],
    [
      'injuries.update',
      { id: 1, bodyArea: 'knee', note: '', since: null, resolvedOn: '24/11' },
      'resolvedOn'
    ],
    [
      'injuries.add',
      { clientId: 1, bodyArea: 'ankle', note: 'Sprain', since: '2026-10-01', resolvedOn: '2026-09-01' },
      'resolvedOn'
    ],
    [
      'injuries.update',
      { id: 1, bodyArea: 'ankle', note: '', since: '2026-10-01', resolvedOn: '2026-09-30' },
      'resolvedOn'
    ],
    ['injuries.delete', { id: -1 }, 'id'],
    ['clients.create', { name: 'Ann', heightM: 17.5 }, 'heightM'],
    ['settings.update', { theme: 'neon' }, 'theme'],
    ['settings.update', { massUnit: 'stone' }, 'massUnit'],
    ['settings.update', { logo: 'data:text/html;base64,AAAA' }, 'logo'],
    ['settings.update', { email: 'trainer@' }, 'email'],
    ['demo.load', { clients: 0 }, 'clients'],
    ['clients.list', { status: 'gone' }, 'status'],
    ['clients.list', { limit: 0 }, 'limit'],
    ['clients.list', { limit: 5001 }, 'limit'],
    ['clients.list', { after: ['ann'] }, 'after']
  ])('%s rejects bad input naming the field (%j)', (name, input, field) => {
    const before = rowsWritten()
    const result = dispatch(handlers, name, input)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('validation')
      expect(result.error.field).toBe(field)
      // Plain words for a person: no path, no schema wording.
      expect(result.error.message).not.toContain(`${field}:`)
      expect(result.error.message).not.toMatch(/expected|too (big|small)|invalid input/i)
    }
    expect(rowsWritten()).toBe(before)
  })

  it('updates only the fields a patch names', () => {
    const created = dispatch(handlers, 'clients.create', {
      name: 'Inés',
      goals: 'Half under 1:45',
      tags: ['half']
    })
    const id = created.ok ? (created.value as { id: number }).id : 0
    expect(dispatch(handlers, 'clients.update', { id, patch: { phone: '+34 600 000 000' } })).toMatchObject({
      ok: true,
      value: { name: 'Inés', goals: 'Half under 1:45', tags: ['half'], phone: '+34 600 000 000' }
    })
  })

  it('changes nothing, not even the time of the last change, when a patch repeats what is stored', () => {
    handlers = createHandlers(db, { now: () => '2026-11-24T10:00:00.000Z' })
    const created = dispatch(handlers, 'clients.create', { name: 'Inés', nextRaceDistanceM: 42_195 })
    const id = created.ok ? (created.value as { id: number }).id : 0
    const row = (): unknown => db.prepare('SELECT * FROM clients WHERE id = ?').get(id)
    const before = row()
    handlers = createHandlers(db, { now: () => '2026-11-25T10:00:00.000Z' })
    expect(
      dispatch(handlers, 'clients.update', { id, patch: { name: 'Inés', nextRaceDistanceM: 42_195 } })
    ).toMatchObject({ ok: true, value: { updatedAt: '2026-11-24T10:00:00.000Z' } })
    expect(row()).toEqual(before)
  })

  it('edits, resolves and deletes an injury, and lists active ones on the client row', () => {
    const created = dispatch(handlers, 'clients.create', { name: 'Søren' })
    const clientId = created.ok ? (created.value as { id: number }).id : 0
    const added = dispatch(handlers, 'injuries.add', {
      clientId,
      bodyArea: 'knee',
      note: 'Runner’s knee',
      since: '2026-10-01',
      resolvedOn: null
    })
    const id = added.ok ? (added.value as { id: number }).id : 0
    expect(dispatch(handlers, 'clients.list', {})).toMatchObject({
      value: { rows: [[clientId, 'Søren', '', [], null, null, null, null, null, ['knee']]] }
    })
    dispatch(handlers, 'injuries.update', {
      id,
      bodyArea: 'knee',
      note: 'Runner’s knee, better',
      since: '2026-10-01',
      resolvedOn: '2026-11-20'
    })
    expect(dispatch(handlers, 'clients.list', {})).toMatchObject({
      value: { rows: [[clientId, 'Søren', '', [], null, null, null, null, null, []]] }
    })
    expect(dispatch(handlers, 'injuries.list', { clientId })).toMatchObject({
      value: [{ note: 'Runner’s knee, better', resolvedOn: '2026-11-20', clientId }]
    })
    expect(dispatch(handlers, 'injuries.delete', { id })).toMatchObject({ ok: true })
    expect(count('injuries')).toBe(0)
  })

  it('stores settings over defaults and keeps what a patch leaves out', () => {
    expect(dispatch(handlers, 'settings.get', {})).toMatchObject({
      ok: true,
      value: { massUnit: 'kg', distanceUnit: 'km', weekStart: 'monday', theme: 'system' }
    })
    dispatch(handlers, 'settings.update', { business: 'Stride Strength', massUnit: 'lb' })
    dispatch(handlers, 'settings.update', { theme: 'dark' })
    expect(dispatch(handlers, 'settings.get', {})).toMatchObject({
      value: { business: 'Stride Strength', massUnit: 'lb', theme: 'dark', distanceUnit: 'km' }
    })
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
