/**
 * The taper's holds, applied after the usual rules have had their say: fewer sets (the bottom
 * of each set range), no heavy lower-body work in race week, and no load increases. Kept apart
 * from the progression rules so the taper reads in one place.
 */

import type { Load } from '../schemas/program'
import type { ProgramWeekPhase } from './phases'

/** What the taper needs of a prescription. */
export interface TaperPrescription {
  setsMin: number
  setsMax: number
  load: Load
  exerciseCategory: 'lower' | 'upper' | 'core' | 'full'
}

/** Loaded lower-body (or full-body) work: what race week leaves out. */
export function isHeavyLowerBody(p: Pick<TaperPrescription, 'load' | 'exerciseCategory'>): boolean {
  const legs = p.exerciseCategory === 'lower' || p.exerciseCategory === 'full'
  return legs && (p.load.kind === 'kg' || p.load.kind === 'percent1rm' || p.load.kind === 'rpe')
}

/**
 * Sets to do in a week: the top of the range outside the taper, the bottom of it in a taper
 * week, and none of heavy lower-body work in race week.
 */
export function setsForWeek(p: TaperPrescription, week: ProgramWeekPhase | undefined): number {
  if (!week || week.phase !== 'taper') return p.setsMax
  if (week.raceWeek && isHeavyLowerBody(p)) return 0
  return p.setsMin
}

/** A workout's prescriptions as a taper week does them: reduced sets, race week's heavy leg work left out. */
export function taperPrescriptions<P extends TaperPrescription>(
  prescriptions: readonly P[],
  week: ProgramWeekPhase | undefined
): P[] {
  if (!week || week.phase !== 'taper') return [...prescriptions]
  return prescriptions.flatMap((p) => {
    const sets = setsForWeek(p, week)
    return sets === 0 ? [] : [{ ...p, setsMax: sets }]
  })
}

/** The suggestions a taper allows: holds and reductions, never an increase. */
export function holdForTaper<S extends { kind: 'increase' | 'reduce' }>(
  suggestions: readonly S[],
  inTaper: boolean
): S[] {
  return inTaper ? suggestions.filter((s) => s.kind !== 'increase') : [...suggestions]
}
