/**
 * Progression suggestions from a prescription's latest logged sessions (double progression):
 * reps climb to the top of the range, then the load goes up; reps that fall short of the range
 * twice in a row call for holding or easing the load. Suggestions only propose a load; the
 * trainer accepts or dismisses each one.
 */

import type { Load } from '../schemas/program'
import { formatMass, kgTo, toKg, type MassUnit } from '../units'
import { shortDate } from '../dates'
import { plateStepFor } from '../schemas/settings'

/** What the rules need of a prescription. */
export interface ProgressionPrescription {
  id: number
  exerciseId: number
  exerciseName: string
  category: 'lower' | 'upper' | 'core' | 'full'
  repsMin: number | null
  repsMax: number | null
  load: Load
  /** The trainer's step in percent of the current load, instead of the default kg step. */
  progressionPct: number | null
}

/** A logged session of the prescription: its work sets only (no warm-ups), in set order. */
export interface LoggedSession {
  sessionId: number
  date: string
  sets: ReadonlyArray<{ reps: number | null; loadKg: number | null; rpe: number | null }>
}

export interface ProgressionOptions {
  massUnit: MassUnit
  plateStepKg: number
  plateStepLb: number
  /** Today's date, so reasons name the year only when it is not this one. */
  today: string
}

export interface Suggestion {
  prescriptionId: number
  exerciseId: number
  exerciseName: string
  kind: 'increase' | 'reduce'
  /** The load lifted in the latest session. */
  currentKg: number
  /** The load suggested, rounded to the plate step of the trainer's unit. */
  loadKg: number
  basedOnSessionId: number
  basedOnDate: string
  reason: string
}

/** Without an RPE target in the prescription, sets at RPE 8 or less count as having reps to spare. */
export const defaultRpeCeiling = 8
/** Default load steps when the trainer set no percentage: small muscles move slower. */
export const upperBodyStepKg = 2.5
export const lowerBodyStepKg = 5
/** How far a reduction eases the load. */
export const reductionPct = 10

function stepOf(options: ProgressionOptions): number {
  return plateStepFor(options, options.massUnit)
}

/** Guards against 62.49999 after unit conversions before rounding to a step. */
const clean = (value: number): number => Math.round(value * 1e6) / 1e6

/** The next load up from `currentKg`, rounded to the plate step of the trainer's unit, at least one step. */
export function nextLoadKg(
  currentKg: number,
  category: ProgressionPrescription['category'],
  progressionPct: number | null,
  options: ProgressionOptions
): number {
  const unit = options.massUnit
  const step = stepOf(options)
  const incrementKg =
    progressionPct !== null && progressionPct > 0
      ? (currentKg * progressionPct) / 100
      : category === 'lower' || category === 'full'
        ? lowerBodyStepKg
        : upperBodyStepKg
  const current = clean(kgTo(unit, currentKg))
  let next = Math.round(clean(current + kgTo(unit, incrementKg)) / step) * step
  if (next <= current) next = Math.floor(current / step) * step + step
  return clean(toKg(unit, clean(next)))
}

/** A lighter load: `reductionPct` off, rounded down to the plate step, at least one step below. */
export function reducedLoadKg(currentKg: number, options: ProgressionOptions): number | null {
  const unit = options.massUnit
  const step = stepOf(options)
  const current = clean(kgTo(unit, currentKg))
  let next = Math.floor(clean((current * (100 - reductionPct)) / 100) / step) * step
  if (next >= current) next = Math.ceil(current / step) * step - step
  return next > 0 ? clean(toKg(unit, clean(next))) : null
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`

/**
 * The suggestion for one prescription, or null when the logs call for none. `sessions` are the
 * latest logged sessions of the prescription, newest first (two are enough).
 */
export function suggestProgression(
  prescription: ProgressionPrescription,
  sessions: readonly LoggedSession[],
  options: ProgressionOptions
): Suggestion | null {
  const top = prescription.repsMax ?? prescription.repsMin
  const bottom = prescription.repsMin ?? prescription.repsMax
  const latest = sessions[0]
  if (top === null || bottom === null || !latest || latest.sets.length === 0) return null
  const loads = latest.sets.map((s) => s.loadKg ?? 0)
  const currentKg = Math.max(...loads)
  // Bodyweight work has no load to move; progress it by reps or a harder variation instead.
  if (!(currentKg > 0)) return null
  const unit = options.massUnit
  const base = {
    prescriptionId: prescription.id,
    exerciseId: prescription.exerciseId,
    exerciseName: prescription.exerciseName,
    currentKg,
    basedOnSessionId: latest.sessionId,
    basedOnDate: latest.date
  }
  const prescribedKg = prescription.load.kind === 'kg' ? prescription.load.value : null

  const ceiling = prescription.load.kind === 'rpe' ? prescription.load.value : defaultRpeCeiling
  const allAtTop = latest.sets.every((s) => s.reps !== null && s.reps >= top)
  const withinEffort = latest.sets.every((s) => s.rpe === null || s.rpe <= ceiling)
  if (allAtTop && withinEffort) {
    const loadKg = nextLoadKg(currentKg, prescription.category, prescription.progressionPct, options)
    // Already prescribed at or above it (accepted, or raised by hand): nothing to suggest.
    if (prescribedKg !== null && prescribedKg >= loadKg - 1e-6) return null
    const count = latest.sets.length
    const who = count === 1 ? 'The only set' : count === 2 ? 'Both sets' : `All ${count} sets`
    const effort = latest.sets.some((s) => s.rpe !== null)
      ? ` at RPE ${trimNumber(ceiling)} or less`
      : ', with no RPE logged,'
    const pct =
      prescription.progressionPct !== null && prescription.progressionPct > 0
        ? ` (+${trimNumber(prescription.progressionPct)} %)`
        : ''
    return {
      ...base,
      kind: 'increase',
      loadKg,
      reason: `${who} reached ${plural(top, 'rep')}${effort} last session (${shortDate(latest.date, options.today)}): try ${formatMass(unit, loadKg)}${pct}.`
    }
  }

  const previous = sessions[1]
  const fellShort = (session: LoggedSession): boolean =>
    session.sets.length > 0 && session.sets.some((s) => s.reps !== null && s.reps < bottom)
  if (previous && fellShort(latest) && fellShort(previous)) {
    const loadKg = reducedLoadKg(currentKg, options)
    if (loadKg === null) return null
    if (prescribedKg !== null && prescribedKg <= loadKg + 1e-6) return null
    return {
      ...base,
      kind: 'reduce',
      loadKg,
      reason: `Reps fell below ${bottom} in each of the last two sessions (${shortDate(previous.date, options.today)} and ${shortDate(latest.date, options.today)}): hold at ${formatMass(unit, currentKg)} until every set reaches ${bottom}, or drop to ${formatMass(unit, loadKg)}.`
    }
  }
  return null
}

function trimNumber(value: number): string {
  return String(Number(value.toFixed(2)))
}
