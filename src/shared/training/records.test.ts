import { describe, expect, it } from 'vitest'
import { emptyRecords, personalRecords, recordSessionIds, updateRecords, type SessionBest } from './records'

const best = (
  sessionId: number,
  date: string,
  topKg: number | null,
  e1rmKg: number | null,
  topReps: number | null,
  topRepsKg: number | null,
  exerciseId = 1
): SessionBest => ({ sessionId, date, exerciseId, topKg, e1rmKg, topReps, topRepsKg })

describe('personal records', () => {
  it('credits each record to the session that first reached it', () => {
    const records = personalRecords([
      best(3, '2026-11-10', 100, 120, 5, 100),
      best(1, '2026-10-01', 90, 117, 10, 80),
      best(2, '2026-10-08', 100, 116, 10, 85),
      best(4, '2026-11-17', 95, 126.7, 8, 95)
    ])
    expect(records).toEqual([
      {
        exerciseId: 1,
        heaviest: { value: 100, date: '2026-10-08', sessionId: 2 },
        bestE1rm: { value: 126.7, date: '2026-11-17', sessionId: 4 },
        mostReps: { value: { reps: 10, kg: 85 }, date: '2026-10-08', sessionId: 2 }
      }
    ])
    expect(recordSessionIds(records)).toEqual([2, 4])
  })
  it('keeps bodyweight rep records and skips exercises without any', () => {
    const records = personalRecords([
      best(1, '2026-10-01', null, null, 12, null, 7),
      best(2, '2026-10-08', null, null, 15, null, 7),
      best(2, '2026-10-08', null, null, null, null, 8)
    ])
    expect(records).toEqual([
      {
        exerciseId: 7,
        heaviest: null,
        bestE1rm: null,
        mostReps: { value: { reps: 15, kg: null }, date: '2026-10-08', sessionId: 2 }
      }
    ])
  })
  it('move on one session at a time, keeping the first session to reach a record', () => {
    const entry = emptyRecords(3)
    updateRecords(entry, '2026-10-01', 1, 100, 120, 8, 90)
    updateRecords(entry, '2026-10-08', 2, 100, 120, 8, 90)
    updateRecords(entry, '2026-10-15', 3, 0, null, 8, 95)
    expect(entry).toEqual({
      exerciseId: 3,
      heaviest: { value: 100, date: '2026-10-01', sessionId: 1 },
      bestE1rm: { value: 120, date: '2026-10-01', sessionId: 1 },
      mostReps: { value: { reps: 8, kg: 95 }, date: '2026-10-15', sessionId: 3 }
    })
  })
})
