import { foldText } from '../fold-text'
import { parseCsv } from './csv-text'

/** How a set was marked in the other app. Warm-ups never count as work sets. */
export type ImportedSetType = 'normal' | 'warmup' | 'failure' | 'dropset'

/** One set row from a Strong or Hevy export, in the file's own units. */
export interface ImportedSet {
  exercise: string
  type: ImportedSetType
  reps: number | null
  weight: number | null
  /** The weight's unit when the file says so (per header or per row); null when it does not. */
  weightUnit: 'kg' | 'lb' | null
  seconds: number | null
  /** Metres, when the set has a distance. */
  distanceM: number | null
  /** The distance as written, when its unit is unknown: converted by the caller's unit. */
  distanceRaw: number | null
  rpe: number | null
  notes: string
  supersetId: string | null
}

/** One workout of the file: a session on one day. */
export interface ImportedWorkout {
  /** Stable across re-imports of the same workout: format, start time and name. */
  key: string
  /** Local date and time as written, YYYY-MM-DDTHH:MM. */
  start: string
  date: string
  name: string
  durationS: number | null
  notes: string
  /** Notes the app keeps per exercise (Hevy), by exercise name. */
  exerciseNotes: Record<string, string>
  sets: ImportedSet[]
}

export interface WorkoutFile {
  format: 'strong' | 'hevy'
  /** False when neither the header nor the rows say whether weights are kg or lb. */
  unitsKnown: boolean
  workouts: ImportedWorkout[]
  /** Strong's "Rest Timer" rows, which are not sets and are left out. */
  restTimerRows: number
}

/** A file that is not a workout export Spotter reads; the message is for the trainer. */
export class WorkoutFileError extends Error {}

const columnKey = (name: string): string =>
  foldText(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

/** A number as apps write it: "62.5", "62,5" (semicolon files), or empty. */
function number(text: string | undefined): number | null {
  const trimmed = (text ?? '').trim()
  if (trimmed === '') return null
  const normal = trimmed.includes('.') ? trimmed.replace(/,/g, '') : trimmed.replace(',', '.')
  const value = Number(normal)
  return Number.isFinite(value) ? value : null
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const pad = (n: number): string => String(n).padStart(2, '0')

/**
 * A date and time as the apps write it: "2024-03-04 07:12:33" (Strong), "4 Mar 2024, 07:12" and
 * "Mar 4, 2024, 7:12 AM" (Hevy), or ISO. Returns local "YYYY-MM-DDTHH:MM", or null.
 */
export function parseWorkoutDate(text: string): string | null {
  const value = text.trim()
  let match = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2}))?/.exec(value)
  if (match) {
    const [, y, mo, d, h = '0', mi = '0'] = match
    return `${y}-${mo}-${d}T${pad(Number(h))}:${mi.padStart(2, '0')}`
  }
  const clock = (h: string, m: string, ampm: string | undefined): string => {
    let hour = Number(h)
    if (ampm && /pm/i.test(ampm) && hour < 12) hour += 12
    if (ampm && /am/i.test(ampm) && hour === 12) hour = 0
    return `${pad(hour)}:${m}`
  }
  match = /^(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4}),? (\d{1,2}):(\d{2})\s*(am|pm)?/i.exec(value)
  if (match) {
    const [, d, mon, y, h, m, ampm] = match as unknown as [
      string,
      string,
      string,
      string,
      string,
      string,
      string | undefined
    ]
    const month = months.indexOf(mon.toLowerCase())
    if (month < 0) return null
    return `${y}-${pad(month + 1)}-${pad(Number(d))}T${clock(h, m, ampm)}`
  }
  match = /^([A-Za-z]{3})[a-z]* (\d{1,2}),? (\d{4}),? (\d{1,2}):(\d{2})\s*(am|pm)?/i.exec(value)
  if (match) {
    const [, mon, d, y, h, m, ampm] = match as unknown as [
      string,
      string,
      string,
      string,
      string,
      string,
      string | undefined
    ]
    const month = months.indexOf(mon.toLowerCase())
    if (month < 0) return null
    return `${y}-${pad(month + 1)}-${pad(Number(d))}T${clock(h, m, ampm)}`
  }
  return null
}

