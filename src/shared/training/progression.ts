/**
 * Progression suggestions from a prescription's latest logged sessions (double progression):
 * reps climb to the top of the range on every prescribed set, then the exercise takes its next
 * step. What that step is depends on what it is loaded with: a few plates on a barbell, the next
 * dumbbell or kettlebell on the rack, one plate of a machine's stack, and never more than about
 * 10 % of the load. Bodyweight and band work, and loads too light for the smallest step, move on
 * to the library's harder alternative, more reps (or a longer hold), or one more set. Reps that
 * fall short of the range twice in a row call for holding or easing the load. Every suggestion
 * names the rule it used; the trainer accepts or dismisses it, and nothing changes until then.
 */

import type { Load } from '../schemas/program'
import type { LoadSteps } from '../schemas/settings'
import { formatMass, kgTo, toKg, type MassUnit } from '../units'
import { shortDate } from '../dates'

/** What an exercise's load is made of, which decides the size of its next step. */
export type Loading = 'barbell' | 'dumbbell' | 'kettlebell' | 'machine' | 'plates'

/** What the rules need of a prescription. */
export interface ProgressionPrescription {
  id: number
  exerciseId: number
  exerciseName: string
  category: 'lower' | 'upper' | 'core' | 'full'
  /** The exercise's equipment, as the library lists it. */
  equipment: readonly string[]
  setsMin: number
  setsMax: number
  repsMin: number | null
  repsMax: number | null
  holdMinS: number | null
  holdMaxS: number | null
  load: Load
  /** The trainer's own step for this prescription, in percent of the load; null for the equipment's rule. */
  progressionPct: number | null
  /**
   * The library's harder alternatives this client can move on to (not archived, not loading an
   * active injury, not already in the workout), in the library's order.
   */
  harder: ReadonlyArray<{ exerciseId: number; name: string }>
}

/** A logged session of the prescription: its work sets only (no warm-ups), in set order. */
export interface LoggedSession {
  sessionId: number
  date: string
  sets: ReadonlyArray<{
    reps: number | null
    holdS: number | null
    loadKg: number | null
    rpe: number | null
  }>
}

export interface ProgressionOptions extends LoadSteps {
  massUnit: MassUnit
  /** Today's date, so reasons name the year only when it is not this one. */
  today: string
}

/** What accepting a suggestion changes in the prescription. */
export type SuggestedChange =
  | { kind: 'load'; loadKg: number }
  | { kind: 'exercise'; exerciseId: number; exerciseName: string }
  | { kind: 'reps'; repsMin: number; repsMax: number }
  | { kind: 'hold'; holdMinS: number; holdMaxS: number }
  | { kind: 'sets'; setsMin: number; setsMax: number }

export interface Suggestion {
  prescriptionId: number
  exerciseId: number
  exerciseName: string
  /** Up (a heavier load, a harder exercise, more work) or down (a lighter load). */
  kind: 'increase' | 'reduce'
  change: SuggestedChange
  /** The load lifted in the latest session; null for bodyweight or band work. */
  currentKg: number | null
  /** The rule the step follows, in words: "Dumbbells: the next one up (2 kg apart), at most +10 %". */
  rule: string
  basedOnSessionId: number
  basedOnDate: string
  reason: string
}

/** Without an RPE target in the prescription, sets at RPE 8 or less count as having reps to spare. */
export const defaultRpeCeiling = 8
/** No suggested load is more than this many percent above the current one. */
export const maxIncreasePct = 10
/** Barbell (and other plate-loaded) steps per unit when the trainer set no percentage: small muscles move slower. */
export const barbellSteps = { kg: { upper: 2.5, lower: 5 }, lb: { upper: 5, lower: 10 } } as const
/** How far a reduction eases the load. */
export const reductionPct = 10
/** Rep and hold progressions stop here; beyond it a set is endurance work, and a harder exercise or a set serves better. */
export const maxRepsForProgression = 20
export const maxHoldForProgressionS = 60
/** Reps or seconds added in one step, and the most sets a suggestion goes to. */
export const repsStep = 2
export const holdStepS = 10
export const maxSetsForProgression = 5

