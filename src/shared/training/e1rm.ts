import { addDays } from '../dates'

/**
 * Estimated one-rep max (Epley). The same rule is written in SQL in src/main/db/progress.ts so
 * years of sets are reduced to one best value per session inside SQLite; change both together.
 */

/** Sets of more reps than this estimate a 1RM too loosely to chart or to load from. */
export const maxE1rmReps = 12

/** The method as the charts name it. */
export const e1rmMethodCaption = `Estimated 1RM (Epley), from sets of ${maxE1rmReps} reps or fewer`

/** A logged set as far as the estimate cares. */
export interface E1rmSet {
  reps: number | null
  loadKg: number | null
  warmup: boolean
}

/**
 * Epley's formula, load × (1 + reps / 30), for sets of two reps or more. A single is a 1RM
 * attempt already: its estimate is the load itself, not 3 % above it.
 */
export function epley(loadKg: number, reps: number): number {
  return reps === 1 ? loadKg : loadKg * (1 + reps / 30)
}

/** Whether a set may estimate a 1RM: a loaded work set of 1 to 12 reps. */
export function countsForE1rm(set: E1rmSet): boolean {
  return (
    !set.warmup &&
    set.reps !== null &&
    set.reps >= 1 &&
    set.reps <= maxE1rmReps &&
    set.loadKg !== null &&
    set.loadKg > 0
  )
}

/** The best estimate among a session's sets, or null when no set qualifies. */
export function bestE1rm(sets: readonly E1rmSet[]): number | null {
  let best: number | null = null
  for (const set of sets) {
    if (!countsForE1rm(set)) continue
    const estimate = epley(set.loadKg as number, set.reps as number)
    if (best === null || estimate > best) best = estimate
  }
  return best
}

/** One exercise's best estimate in one session, as the store aggregates it. */
export interface SessionEstimate {
  exerciseId: number
  date: string
  kg: number
}

/**
 * The estimated 1RM other screens load from, per exercise: the best of the `windowDays` before
 * `today`, else the latest known one (an old estimate beats none; its date says how old it is).
 */
export function estimatedMaxes(
  estimates: readonly SessionEstimate[],
  today: string,
  windowDays = 90
): Array<{ exerciseId: number; kg: number; date: string }> {
  const since = addDays(today, -windowDays)
  const byExercise = new Map<number, { recent: SessionEstimate | null; latest: SessionEstimate }>()
  for (const estimate of estimates) {
    if (estimate.date > today) continue
    const entry = byExercise.get(estimate.exerciseId)
    const recent = estimate.date >= since ? estimate : null
    if (!entry) {
      byExercise.set(estimate.exerciseId, { recent, latest: estimate })
      continue
    }
    if (estimate.date > entry.latest.date) entry.latest = estimate
    if (recent && (!entry.recent || recent.kg > entry.recent.kg)) entry.recent = recent
  }
  return [...byExercise.entries()]
    .map(([exerciseId, { recent, latest }]) => {
      const chosen = recent ?? latest
      return { exerciseId, kg: Math.round(chosen.kg * 10) / 10, date: chosen.date }
    })
    .sort((a, b) => a.exerciseId - b.exerciseId)
}
