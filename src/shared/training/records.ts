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

/** A rep record beats another with more reps, or as many reps at a heavier load. */
function betterReps(a: { reps: number; kg: number | null }, b: { reps: number; kg: number | null }): boolean {
  return a.reps > b.reps || (a.reps === b.reps && (a.kg ?? 0) > (b.kg ?? 0))
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
      entry = { exerciseId: best.exerciseId, heaviest: null, bestE1rm: null, mostReps: null }
      records.set(best.exerciseId, entry)
    }
    const mark = { date: best.date, sessionId: best.sessionId }
    if (best.topKg !== null && best.topKg > 0 && (!entry.heaviest || best.topKg > entry.heaviest.value)) {
      entry.heaviest = { value: best.topKg, ...mark }
    }
    if (best.e1rmKg !== null && (!entry.bestE1rm || best.e1rmKg > entry.bestE1rm.value)) {
      entry.bestE1rm = { value: best.e1rmKg, ...mark }
    }
    if (best.topReps !== null && best.topReps > 0) {
      const reps = { reps: best.topReps, kg: best.topRepsKg }
      if (!entry.mostReps || betterReps(reps, entry.mostReps.value)) entry.mostReps = { value: reps, ...mark }
    }
  }
  return [...records.values()].filter((r) => r.heaviest || r.bestE1rm || r.mostReps)
}

/** The sessions that set at least one current record, for marking them in lists and charts. */
export function recordSessionIds(records: readonly ExerciseRecords[]): number[] {
  const ids = new Set<number>()
  for (const r of records) {
    for (const mark of [r.heaviest, r.bestE1rm, r.mostReps]) if (mark) ids.add(mark.sessionId)
  }
  return [...ids].sort((a, b) => a - b)
}