/** Strong's workout duration: "1h 5m", "45m", "50s", or plain seconds. */
function parseDuration(text: string | undefined): number | null {
  const value = (text ?? '').trim()
  if (!value) return null
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value))
  let seconds = 0
  let found = false
  for (const [, amount, unit] of value.matchAll(/(\d+)\s*([hms])/gi)) {
    found = true
    seconds += Number(amount) * ({ h: 3600, m: 60, s: 1 }[(unit as string).toLowerCase()] ?? 0)
  }
  return found ? seconds : null
}

function unitOf(text: string | undefined): 'kg' | 'lb' | null {
  const value = (text ?? '').trim().toLowerCase()
  if (value === 'kg' || value === 'kgs') return 'kg'
  if (value === 'lb' || value === 'lbs') return 'lb'
  return null
}

const metresPer: Record<string, number> = {
  m: 1,
  meters: 1,
  metres: 1,
  km: 1000,
  mi: 1609.344,
  miles: 1609.344,
  ft: 0.3048,
  feet: 0.3048,
  yd: 0.9144,
  yards: 0.9144
}

interface Columns {
  get: (row: string[], ...names: string[]) => string | undefined
  has: (...names: string[]) => boolean
  find: (pattern: RegExp) => string | undefined
}

function columns(header: string[]): Columns {
  const index = new Map(header.map((name, i) => [columnKey(name), i]))
  return {
    has: (...names) => names.some((name) => index.has(name)),
    get: (row, ...names) => {
      for (const name of names) {
        const i = index.get(name)
        if (i !== undefined) return row[i]
      }
      return undefined
    },
    find: (pattern) => [...index.keys()].find((key) => pattern.test(key))
  }
}

/** One row of a file, read: its workout's fields and its set (none for a Strong rest timer). */
interface RawRow {
  key: string
  start: string
  name: string
  durationS: number | null
  notes: string
  set: ImportedSet | null
  exerciseNote?: [string, string]
}

function groupWorkouts(rows: RawRow[]): ImportedWorkout[] {
  const byKey = new Map<string, ImportedWorkout>()
  for (const row of rows) {
    let workout = byKey.get(row.key)
    if (!workout) {
      workout = {
        key: row.key,
        start: row.start,
        date: row.start.slice(0, 10),
        name: row.name,
        durationS: row.durationS,
        notes: row.notes,
        exerciseNotes: {},
        sets: []
      }
      byKey.set(row.key, workout)
    }
    if (row.set) workout.sets.push(row.set)
    if (row.exerciseNote && row.exerciseNote[1])
      workout.exerciseNotes[row.exerciseNote[0]] = row.exerciseNote[1]
    if (!workout.notes && row.notes) workout.notes = row.notes
  }
  return [...byKey.values()].sort((a, b) => a.start.localeCompare(b.start))
}

function readStrong(header: string[], rows: string[][]): WorkoutFile {
  const col = columns(header)
  const weightHeader = col.find(/^weight( kg| lbs?)?$/)
  const headerUnit = weightHeader?.endsWith('kg')
    ? 'kg'
    : weightHeader && /lbs?$/.test(weightHeader)
      ? 'lb'
      : null
  const distanceHeader = col.find(/^distance( meters| km| miles| mi)?$/)
  const distanceHeaderUnit = distanceHeader?.split(' ')[1]
  const hasRowUnits = col.has('weight unit')
  let restTimerRows = 0
  let unitsKnown = headerUnit !== null
  const parsed = rows.map((row, i): RawRow => {
    const when = parseWorkoutDate(col.get(row, 'date') ?? '')
    if (!when)
      throw new WorkoutFileError(
        `Row ${i + 2}: the date “${col.get(row, 'date') ?? ''}” is not one Spotter can read.`
      )
    const name = (col.get(row, 'workout name') ?? '').trim() || 'Workout'
    const order = (col.get(row, 'set order') ?? '').trim()
    const base = {
      key: `strong|${when}|${name}`,
      start: when,
      name,
      durationS: parseDuration(col.get(row, 'duration', 'workout duration', 'duration sec')),
      notes: (col.get(row, 'workout notes') ?? '').trim()
    }
    if (/^rest timer$/i.test(order)) {
      restTimerRows++
      return { ...base, set: null }
    }
    const rowUnit = hasRowUnits ? unitOf(col.get(row, 'weight unit')) : null
    if (rowUnit) unitsKnown = true
    const rawDistance = number(col.get(row, distanceHeader ?? 'distance'))
    const distanceUnit = (col.get(row, 'distance unit') ?? distanceHeaderUnit ?? '').trim().toLowerCase()
    const perUnit = metresPer[distanceUnit]
    const type: ImportedSetType = /^w/i.test(order)
      ? 'warmup'
      : /^f/i.test(order)
        ? 'failure'
        : /^d/i.test(order)
          ? 'dropset'
          : 'normal'
    const set: ImportedSet = {
      exercise: (col.get(row, 'exercise name') ?? '').trim(),
      type,
      reps: number(col.get(row, 'reps')),
      weight: number(col.get(row, weightHeader ?? 'weight')),
      weightUnit: rowUnit ?? headerUnit,
      seconds: number(col.get(row, 'seconds')),
      distanceM: rawDistance !== null && perUnit ? rawDistance * perUnit : null,
      distanceRaw: rawDistance !== null && !perUnit ? rawDistance : null,
      rpe: number(col.get(row, 'rpe')),
      notes: (col.get(row, 'notes') ?? '').trim(),
      supersetId: null
    }
    if (!set.exercise) throw new WorkoutFileError(`Row ${i + 2} has no exercise name.`)
    return { ...base, set }
  })
  return { format: 'strong', unitsKnown, workouts: groupWorkouts(parsed), restTimerRows }
}

