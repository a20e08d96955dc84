import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { textMatching } from '../../../../test/support/matchers'
import type { Database } from 'better-sqlite3'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { OperationName, Output } from '@shared/contract'
import { generateDemo } from '../../demo/generate-demo'
import { dispatch, dispatchAsync } from '../../dispatch'
import { createHandlers, type Handlers } from '..'
import { openTestDatabase } from '../../../../test/support/test-db'
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
}, 60_000)
afterEach(() => cleanup())

const programOf = (clientId: number): number =>
  db
    .prepare(`SELECT id FROM programs WHERE client_id = ? AND status = 'active'`)
    .pluck()
    .get(clientId) as number

const weeksOf = (programId: number): number =>
  db.prepare('SELECT weeks FROM programs WHERE id = ?').pluck().get(programId) as number

// Each test generates a demo practice and renders handouts: slow on a busy machine.
describe('handout operations', { timeout: 60_000 }, () => {
  it('downloads in browser mode and names the file after client and program', async () => {
    const result = await dispatchAsync(handlersWith(), 'handouts.export', {
      programId: programOf(1),
      options: {}
    })
    expect(result).toMatchObject({
      ok: true,
      value: { kind: 'download', fileName: textMatching(/ – .+\.pdf$/) }
    })
    const value = result.ok ? (result.value as { pdfBase64: string }) : { pdfBase64: '' }
    expect(Buffer.from(value.pdfBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-')
  })

  it('saves where the desktop dialog says, and nowhere when it is cancelled', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spotter-handout-'))
    try {
      const path = join(dir, 'handout.pdf')
      const saved = await dispatchAsync(
        handlersWith(() => Promise.resolve(path)),
        'handouts.export',
        {
          programId: programOf(1),
          options: { paper: 'Letter', unit: 'lb' }
        }
      )
      expect(saved).toMatchObject({ ok: true, value: { kind: 'saved', path } })
      expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-')
      const cancelled = await dispatchAsync(
        handlersWith(() => Promise.resolve(undefined)),
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
      [{ programId: programOf(1), options: { logSheetWeeks: 0 } }, 'options.logSheetWeeks'],
      [{ programId: programOf(1), options: { logSheetWeeks: 105 } }, 'options.logSheetWeeks'],
      [{ programId: programOf(1), options: { logSheetFromWeek: -1 } }, 'options.logSheetFromWeek'],
      // Past the program's own last week: only the store knows its length.
      [
        { programId: programOf(1), options: { logSheetFromWeek: weeksOf(programOf(1)) + 1 } },
        'options.logSheetFromWeek'
      ],
      [{ programId: programOf(1), options: { paper: 'A3' } }, 'options.paper'],
      [{ programId: 'x', options: {} }, 'programId']
    ]
    for (const [input, field] of cases) {
      const result = await dispatchAsync(handlersWith(), 'handouts.preview', input)
      expect(result, JSON.stringify(input)).toMatchObject({ ok: false, error: { field } })
    }
    const weeks = weeksOf(programOf(1))
    const late = await dispatchAsync(handlersWith(), 'handouts.preview', {
      programId: programOf(1),
      options: { logSheetFromWeek: weeks + 1 }
    })
    expect(late).toMatchObject({ ok: false, error: { message: `From week can be at most ${weeks}` } })
  })

  it('prints kilograms for every %1RM line of a client with logs but no entered 1RM', async () => {
    const handlers = handlersWith()
    const ok = <N extends OperationName>(name: N, input: unknown): Output<N> => {
      const result = dispatch(handlers, name, input)
      if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
      return result.value as Output<N>
    }
    const client = ok('clients.create', { name: 'Zoë Łukasz-Ørsted' })
    const template = db
      .prepare(`SELECT id FROM programs WHERE builtin_key = 'runner-lower-body'`)
      .pluck()
      .get()
    const program = ok('programs.create', {
      clientId: client.id,
      fromProgramId: template,
      name: 'Spring block',
      status: 'active'
    })
    const workout = program.workouts[0]!
    const percent = workout.prescriptions.filter((p) => p.load.kind === 'rpe').slice(0, 3)
    for (const p of percent)
      ok('prescriptions.update', { id: p.id, patch: { load: { kind: 'percent1rm', value: 75 } } })
    ok('sessions.save', {
      clientId: client.id,
      workoutId: workout.id,
      date: '2026-11-20',
      sets: percent.map((p, i) => ({
        exerciseId: p.exerciseId,
        prescriptionId: p.id,
        reps: 8,
        loadKg: 40 + 10 * i
      }))
    })
    expect(ok('maxes.list', { clientId: client.id })).toEqual([])

    const result = await dispatchAsync(handlers, 'handouts.preview', {
      programId: program.id,
      options: { instructions: false, guidance: false, weekPlan: false, logSheetWeeks: 1 }
    })
    if (!result.ok) throw new Error(result.error.message)
    const pdf = Buffer.from((result.value as { pdfBase64: string }).pdfBase64, 'base64')
    const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise
    let text = ''
    for (let n = 1; n <= document.numPages; n++) {
      const content = await (await document.getPage(n)).getTextContent()
      text += ' ' + content.items.map((item) => ('str' in item ? item.str : '')).join(' ')
    }
    text = text.replace(/\s+/g, ' ')
    const lines = text.match(/\d+ % 1RM[^)]*\)?/g) ?? []
    // Each %1RM prescription in the workout table and on its log sheet.
    expect(lines.length).toBe(percent.length * 2)
    for (const line of lines) expect(line).toMatch(/^75 % 1RM \(\d+(\.\d+)? kg, from logged sets\)$/)
    // 75 % of 40 kg × (1 + 8/30) = 50.67 kg is 38 kg, on 2.5 kg plates 37.5 kg.
    expect(lines[0]).toBe('75 % 1RM (37.5 kg, from logged sets)')
  })
})
