import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Database } from 'better-sqlite3'
import { generateDemo } from '../../db/demo'
import { createHandlers, dispatchAsync, type Handlers } from '../../dispatch'
import { openTestDatabase } from '../../test-db'
import { installBuiltins } from '../builtins'

let db: Database
let cleanup: () => void
const now = '2026-11-24T10:00:00.000Z'
const handlersWith = (chooseSavePath?: (name: string) => Promise<string | undefined>): Handlers =>
  createHandlers(db, { now: () => now, chooseSavePath })

beforeEach(() => {
  const t = openTestDatabase()
  db = t.db
  cleanup = t.cleanup
  installBuiltins(db, now)
  generateDemo(db, { clients: 3, today: '2026-11-24' }, now)
})
afterEach(() => cleanup())

const programOf = (clientId: number): number =>
  db
    .prepare(`SELECT id FROM programs WHERE client_id = ? AND status = 'active'`)
    .pluck()
    .get(clientId) as number

describe('handout operations', () => {
  it('downloads in browser mode and names the file after client and program', async () => {
    const result = await dispatchAsync(handlersWith(), 'handouts.export', {
      programId: programOf(1),
      options: {}
    })
    expect(result).toMatchObject({
      ok: true,
      value: { kind: 'download', fileName: expect.stringMatching(/ – .+\.pdf$/) }
    })
    const value = result.ok ? (result.value as { pdfBase64: string }) : { pdfBase64: '' }
    expect(Buffer.from(value.pdfBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-')
  })

  it('saves where the desktop dialog says, and nowhere when it is cancelled', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spotter-handout-'))
    try {
      const path = join(dir, 'handout.pdf')
      const saved = await dispatchAsync(
        handlersWith(async () => path),
        'handouts.export',
        {
          programId: programOf(1),
          options: { paper: 'Letter', unit: 'lb' }
        }
      )
      expect(saved).toMatchObject({ ok: true, value: { kind: 'saved', path } })
      expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-')
      const cancelled = await dispatchAsync(
        handlersWith(async () => undefined),
        'handouts.export',
        {
          programId: programOf(1),
          options: {}
        }
      )
      expect(cancelled).toEqual({ ok: true, value: { kind: 'cancelled' } })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('refuses templates, foreign workouts and bad options, naming the field', async () => {
    const template = db
      .prepare(`SELECT id FROM programs WHERE builtin_key = 'runner-lower-body'`)
      .pluck()
      .get()
    const foreignWorkout = db
      .prepare('SELECT id FROM workouts WHERE program_id = ?')
      .pluck()
      .get(programOf(2))
    const cases: Array<[unknown, string]> = [
      [{ programId: template, options: {} }, 'programId'],
      [{ programId: programOf(1), options: { workoutIds: [foreignWorkout] } }, 'options.workoutIds'],
      [{ programId: programOf(1), options: { logSheetWeeks: 40 } }, 'options.logSheetWeeks'],
      [{ programId: programOf(1), options: { paper: 'A3' } }, 'options.paper'],
      [{ programId: 'x', options: {} }, 'programId']
    ]
    for (const [input, field] of cases) {
      const result = await dispatchAsync(handlersWith(), 'handouts.preview', input)
      expect(result, JSON.stringify(input)).toMatchObject({ ok: false, error: { field } })
    }
  })
})
