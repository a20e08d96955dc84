import type { Prescription } from '@shared/contract'
import type { z } from 'zod'
import { readField, typedMass, typedNumber } from '@shared/forms/typed-fields'
import { setInputSchema, type Session, type SetInput } from '@shared/schemas/logs'
import { describeLoad, fixedLoad, percentLoad } from '@shared/training/loads'
import { kgTo, type MassUnit } from '@shared/units'

/**
 * The session editor's grid as plain data: rows of exercises, each with its sets as the text the
 * trainer typed. Kept free of React so prefilling, copying a set and reading the grid back into
 * the contract's sets are tested on their own.
 */

/** One set as typed: strings, so a half-typed "62," is kept until the trainer moves on. */
export interface GridSet {
  key: string
  reps: string
  load: string
  rpe: string
  warmup: boolean
}

/** One exercise of the session with its sets. */
export interface GridRow {
  key: string
  /**
   * Whether the sets are what was done. Rows prefilled from the workout start as suggestions,
   * unconfirmed: the trainer confirms an exercise by typing into it or marking it done as
   * prescribed. Only confirmed rows are saved, so an untouched exercise never becomes a log.
   */
  confirmed: boolean
  exerciseId: number
  exerciseName: string
  prescriptionId: number | null
  /** Kept for the A1/A2 labels: adjacent rows sharing a group form a superset. */
  supersetGroup: string | null
  /** What was prescribed, e.g. "3 × 6–8 · 70 % 1RM (70 kg)"; empty for an added exercise. */
  target: string
  /** Done for time: the reps column holds seconds. */
  hold: boolean
  sets: GridSet[]
}

/** What prefilling needs to turn a prescription into numbers in the trainer's unit. */
export interface PrefillContext {
  unit: MassUnit
  /** Plate step in the trainer's unit; %1RM loads round to it. */
  plateStep: number
  /** The client's 1RM (or training max) in kg, by exercise id. */
  maxes: ReadonlyMap<number, number>
  /**
   * The loads of the work sets last logged against each prescription, in kg, by prescription id:
   * where the prescription names no weight (an RPE target), the grid starts from them.
   */
  lastLoads?: ReadonlyMap<number, readonly number[]>
}

/**
 * The work-set loads of the latest session of a workout, per prescription (and only for the
 * exercise the prescription holds now), for prefilling the next one.
 */
export function lastLoadsOf(
  session: Session | undefined,
  prescriptions: readonly Prescription[]
): Map<number, number[]> {
  const loads = new Map<number, number[]>()
  if (!session) return loads
  const exerciseOf = new Map(prescriptions.map((p) => [p.id, p.exerciseId]))
  for (const set of session.sets) {
    if (set.warmup || set.prescriptionId === null || set.loadKg === null || set.loadKg <= 0) continue
    if (exerciseOf.get(set.prescriptionId) !== set.exerciseId) continue
    const list = loads.get(set.prescriptionId) ?? []
    list.push(set.loadKg)
    loads.set(set.prescriptionId, list)
  }
  return loads
}

let counter = 0
/** A key unique within this window, for React lists and focus targets. */
export function newKey(prefix = 'k'): string {
  counter += 1
  return `${prefix}${counter}`
}

const trim = (value: number): string => String(Number(value.toFixed(2)))

function range(min: number | null, max: number | null, suffix = ''): string {
  if (min === null && max === null) return ''
  if (min === null || max === null || min === max) return `${min ?? max}${suffix}`
  return `${min}–${max}${suffix}`
}

/** The load a prescription means in the trainer's unit, when it comes to a number. */
export function targetLoad(p: Prescription, ctx: PrefillContext): number | undefined {
  if (p.load.kind === 'kg') return fixedLoad(p.load.value, ctx.unit, ctx.plateStep)
  if (p.load.kind === 'percent1rm') {
    const max = ctx.maxes.get(p.exerciseId)
    return max === undefined ? undefined : percentLoad(p.load.value, max, ctx.unit, ctx.plateStep)
  }
  return undefined
}

/** "3 × 6–8 · 70 % 1RM (70 kg)", "2 × 30–45 s per side · Bodyweight": the target as written on a sheet. */
export function describeTarget(p: Prescription, ctx: PrefillContext): string {
  const hold = p.repsMin === null && p.repsMax === null
  const work = hold ? range(p.holdMinS, p.holdMaxS, ' s') : range(p.repsMin, p.repsMax)
  const head = `${range(p.setsMin, p.setsMax)} × ${work}${p.perSide ? ' per side' : ''}`
  if (p.load.kind === 'none') return head
  return `${head} · ${describeLoad(p.load, ctx.unit, p.load.kind === 'percent1rm' ? targetLoad(p, ctx) : undefined, ctx.plateStep)}`
}

