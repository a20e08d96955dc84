import { describe, expect, it } from 'vitest'
import type { Database } from 'better-sqlite3'
import { clientInputSchema } from '@shared/contract'
import { useTestDatabase } from '../../../test/support/test-db'
import {
  deleteClient,
  deleteInjury,
  insertClient,
  insertInjury,
  listClientPage,
  updateInjury
} from './clients'
import { refreshClientListFacts } from './migrations/0008-client-list-facts'
import { deleteProgram, insertProgram, updateProgramFields, type NewProgram } from './programs'
import { deleteSession, insertSession, updateSession } from './sessions'

/*
 * The list's last session, active program and active injuries are kept on the client row by
 * triggers (migration 0008). These tests write the logs the way the services do and read the
 * facts back through the list itself.
 */

const NOW = '2026-11-24T10:00:00.000Z'
let db: Database
useTestDatabase((opened) => (db = opened))

const addClient = (name: string): number => insertClient(db, clientInputSchema.parse({ name }), NOW).id

/** What the list shows for a client: its active program, last session and active injury areas. */
function listed(clientId: number): { program: unknown; lastSession: unknown; injuries: unknown } {
  const row = listClientPage(db, 'all', null, 1000).rows.find((r) => r[0] === clientId)
  if (!row) throw new Error(`client ${clientId} is not listed`)
  return { program: row[7], lastSession: row[8], injuries: row[9] }
}

const session = (clientId: number, date: string) => ({
  clientId,
  date,
  workoutId: null,
  durationS: null,
  effort: null,
  notes: ''
})

const program = (clientId: number | null, fields: Partial<NewProgram> = {}): NewProgram => ({
  clientId,
  builtinKey: null,
  name: 'Base block',
  goal: '',
  notes: '',
  startDate: null,
  weeks: 8,
  status: 'draft',
  sourceProgramId: null,
  ...fields
})

const injury = (clientId: number, bodyArea: string, resolvedOn: string | null = null) => ({
  clientId,
  bodyArea,
  note: '',
  since: null,
  resolvedOn
})

describe('the last session on the list', () => {
  it('is the latest date logged, whatever order sessions are entered in', () => {
    const ann = addClient('Ann')
    expect(listed(ann).lastSession).toBeNull()
    insertSession(db, session(ann, '2026-11-10'), NOW)
    insertSession(db, session(ann, '2026-11-20'), NOW)
    insertSession(db, session(ann, '2026-11-01'), NOW)
    expect(listed(ann).lastSession).toBe('2026-11-20')
  })

  it('follows a session moved to another day, earlier or later', () => {
    const ann = addClient('Ann')
    insertSession(db, session(ann, '2026-11-10'), NOW)
    const latest = insertSession(db, session(ann, '2026-11-20'), NOW)
    updateSession(db, latest, session(ann, '2026-11-05'))
    expect(listed(ann).lastSession).toBe('2026-11-10')
    updateSession(db, latest, session(ann, '2026-11-22'))
    expect(listed(ann).lastSession).toBe('2026-11-22')
  })

  it('falls back to the one before when the latest is deleted, and to none after the last', () => {
    const ann = addClient('Ann')
    const first = insertSession(db, session(ann, '2026-11-10'), NOW)
    const second = insertSession(db, session(ann, '2026-11-20'), NOW)
    const sameDay = insertSession(db, session(ann, '2026-11-20'), NOW)
    deleteSession(db, second)
    expect(listed(ann).lastSession).toBe('2026-11-20')
    deleteSession(db, sameDay)
    expect(listed(ann).lastSession).toBe('2026-11-10')
    deleteSession(db, first)
    expect(listed(ann).lastSession).toBeNull()
  })

  it('leaves the client row alone when an edit keeps the date', () => {
    const ann = addClient('Ann')
    const id = insertSession(db, session(ann, '2026-11-10'), NOW)
    const rowsChangedBy = (write: () => void): number => {
      const before = db.prepare('SELECT total_changes()').pluck().get() as number
      write()
      return (db.prepare('SELECT total_changes()').pluck().get() as number) - before
    }
    // Only the session itself: no trigger rewrote the client and its list entry.
    expect(
      rowsChangedBy(() => updateSession(db, id, { ...session(ann, '2026-11-10'), notes: 'Felt easy' }))
    ).toBe(1)
    expect(rowsChangedBy(() => updateSession(db, id, session(ann, '2026-11-12')))).toBe(2)
    expect(listed(ann).lastSession).toBe('2026-11-12')
  })

  it("is each client's own", () => {
    const ann = addClient('Ann')
    const bea = addClient('Bea')
    insertSession(db, session(ann, '2026-11-10'), NOW)
    insertSession(db, session(bea, '2026-10-01'), NOW)
    expect([listed(ann).lastSession, listed(bea).lastSession]).toEqual(['2026-11-10', '2026-10-01'])
  })
})

