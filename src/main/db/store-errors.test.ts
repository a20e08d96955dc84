import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Database } from 'better-sqlite3'
import { dispatch } from '../dispatch'
import { createHandlers, type Handlers } from '../services'
import { openTestDatabase } from '../../../test/support/test-db'
import { checksumTables } from '../../../test/support/test-store'
import { storeFailure } from './store-errors'

/** SQLite's own failures, provoked on a real data file, reach the trainer as typed plain words. */

let db: Database
let file: string
let handlers: Handlers
let cleanup: () => void
const others: Database[] = []

beforeEach(() => {
  const t = openTestDatabase()
  ;({ db, file, cleanup } = t)
  handlers = createHandlers(db, { now: () => '2026-11-24T10:00:00.000Z' })
})
afterEach(() => {
  for (const other of others.splice(0)) if (other.open) other.close()
  cleanup()
})

const clientCount = (): number => db.prepare('SELECT count(*) FROM clients').pluck().get() as number

function expectStoreRefusal(code: string, input: unknown = { name: 'Ann', notes: 'x'.repeat(9000) }): string {
  const result = dispatch(handlers, 'clients.create', input)
  expect(result.ok).toBe(false)
  if (result.ok) return ''
  expect(result.error.code).toBe(code)
  expect(result.error.field).toBe('')
  expect(result.error.message).toMatch(/nothing was saved/)
  // SQLite's own wording never reaches the trainer.
  expect(result.error.message).not.toMatch(
    /SQLITE|database or disk is full|database is locked|readonly database/i
  )
  return result.error.message
}

describe('SQLite failures', () => {
  it('a full disk is disk_full, and the half-done operation leaves nothing behind', () => {
    dispatch(handlers, 'clients.create', { name: 'Before' })
    const pages = db.pragma('page_count', { simple: true }) as number
    db.pragma(`max_page_count = ${pages}`)
    const before = checksumTables(db)
    expect(expectStoreRefusal('disk_full')).toMatch(/disk is full/)
    expect(checksumTables(db)).toBe(before)
    expect(clientCount()).toBe(1)
  })

  it('a data file locked by another program is busy', () => {
    db.pragma('busy_timeout = 0')
    const other = new BetterSqlite3(file)
    others.push(other)
    other.exec('BEGIN IMMEDIATE')
    expect(expectStoreRefusal('busy')).toMatch(/Close any other copy of Spotter/)
    other.exec('ROLLBACK')
    expect(clientCount()).toBe(0)
  })

  it('a data file Spotter may not write is read_only', () => {
    const readOnly = new BetterSqlite3(file, { readonly: true })
    others.push(readOnly)
    handlers = createHandlers(readOnly)
    expect(expectStoreRefusal('read_only', { name: 'Ann' })).toMatch(/read-only/)
    expect(clientCount()).toBe(0)
  })

  it('maps extended codes to their primary one and leaves other errors alone', () => {
    expect(storeFailure({ code: 'SQLITE_IOERR_WRITE' })?.code).toBe('storage')
    expect(storeFailure({ code: 'SQLITE_READONLY_DBMOVED' })?.code).toBe('read_only')
    expect(storeFailure({ code: 'SQLITE_CONSTRAINT_UNIQUE' })?.code).toBe('conflict')
    expect(storeFailure(new Error('boom'))).toBeUndefined()
    expect(storeFailure(null)).toBeUndefined()
  })

  it('an unexpected error is internal, in plain words, without its raw text', () => {
    const broken = { ...handlers, 'clients.list': () => JSON.parse('{') as never }
    // The detail goes to the log for whoever investigates, not to the screen.
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const result = dispatch(broken, 'clients.list', {})
    expect(log).toHaveBeenCalledOnce()
    log.mockRestore()
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', field: '' } })
    if (!result.ok) expect(result.error.message).not.toMatch(/JSON|position|token/i)
  })
})