/**
 * A workout's prescriptions as the grid starts: each exercise in order with the prescribed
 * number of sets (the top of the range), the top of the rep range (or the longest hold) and the
 * target load, or for an RPE target the load lifted last time. An RPE, bodyweight or band target
 * is shown, not typed in: it is not a weight. All of it is a suggestion until confirmed.
 */
export function prefillRows(prescriptions: readonly Prescription[], ctx: PrefillContext): GridRow[] {
  return prescriptions.map((p) => {
    const hold = p.repsMin === null && p.repsMax === null
    const reps = hold ? (p.holdMaxS ?? p.holdMinS) : (p.repsMax ?? p.repsMin)
    const load = targetLoad(p, ctx)
    // No weight in the prescription: start from what was lifted last time, set by set.
    const last = load === undefined ? ctx.lastLoads?.get(p.id) : undefined
    const loadOf = (index: number): string => {
      if (load !== undefined) return trim(load)
      const kg = last?.[Math.min(index, last.length - 1)]
      return kg === undefined ? '' : trim(fixedLoad(kg, ctx.unit, ctx.plateStep))
    }
    const rowKey = newKey('r')
    return {
      key: rowKey,
      confirmed: false,
      exerciseId: p.exerciseId,
      exerciseName: p.exerciseName,
      prescriptionId: p.id,
      supersetGroup: p.supersetGroup,
      target: describeTarget(p, ctx),
      hold,
      sets: Array.from({ length: p.setsMax }, (_, index) => ({
        key: newKey('s'),
        reps: reps === null ? '' : String(reps),
        load: loadOf(index),
        rpe: '',
        warmup: false
      }))
    }
  })
}

/** An exercise added to the session by hand: one empty set to start from. */
export function blankRow(exercise: { id: number; name: string }): GridRow {
  return {
    key: newKey('r'),
    // Added by hand: nothing in it is a suggestion.
    confirmed: true,
    exerciseId: exercise.id,
    exerciseName: exercise.name,
    prescriptionId: null,
    supersetGroup: null,
    target: '',
    hold: false,
    sets: [emptySet()]
  }
}

export function emptySet(): GridSet {
  return { key: newKey('s'), reps: '', load: '', rpe: '', warmup: false }
}

/** The next set starts as a copy of the last one: most sets repeat it. Work, not warm-up. */
export function nextSet(last: GridSet | undefined): GridSet {
  return last ? { ...last, key: newKey('s'), warmup: false } : emptySet()
}

/**
 * A stored session back in the grid: consecutive sets of the same exercise (and prescription)
 * form a row, and a row still in the workout gets its target back.
 */
export function sessionRows(
  session: Session,
  prescriptions: readonly Prescription[],
  ctx: PrefillContext
): GridRow[] {
  const byId = new Map(prescriptions.map((p) => [p.id, p]))
  const rows: GridRow[] = []
  for (const set of session.sets) {
    let row = rows[rows.length - 1]
    if (!row || row.exerciseId !== set.exerciseId || row.prescriptionId !== set.prescriptionId) {
      const p = set.prescriptionId === null ? undefined : byId.get(set.prescriptionId)
      row = {
        key: newKey('r'),
        confirmed: true,
        exerciseId: set.exerciseId,
        exerciseName: set.exerciseName,
        prescriptionId: set.prescriptionId,
        supersetGroup: p?.supersetGroup ?? null,
        target: p ? describeTarget(p, ctx) : '',
        hold: set.holdS !== null,
        sets: []
      }
      rows.push(row)
    }
    row.sets.push({
      key: newKey('s'),
      reps: String(set.holdS ?? set.reps ?? ''),
      load: set.loadKg === null ? '' : trim(kgTo(ctx.unit, set.loadKg)),
      rpe: set.rpe === null ? '' : trim(set.rpe),
      warmup: set.warmup
    })
  }
  return rows
}

const setFields = setInputSchema.shape

/** One box of a set read by the contract's field for it: the value (kg for a load typed in lb), or its message. */
function read(
  field: 'reps' | 'holdS' | 'loadKg' | 'rpe',
  text: string,
  unit: MassUnit
): { value: number | null } | { error: string } {
  const typed = field === 'loadKg' ? typedMass(setFields.loadKg, unit) : typedNumber(setFields[field])
  return readField<z.ZodType<number | null>>(field, typed, text)
}

/** Where an error sits in the grid: the set's key and the column. */
export const cellId = (setKey: string, column: 'reps' | 'load' | 'rpe'): string => `${setKey}.${column}`

/**
 * The grid as the contract's sets, in the trainer's order, loads converted to kg. Only confirmed
 * exercises are read: an unconfirmed one is only what was prescribed. A set left completely
 * empty is dropped; anything unreadable is reported on its cell and nothing is sent.
 */