function readHevy(header: string[], rows: string[][]): WorkoutFile {
  const col = columns(header)
  const unit: 'kg' | 'lb' | null = col.has('weight kg')
    ? 'kg'
    : col.has('weight lbs', 'weight lb')
      ? 'lb'
      : null
  const distanceScale = col.has('distance km')
    ? 1000
    : col.has('distance miles')
      ? 1609.344
      : col.has('distance meters')
        ? 1
        : null
  const parsed = rows.map((row, i): RawRow => {
    const startText = col.get(row, 'start time') ?? ''
    const start = parseWorkoutDate(startText)
    if (!start)
      throw new WorkoutFileError(`Row ${i + 2}: the start time “${startText}” is not one Spotter can read.`)
    const end = parseWorkoutDate(col.get(row, 'end time') ?? '')
    const name = (col.get(row, 'title') ?? '').trim() || 'Workout'
    const exercise = (col.get(row, 'exercise title') ?? '').trim()
    if (!exercise) throw new WorkoutFileError(`Row ${i + 2} has no exercise title.`)
    const typeText = (col.get(row, 'set type') ?? 'normal').trim().toLowerCase()
    const type: ImportedSetType =
      typeText === 'warmup' || typeText === 'warm up'
        ? 'warmup'
        : typeText === 'failure'
          ? 'failure'
          : typeText === 'dropset'
            ? 'dropset'
            : 'normal'
    const distance = number(col.get(row, 'distance km', 'distance miles', 'distance meters'))
    const minutes = (t: string): number => Date.parse(`${t}:00Z`) / 1000
    const superset = (col.get(row, 'superset id') ?? '').trim()
    return {
      key: `hevy|${start}|${name}`,
      start,
      name,
      durationS: end ? Math.max(0, minutes(end) - minutes(start)) : null,
      notes: (col.get(row, 'description') ?? '').trim(),
      exerciseNote: [exercise, (col.get(row, 'exercise notes') ?? '').trim()] as [string, string],
      set: {
        exercise,
        type,
        reps: number(col.get(row, 'reps')),
        weight: number(col.get(row, 'weight kg', 'weight lbs', 'weight lb')),
        weightUnit: unit,
        seconds: number(col.get(row, 'duration seconds')),
        distanceM: distance !== null && distanceScale ? distance * distanceScale : null,
        distanceRaw: null,
        rpe: number(col.get(row, 'rpe')),
        notes: '',
        supersetId: superset && superset !== 'null' ? superset : null
      }
    }
  })
  return { format: 'hevy', unitsKnown: unit !== null, workouts: groupWorkouts(parsed), restTimerRows: 0 }
}

/**
 * Reads a Strong or Hevy CSV export, telling them apart by the header. Throws WorkoutFileError
 * with one plain sentence for anything else.
 */
export function readWorkoutCsv(text: string): WorkoutFile {
  const table = parseCsv(text)
  const keys = new Set(table.columns.map(columnKey))
  if (keys.has('exercise name') && keys.has('set order')) return readStrong(table.columns, table.rows)
  if (keys.has('exercise title') && keys.has('start time')) return readHevy(table.columns, table.rows)
  throw new WorkoutFileError(
    'This CSV is not a Strong or Hevy export: its header has none of the columns those apps write (for example “Exercise Name” and “Set Order”, or “exercise_title” and “start_time”).'
  )
}