/** Guards against 62.49999 after unit conversions before rounding to a step. */
const clean = (value: number): number => Math.round(value * 1e6) / 1e6
const trim = (value: number): string => String(Number(value.toFixed(2)))
const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`

/**
 * What an exercise is loaded with, from its equipment: a barbell, a machine or cable stack,
 * dumbbells or kettlebells (whichever the library names first), else plates of some kind (a vest,
 * a plate held for a plank).
 */
export function loadingOf(equipment: readonly string[]): Loading {
  if (equipment.includes('barbell')) return 'barbell'
  if (equipment.includes('machine') || equipment.includes('cable')) return 'machine'
  const dumbbell = equipment.indexOf('dumbbell')
  const kettlebell = equipment.indexOf('kettlebell')
  if (dumbbell >= 0 && (kettlebell < 0 || dumbbell < kettlebell)) return 'dumbbell'
  if (kettlebell >= 0) return 'kettlebell'
  return 'plates'
}

/** The smallest step of this kind of equipment in the trainer's unit, from Settings. */
export function equipmentStep(loading: Loading, options: ProgressionOptions): number {
  const lb = options.massUnit === 'lb'
  switch (loading) {
    case 'dumbbell':
      return lb ? options.dumbbellStepLb : options.dumbbellStepKg
    case 'kettlebell':
      return lb ? options.kettlebellStepLb : options.kettlebellStepKg
    case 'machine':
      return lb ? options.machineStepLb : options.machineStepKg
    default:
      return lb ? options.plateStepLb : options.plateStepKg
  }
}

const toolWords: Record<Loading, { rule: string; next: string }> = {
  barbell: { rule: 'Barbell', next: 'the next plates' },
  plates: { rule: 'Added weight', next: 'the next plate' },
  dumbbell: { rule: 'Dumbbells', next: 'the next dumbbell up' },
  kettlebell: { rule: 'Kettlebells', next: 'the next kettlebell up' },
  machine: { rule: 'Machine or cable', next: 'the next plate of the stack' }
}

/** The next load up and the rule that gave it, or why there is none (the smallest step is over 10 %). */
export type NextLoad = { loadKg: number; rule: string } | { loadKg: null; rule: string }

/**
 * The next load up from `currentKg`, on the grid of the equipment's step in the trainer's unit:
 * the trainer's percentage when set, else +2.5 kg (upper body) or +5 kg (lower) on a barbell,
 * else the next dumbbell, kettlebell or stack plate. It is always at least one step up and never
 * more than 10 % above the current load; when one step is already more, there is no next load.
 */
export function nextLoad(
  currentKg: number,
  prescription: Pick<ProgressionPrescription, 'category' | 'equipment' | 'progressionPct'>,
  options: ProgressionOptions
): NextLoad {
  const unit = options.massUnit
  const loading = loadingOf(prescription.equipment)
  const step = equipmentStep(loading, options)
  const current = clean(kgTo(unit, currentKg))
  const pct =
    prescription.progressionPct !== null && prescription.progressionPct > 0
      ? prescription.progressionPct
      : null
  const lower = prescription.category === 'lower' || prescription.category === 'full'
  const plateLoaded = loading === 'barbell' || loading === 'plates'
  const increment =
    pct !== null ? (current * pct) / 100 : plateLoaded ? barbellSteps[unit][lower ? 'lower' : 'upper'] : step
  const oneStepUp = clean(Math.floor(clean(current / step)) * step + step)
  let next = Math.max(oneStepUp, clean(Math.round(clean((current + increment) / step)) * step))
  const words = toolWords[loading]
  let rule =
    pct !== null
      ? `Your rule for this exercise: +${trim(pct)} %, on ${trim(step)} ${unit} steps`
      : plateLoaded
        ? `${words.rule}, ${lower ? 'lower' : 'upper'} body: +${trim(increment)} ${unit}`
        : `${words.rule}: ${words.next} (${trim(step)} ${unit} apart)`
  const ceiling = clean((current * (100 + maxIncreasePct)) / 100)
  if (next > ceiling) {
    const capped = clean(Math.floor(clean(ceiling / step)) * step)
    if (capped <= current) {
      const addsPct = Math.round(((oneStepUp - current) / current) * 100)
      return {
        loadKg: null,
        rule: `${words.rule}: ${words.next}, ${trim(oneStepUp)} ${unit}, would add ${addsPct} %, more than ${maxIncreasePct} %`
      }
    }
    next = capped
    rule += `, held to ${maxIncreasePct} % of ${trim(current)} ${unit}`
  } else {
    rule += `, at most +${maxIncreasePct} %`
  }
  return { loadKg: clean(toKg(unit, next)), rule }
}

/** A lighter load: `reductionPct` off, rounded down to the equipment's step, at least one step below. */
export function reducedLoadKg(
  currentKg: number,
  equipment: readonly string[],
  options: ProgressionOptions
): number | null {
  const unit = options.massUnit
  const step = equipmentStep(loadingOf(equipment), options)
  const current = clean(kgTo(unit, currentKg))
  let next = Math.floor(clean((current * (100 - reductionPct)) / 100) / step) * step
  if (next >= current) next = Math.ceil(current / step) * step - step
  return next > 0 ? clean(toKg(unit, clean(next))) : null
}

/**
 * The next step without load: the library's harder alternative when the work has no load,
 * else two more reps (or ten more seconds of a hold) while the range stays short, else one more
 * set. Null when the prescription is already at the end of all three.
 */
function stepWithoutLoad(
  prescription: ProgressionPrescription,
  offerHarder: boolean
): { change: SuggestedChange; rule: string; advice: string } | null {
  const harder = offerHarder ? prescription.harder[0] : undefined
  if (harder) {
    return {
      change: { kind: 'exercise', exerciseId: harder.exerciseId, exerciseName: harder.name },
      rule: 'the library’s harder alternative',
      advice: `move on to ${harder.name}`
    }
  }
  const hold = prescription.repsMin === null && prescription.repsMax === null
  if (hold) {
    const top = prescription.holdMaxS ?? prescription.holdMinS
    if (top !== null && top < maxHoldForProgressionS) {
      const holdMaxS = Math.min(top + holdStepS, maxHoldForProgressionS)
      const holdMinS = Math.min((prescription.holdMinS ?? top) + holdStepS, holdMaxS)
      return {
        change: { kind: 'hold', holdMinS, holdMaxS },
        rule: `${holdStepS} s longer holds, up to ${maxHoldForProgressionS} s`,
        advice: `hold for ${holdMinS === holdMaxS ? holdMaxS : `${holdMinS}–${holdMaxS}`} s`
      }
    }
  } else {
    const top = prescription.repsMax ?? prescription.repsMin
    if (top !== null && top < maxRepsForProgression) {
      const repsMax = Math.min(top + repsStep, maxRepsForProgression)
      const repsMin = Math.min((prescription.repsMin ?? top) + repsStep, repsMax)
      return {
        change: { kind: 'reps', repsMin, repsMax },
        rule: `${repsStep} more reps per set, up to ${maxRepsForProgression}`,
        advice: `aim for ${repsMin === repsMax ? repsMax : `${repsMin}–${repsMax}`} reps`
      }
    }
  }
  if (prescription.setsMax < maxSetsForProgression) {
    const setsMax = prescription.setsMax + 1
    const setsMin = Math.min(prescription.setsMin + 1, setsMax)
    return {
      change: { kind: 'sets', setsMin, setsMax },
      rule: `one more set, up to ${maxSetsForProgression}`,
      advice: `add a set (${setsMin === setsMax ? setsMax : `${setsMin}–${setsMax}`} sets)`
    }
  }
  return null
}

/**
 * The suggestion for one prescription, or null when the logs call for none. `sessions` are the
 * latest logged sessions of the prescription with its current exercise, newest first (two are
 * enough). A step up needs every prescribed set (at least the fewest the range allows) done at
 * the top of the range, within the effort target.
 */
export function suggestProgression(
  prescription: ProgressionPrescription,
  sessions: readonly LoggedSession[],
  options: ProgressionOptions
): Suggestion | null {
  const hold = prescription.repsMin === null && prescription.repsMax === null
  const top = hold
    ? (prescription.holdMaxS ?? prescription.holdMinS)
    : (prescription.repsMax ?? prescription.repsMin)
  const bottom = hold
    ? (prescription.holdMinS ?? prescription.holdMaxS)
    : (prescription.repsMin ?? prescription.repsMax)
  const latest = sessions[0]
  if (top === null || bottom === null || !latest || latest.sets.length === 0) return null
  const done = (set: LoggedSession['sets'][number]): number | null => (hold ? set.holdS : set.reps)
  const currentKg = Math.max(...latest.sets.map((s) => s.loadKg ?? 0))
  const loaded = currentKg > 0
  const unit = options.massUnit
  const base = {
    prescriptionId: prescription.id,
    exerciseId: prescription.exerciseId,
    exerciseName: prescription.exerciseName,
    currentKg: loaded ? currentKg : null,
    basedOnSessionId: latest.sessionId,
    basedOnDate: latest.date
  }
  const when = (session: LoggedSession): string => shortDate(session.date, options.today)

  const ceiling = prescription.load.kind === 'rpe' ? prescription.load.value : defaultRpeCeiling
  const count = latest.sets.length
  const everySet = count >= prescription.setsMin
  const allAtTop = latest.sets.every((s) => (done(s) ?? 0) >= top)
  const withinEffort = latest.sets.every((s) => s.rpe === null || s.rpe <= ceiling)
  if (everySet && allAtTop && withinEffort) {
    const who = count === 1 ? 'The only set' : count === 2 ? 'Both sets' : `All ${count} sets`
    const effort = latest.sets.some((s) => s.rpe !== null)
      ? ` at RPE ${trim(ceiling)} or less`
      : ', with no RPE logged,'
    const reached = hold ? `held ${top} s` : `reached ${plural(top, 'rep')}`
    const evidence = `${who} ${reached}${effort} last session (${when(latest)})`
    let tooHeavyToStep: string | undefined
    if (loaded) {
      const step = nextLoad(currentKg, prescription, options)
      if (step.loadKg !== null) {
        const prescribedKg = prescription.load.kind === 'kg' ? prescription.load.value : null
        // Already prescribed at or above it (accepted, or raised by hand): nothing to suggest.
        if (prescribedKg !== null && prescribedKg >= step.loadKg - 1e-6) return null
        const pct =
          prescription.progressionPct !== null && prescription.progressionPct > 0
            ? ` (+${trim(prescription.progressionPct)} %)`
            : ''
        return {
          ...base,
          kind: 'increase',
          change: { kind: 'load', loadKg: step.loadKg },
          rule: step.rule,
          reason: `${evidence}: try ${formatMass(unit, step.loadKg)}${pct}.`
        }
      }
      tooHeavyToStep = step.rule
    }
    // Bodyweight or band work, or a load whose smallest step is too big a jump.
    const next = stepWithoutLoad(prescription, !loaded)
    if (!next) return null
    const what = prescription.load.kind === 'band' ? 'Band' : 'Bodyweight'
    return {
      ...base,
      kind: 'increase',
      change: next.change,
      rule: tooHeavyToStep ? `${tooHeavyToStep}; until then, ${next.rule}` : `${what}: ${next.rule}`,
      reason: `${evidence}: ${next.advice}.`
    }
  }

  const previous = sessions[1]
  const fellShort = (session: LoggedSession): boolean =>
    session.sets.length > 0 && session.sets.some((s) => done(s) !== null && (done(s) as number) < bottom)
  if (loaded && !hold && previous && fellShort(latest) && fellShort(previous)) {
    const loadKg = reducedLoadKg(currentKg, prescription.equipment, options)
    if (loadKg === null) return null
    const prescribedKg = prescription.load.kind === 'kg' ? prescription.load.value : null
    if (prescribedKg !== null && prescribedKg <= loadKg + 1e-6) return null
    return {
      ...base,
      kind: 'reduce',
      change: { kind: 'load', loadKg },
      rule: `Two sessions in a row below the range: hold, or ease about ${reductionPct} %`,
      reason: `Reps fell below ${bottom} in each of the last two sessions (${when(previous)} and ${when(latest)}): hold at ${formatMass(unit, currentKg)} until every set reaches ${bottom}, or drop to ${formatMass(unit, loadKg)}.`
    }
  }
  return null
}