export function gridToSets(
  rows: readonly GridRow[],
  unit: MassUnit
): { sets: SetInput[]; keys: string[]; errors: Record<string, string> } {
  const sets: SetInput[] = []
  const keys: string[] = []
  const errors: Record<string, string> = {}
  for (const row of rows) {
    if (!row.confirmed) continue
    for (const set of row.sets) {
      if (set.reps.trim() === '' && set.load.trim() === '' && set.rpe.trim() === '') continue
      // Each box is read and bounded by the contract's own set fields, in their words.
      const count = set.reps.trim() === '' ? undefined : read(row.hold ? 'holdS' : 'reps', set.reps, unit)
      if (set.reps.trim() === '') {
        errors[cellId(set.key, 'reps')] = row.hold ? 'Enter the seconds held' : 'Enter the reps done'
      } else if (count && 'error' in count) errors[cellId(set.key, 'reps')] = count.error
      const loaded = read('loadKg', set.load, unit)
      if ('error' in loaded) errors[cellId(set.key, 'load')] = loaded.error
      const rated = read('rpe', set.rpe, unit)
      if ('error' in rated) errors[cellId(set.key, 'rpe')] = rated.error
      const reps = count && 'value' in count ? count.value : undefined
      const load = 'value' in loaded ? loaded.value : undefined
      const rpe = 'value' in rated ? rated.value : undefined
      if (reps === undefined || load === undefined || rpe === undefined) continue
      keys.push(set.key)
      sets.push({
        exerciseId: row.exerciseId,
        prescriptionId: row.prescriptionId,
        reps: row.hold ? null : reps,
        holdS: row.hold ? reps : null,
        loadKg: load === null ? null : Number(load.toFixed(3)),
        rpe,
        warmup: set.warmup
      })
    }
  }
  const failed = Object.keys(errors).length > 0
  return { sets: failed ? [] : sets, keys: failed ? [] : keys, errors }
}

/** A set that will be saved: something typed in it. */
const hasValues = (set: GridSet): boolean =>
  set.reps.trim() !== '' || set.load.trim() !== '' || set.rpe.trim() !== ''

/** What saving the grid now will store, exercise by exercise, and what it leaves out. */
export interface SavePlan {
  /** Confirmed exercises with at least one set, and how many sets each. */
  saved: Array<{ name: string; sets: number }>
  /** Exercises still as prescribed, not confirmed: left out of the log. */
  unconfirmed: string[]
}

export function savePlan(rows: readonly GridRow[]): SavePlan {
  const saved: SavePlan['saved'] = []
  const unconfirmed: string[] = []
  for (const row of rows) {
    if (!row.confirmed) {
      unconfirmed.push(row.exerciseName)
      continue
    }
    const sets = row.sets.filter(hasValues).length
    if (sets > 0) saved.push({ name: row.exerciseName, sets })
  }
  return { saved, unconfirmed }
}

const listOf = (names: readonly string[]): string =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`

/**
 * The plan in plain words, shown above the Save button: "Saves 3 sets of Barbell back squat.
 * Not saved, not confirmed yet: Dumbbell forward lunge and Calf raise."
 */
export function describeSavePlan(plan: SavePlan): string {
  const total = plan.saved.reduce((sum, e) => sum + e.sets, 0)
  const saves =
    plan.saved.length === 0
      ? 'Nothing to save yet.'
      : plan.saved.length === 1
        ? `Saves ${total} ${total === 1 ? 'set' : 'sets'} of ${plan.saved[0]?.name}.`
        : `Saves ${total} sets of ${plan.saved.length} exercises: ${listOf(plan.saved.map((e) => `${e.name} (${e.sets})`))}.`
  if (plan.unconfirmed.length === 0) return saves
  const shown =
    plan.unconfirmed.length > 4
      ? [...plan.unconfirmed.slice(0, 3), `${plan.unconfirmed.length - 3} more`]
      : plan.unconfirmed
  return `${saves} Not saved, not confirmed yet: ${listOf(shown)}.`
}

const serverColumns: Record<string, 'reps' | 'load' | 'rpe'> = {
  reps: 'reps',
  holdS: 'reps',
  loadKg: 'load',
  rpe: 'rpe'
}

/**
 * The cell a store error such as "sets.3.rpe" points at, given the set keys gridToSets sent;
 * undefined when the error is about the session rather than one cell.
 */
export function cellOfField(field: string | undefined, keys: readonly string[]): string | undefined {
  const match = /^sets\.(\d+)\.(\w+)$/.exec(field ?? '')
  if (!match) return undefined
  const key = keys[Number(match[1])]
  const column = serverColumns[match[2] as string]
  return key && column ? cellId(key, column) : undefined
}
