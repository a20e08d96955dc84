import { describe, expect, it } from 'vitest'
import {
  paperCellHelp,
  paperCellKey,
  paperRows,
  paperToSessions,
  paperWeekDates,
  parsePaperCell
} from './paper-entry'
import type { Prescription } from '@shared/contract'
import { defaultPrescription } from '@shared/training/prescription-rules'

function prescription(id: number, patch: Partial<Prescription> = {}): Prescription {
  return {
    ...defaultPrescription(false),
    id,
    workoutId: 1,
    exerciseId: id * 10,
    exerciseName: `Exercise ${id}`,
    exerciseCautions: [],
    exerciseCategory: 'lower',
    position: id,
    ...patch
  }
}

describe('parsePaperCell', () => {
  it.each([
    ['60x8@7', { loadKg: 60, reps: 8, holdS: null, rpe: 7 }],
    ['60×8', { loadKg: 60, reps: 8, holdS: null, rpe: null }],
    [' 62,5 X 8 @ 7.5 ', { loadKg: 62.5, reps: 8, holdS: null, rpe: 7.5 }],
    ['60*10', { loadKg: 60, reps: 10, holdS: null, rpe: null }],
    ['12', { loadKg: null, reps: 12, holdS: null, rpe: null }],
    ['bw x 15', { loadKg: null, reps: 15, holdS: null, rpe: null }],
    ['45s', { loadKg: null, reps: null, holdS: 45, rpe: null }],
    ['10x30s@8', { loadKg: 10, reps: null, holdS: 30, rpe: 8 }]
  ])('reads %s', (text, set) => {
    expect(parsePaperCell(text, 'kg')).toEqual({ ok: true, set })
  })

  it('reads numbers as seconds on a hold row and pounds as kilograms', () => {
    expect(parsePaperCell('40', 'kg', true)).toEqual({
      ok: true,
      set: { loadKg: null, reps: null, holdS: 40, rpe: null }
    })
    const lb = parsePaperCell('100x5', 'lb')
    expect(lb?.ok && lb.set.loadKg).toBeCloseTo(45.359, 3)
  })

  it('treats an empty box as nothing written', () => {
    expect(parsePaperCell('  ', 'kg')).toBeUndefined()
  })

  it.each([
    ['60x', paperCellHelp],
    ['x8', paperCellHelp],
    ['sixty', paperCellHelp],
    ['60x8@', paperCellHelp],
    ['60x8x3', paperCellHelp],
    ['60x8@11', 'RPE is 1 to 10'],
    ['5000x1', 'Load looks wrong']
  ])('refuses %s', (text, error) => {
    expect(parsePaperCell(text, 'kg')).toEqual({ ok: false, error })
  })
})

describe('paperWeekDates', () => {
  it('counts weeks from the program start', () => {
    expect(paperWeekDates('2026-10-26', 3, '2026-11-24')).toEqual(['2026-10-26', '2026-11-02', '2026-11-09'])
  })
  it('ends at today without a start date', () => {
    expect(paperWeekDates(null, 3, '2026-11-24')).toEqual(['2026-11-10', '2026-11-17', '2026-11-24'])
  })
})

describe('paperToSessions', () => {
  const ctx = { unit: 'kg' as const, plateStep: 2.5, maxes: new Map<number, number>() }
  const rows = paperRows(
    [
      prescription(1, { setsMax: 2 }),
      prescription(2, { setsMax: 2, supersetGroup: 'A' }),
      prescription(3, { supersetGroup: 'A' })
    ],
    ctx
  )
  const dates = ['2026-11-02', '2026-11-09', '2026-11-16']

  it('labels the rows like the sheet', () => {
    expect(rows.map((r) => [r.label, r.sets])).toEqual([
      ['A1', 2],
      ['B1', 2],
      ['B2', 3]
    ])
  })

  it('makes one session per week with anything written, sets in sheet order', () => {
    const cells = {
      [paperCellKey(1, 1, 1)]: '60x8',
      [paperCellKey(1, 1, 2)]: '60x8@8',
      [paperCellKey(3, 1, 1)]: '12',
      [paperCellKey(1, 3, 1)]: '62.5x8'
    }
    const { sessions, errors } = paperToSessions(rows, cells, dates, 'kg')
    expect(errors).toEqual({})
    expect(sessions.map((s) => [s.week, s.date, s.sets.length])).toEqual([
      [1, '2026-11-02', 3],
      [3, '2026-11-16', 1]
    ])
    expect(sessions[0]?.sets[2]).toEqual({
      exerciseId: 30,
      prescriptionId: 3,
      loadKg: null,
      reps: 12,
      holdS: null,
      rpe: null,
      warmup: false
    })
  })

  it('reports the exact box that cannot be read, and a missing date, and returns nothing', () => {
    const cells = { [paperCellKey(1, 1, 1)]: '60x8', [paperCellKey(2, 2, 2)]: '60 for 8' }
    const { sessions, errors } = paperToSessions(rows, cells, ['', ...dates.slice(1)], 'kg')
    expect(sessions).toEqual([])
    expect(errors).toEqual({
      [paperCellKey(2, 2, 2)]: paperCellHelp,
      'date:1': 'Enter the date of this week'
    })
  })
})
