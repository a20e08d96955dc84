/**
 * Personal records per exercise, found by walking each exercise's sessions in date order. A
 * record belongs to the session that first reached it; matching it later sets no new record.
 */

/** One exercise in one session, reduced by the store to what records and charts need. */
export interface SessionBest {
  sessionId: number
  date: string
  exerciseId: number
  /** Heaviest work-set load, null when no work set carried a load. */
  topKg: number | null
  /** Best Epley estimate from work sets of 12 reps or fewer, null when none qualified. */
  e1rmKg: number | null
  /** Most reps in one work set, and the heaviest load lifted for that many reps (null: bodyweight). */
  topReps: number | null
  topRepsKg: number | null
}

export interface RecordMark<V> {
  value: V
  date: string
  sessionId: number
}

export interface ExerciseRecords {
  exerciseId: number
  heaviest: RecordMark<number> | null
  bestE1rm: RecordMark<number> | null
  mostReps: RecordMark<{ reps: number; kg: number | null }> | null
}

/**
 * Each exercise's current records (heaviest load, best estimated 1RM, most reps at a load), with
 * the date and session that set each. `bests` may come in any order.
 */
export function personalRecords(bests: readonly SessionBest[]): ExerciseRecords[] {
  // ISO dates order as plain strings; localeCompare would cost more than the whole walk.
  const ordered = [...bests].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.sessionId - b.sessionId || a.exerciseId - b.exerciseId
  )
  const records = new Map<number, ExerciseRecords>()
  for (const best of ordered) {
    let entry = records.get(best.exerciseId)
    if (!entry) {
      entry = emptyRecords(best.exerciseId)
      records.set(best.exerciseId, entry)
    }
    updateRecords(entry, best.date, best.sessionId, best.topKg, best.e1rmKg, best.topReps, best.topRepsKg)
  }
  return [...records.values()].filter(hasRecords)
}

/** An exercise's records before any session. */
export function emptyRecords(exerciseId: number): ExerciseRecords {
  return { exerciseId, heaviest: null, bestE1rm: null, mostReps: null }
}

/** Whether an exercise has set any record: those without are left out of the list. */
export function hasRecords(r: ExerciseRecords): boolean {
  return r.heaviest !== null || r.bestE1rm !== null || r.mostReps !== null
}

/**
 * Moves an exercise's records on by one session's bests (see `SessionBest`); sessions must come
 * oldest first (by date, then id). Takes the values one by one so a walk over years of sessions
 * makes no object per session, only per new record.
 */
export function updateRecords(
  entry: ExerciseRecords,
  date: string,
  sessionId: number,
  topKg: number | null,
  e1rmKg: number | null,
  topReps: number | null,
  topRepsKg: number | null
): void {
  if (topKg !== null && topKg > 0 && (!entry.heaviest || topKg > entry.heaviest.value)) {
    entry.heaviest = { value: topKg, date, sessionId }
  }
  if (e1rmKg !== null && (!entry.bestE1rm || e1rmKg > entry.bestE1rm.value)) {
    entry.bestE1rm = { value: e1rmKg, date, sessionId }
  }
  if (topReps !== null && topReps > 0) {
    const best = entry.mostReps?.value
    if (!best || topReps > best.reps || (topReps === best.reps && (topRepsKg ?? 0) > (best.kg ?? 0))) {
      entry.mostReps = { value: { reps: topReps, kg: topRepsKg }, date, sessionId }
    }
  }
}

/** The sessions that set at least one current record, for marking them in lists and charts. */
export function recordSessionIds(records: readonly ExerciseRecords[]): number[] {
  const ids = new Set<number>()
  for (const r of records) {
    for (const mark of [r.heaviest, r.bestE1rm, r.mostReps]) if (mark) ids.add(mark.sessionId)
  }
  return [...ids].sort((a, b) => a - b)
}