describe('the active program on the list', () => {
  it('shows only an active program, by its current name', () => {
    const ann = addClient('Ann')
    const id = insertProgram(db, program(ann), NOW)
    expect(listed(ann).program).toBeNull()
    const fields = { name: 'Base block', goal: '', notes: '', startDate: null, weeks: 8 }
    updateProgramFields(db, id, { ...fields, status: 'active' }, NOW)
    expect(listed(ann).program).toBe('Base block')
    updateProgramFields(db, id, { ...fields, name: 'Marathon build', status: 'active' }, NOW)
    expect(listed(ann).program).toBe('Marathon build')
    updateProgramFields(db, id, { ...fields, status: 'completed' }, NOW)
    expect(listed(ann).program).toBeNull()
  })

  it('clears when the active program is deleted, and ignores templates and drafts', () => {
    const ann = addClient('Ann')
    insertProgram(db, program(null, { status: 'active', name: 'Template' }), NOW)
    const active = insertProgram(db, program(ann, { status: 'active', name: 'Strength' }), NOW)
    const draft = insertProgram(db, program(ann, { name: 'Next block' }), NOW)
    expect(listed(ann).program).toBe('Strength')
    deleteProgram(db, draft)
    expect(listed(ann).program).toBe('Strength')
    deleteProgram(db, active)
    expect(listed(ann).program).toBeNull()
  })
})

describe('the active injuries on the list', () => {
  it('lists unresolved areas in the order they were recorded, and follows edits', () => {
    const ann = addClient('Ann')
    insertInjury(db, injury(ann, 'shin'))
    const knee = insertInjury(db, injury(ann, 'knee'))
    insertInjury(db, injury(ann, 'hip', '2026-01-01'))
    expect(listed(ann).injuries).toEqual(['shin', 'knee'])
    updateInjury(db, { ...knee, bodyArea: 'left knee' })
    expect(listed(ann).injuries).toEqual(['shin', 'left knee'])
    updateInjury(db, { ...knee, bodyArea: 'left knee', resolvedOn: '2026-11-20' })
    expect(listed(ann).injuries).toEqual(['shin'])
    updateInjury(db, { ...knee, bodyArea: 'left knee', resolvedOn: null })
    expect(listed(ann).injuries).toEqual(['shin', 'left knee'])
  })

  it('clears when the last active injury is deleted', () => {
    const ann = addClient('Ann')
    const shin = insertInjury(db, injury(ann, 'shin'))
    deleteInjury(db, shin.id)
    expect(listed(ann).injuries).toEqual([])
  })
})

describe('the facts as a whole', () => {
  it('agree with a full recomputation after any mix of writes', () => {
    const ann = addClient('Ann')
    const bea = addClient('Bea')
    insertSession(db, session(ann, '2026-09-01'), NOW)
    const moved = insertSession(db, session(bea, '2026-10-01'), NOW)
    updateSession(db, moved, session(bea, '2026-08-01'))
    insertProgram(db, program(bea, { status: 'active', name: 'Hills' }), NOW)
    insertInjury(db, injury(ann, 'calf'))
    const facts = (): unknown => [listed(ann), listed(bea)]
    const kept = facts()
    db.exec(
      'UPDATE clients SET last_session_date = NULL, active_program_name = NULL, active_injury_areas = NULL'
    )
    refreshClientListFacts(db)
    expect(facts()).toEqual(kept)
  })

  it('let a client with sessions, a program and injuries be deleted', () => {
    const ann = addClient('Ann')
    insertSession(db, session(ann, '2026-09-01'), NOW)
    insertProgram(db, program(ann, { status: 'active' }), NOW)
    insertInjury(db, injury(ann, 'calf'))
    expect(deleteClient(db, ann)).toBe(true)
    expect(db.prepare('SELECT count(*) FROM sessions').pluck().get()).toBe(0)
  })
})
