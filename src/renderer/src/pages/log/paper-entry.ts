import type { Prescription } from '@shared/contract'
import { setInputSchema, type SetInput } from '@shared/schemas/logs'
import { orderLabels } from '@shared/training/supersets'
import { toKg, type MassUnit } from '@shared/units'
import { describeTarget, type PrefillContext } from './session-grid'
import { addDays } from '@shared/dates'
import { programWeekStart } from '@shared/training/program-weeks'

/**
 * Typing back a paper log sheet: the sheet has a row per exercise, a column per week and a box
 * per set in which the client writes "60x8" or "60x8@7". These pure functions read those boxes.
 */

export const paperCellHelp = 'Write load × reps, e.g. 60x8 or 60x8@7'

/** What one box says, in SI; reps or a hold in seconds. */
export interface PaperSet {
  loadKg: number | null
  reps: number | null
  holdS: number | null
  rpe: number | null
}

export type PaperCell = { ok: true; set: PaperSet } | { ok: false; error: string }

// load × reps (s for seconds) @ RPE; the load may be "bw", and the load or the RPE left out.
const cellPattern = /^(?:(bw|\d+(?:\.\d+)?)\s*x\s*)?(\d+)\s*(s|sec)?\s*(?:@\s*(\d+(?:\.\d+)?))?$/

/**
 * Reads one box: "60x8@7", "60×8", "62,5 x 8", "bw x 12", "12" (reps only), "45s" or "10x30s"
 * (a hold). Loads are in the trainer's unit. Returns undefined for an empty box.
 */
export function parsePaperCell(text: string, unit: MassUnit, hold = false): PaperCell | undefined {
  const normalized = text.trim().toLowerCase().replace(/,/g, '.').replace(/[×*]/g, 'x')
  if (normalized === '') return undefined
  const match = cellPattern.exec(normalized)
  if (!match) return { ok: false, error: paperCellHelp }
  const [, loadText, countText, seconds, rpeText] = match
  const load = loadText === undefined || loadText === 'bw' ? null : Number(loadText)
  const count = Number(countText)
  const rpe = rpeText === undefined ? null : Number(rpeText)
  const timed = hold || seconds !== undefined
  // The numbers read, the contract's own set fields bound them, in their words.
  const refused = setInputSchema.safeParse({
    exerciseId: 1,
    reps: timed ? null : count,
    holdS: timed ? count : null,
    loadKg: load === null ? null : toKg(unit, load),
    rpe
  })
  if (!refused.success) return { ok: false, error: refused.error.issues[0]?.message ?? paperCellHelp }
  return {
    ok: true,
    set: {
      loadKg: load === null ? null : Number(toKg(unit, load).toFixed(3)),
      reps: timed ? null : count,
      holdS: timed ? count : null,
      rpe
    }
  }
}

/** A sheet row: one prescription with as many boxes per week as its most sets. */
export interface PaperRow {
  prescriptionId: number
  exerciseId: number
  exerciseName: string
  label: string
  target: string
  hold: boolean
  sets: number
}

export function paperRows(prescriptions: readonly Prescription[], ctx: PrefillContext): PaperRow[] {
  const labels = orderLabels(prescriptions)
  return prescriptions.map((p, i) => ({
    prescriptionId: p.id,
    exerciseId: p.exerciseId,
    exerciseName: p.exerciseName,
    label: labels[i] ?? '',
    target: describeTarget(p, ctx),
    hold: p.repsMin === null && p.repsMax === null,
    sets: p.setsMax
  }))
}

/** The key of one box: prescription, week (1-based) and set (1-based). */
export const paperCellKey = (prescriptionId: number, week: number, set: number): string =>
  `${prescriptionId}:${week}:${set}`

/** The key under which a week's missing date is reported. */
export const paperDateKey = (week: number): string => `date:${week}`

/**
 * A date for each week's column: the program's start plus a week per week. Without a start
 * date the last week is taken to be this one, so every default date is in the past.
 */
export function paperWeekDates(startDate: string | null, weeks: number, today: string): string[] {
  return Array.from({ length: weeks }, (_, i) =>
    startDate ? programWeekStart(startDate, i + 1) : addDays(today, -(weeks - 1 - i) * 7)
  )
}

/**
 * The boxes as one session per week that has anything written, in week order. Every unreadable
 * box is reported by its key, and then no session is returned: a half-read sheet is not saved.
 */
export function paperToSessions(
  rows: readonly PaperRow[],
  cells: Readonly<Record<string, string>>,
  dates: readonly string[],
  unit: MassUnit
): { sessions: Array<{ week: number; date: string; sets: SetInput[] }>; errors: Record<string, string> } {
  const sessions: Array<{ week: number; date: string; sets: SetInput[] }> = []
  const errors: Record<string, string> = {}
  dates.forEach((date, i) => {
    const week = i + 1
    const sets: SetInput[] = []
    for (const row of rows) {
      for (let set = 1; set <= row.sets; set++) {
        const key = paperCellKey(row.prescriptionId, week, set)
        const parsed = parsePaperCell(cells[key] ?? '', unit, row.hold)
        if (!parsed) continue
        if (!parsed.ok) {
          errors[key] = parsed.error
          continue
        }
        sets.push({
          exerciseId: row.exerciseId,
          prescriptionId: row.prescriptionId,
          ...parsed.set,
          warmup: false
        })
      }
    }
    if (sets.length > 0 && !/^\d{4}-\d{2}-\d{2}$/.test(date))
      errors[paperDateKey(week)] = 'Enter the date of this week'
    if (sets.length > 0) sessions.push({ week, date, sets })
  })
  return { sessions: Object.keys(errors).length > 0 ? [] : sessions, errors }
}
