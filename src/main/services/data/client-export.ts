import { writeFileSync } from 'node:fs'
import type { Database } from 'better-sqlite3'
import { toCsv } from '@shared/imports/csv-text'
import { listInjuries } from '../../db/clients'
import { openConnection } from '../../db/connection'
import { listExercises } from '../../db/exercises'
import { listMeasurements } from '../../db/measurements'
import { listClientPrograms, listMaxes } from '../../db/programs'
import { planHistory } from '../../db/progress'
import { listRuns } from '../../db/runs'
import { getSession, listSessions } from '../../db/sessions'
import { planHistoryStart } from '../../db/week-plans'
import type { JobContext } from '../../jobs/job-context'
import { requireClient } from '../require'
import { readProgram } from '../programs'
import { readWeekPlan } from '../week-plans'

/** The client's planned days (rest days left unplanned are left out), with workouts by name. */
function weekPlanRecord(db: Database, clientId: number): Array<Record<string, unknown>> {
  const plan = readWeekPlan(db, clientId)
  if (!plan.planned) return []
  return plan.days
    .filter((day) => day.runKind !== 'rest' || day.workouts.length > 0 || day.notes !== '')
    .map(({ workouts, ...day }) => ({ ...day, workouts: workouts.map((workout) => workout.name) }))
}

/** The marker of a per-client export. */
export const clientExportFormat = 'spotter-client-export'

/**
 * Everything Spotter holds about one client, readable without Spotter: names instead of ids, in
 * stored units (kg, m, s) and ISO dates. This is what a client's data request gets.
 */
export function clientRecord(
  db: Database,
  clientId: number,
  now: string,
  appVersion: string
): Record<string, unknown> {
  const client = requireClient(db, clientId)
  const exerciseNames = new Map(listExercises(db, true).map((e) => [e.id, e.name]))
  const name = (id: number): string => exerciseNames.get(id) ?? `Exercise ${id}`
  return {
    format: clientExportFormat,
    version: 1,
    appVersion,
    exportedAt: now,
    client,
    injuries: listInjuries(db, clientId).map(({ clientId: _c, ...injury }) => injury),
    oneRepMaxes: listMaxes(db, clientId).map((max) => ({
      exercise: name(max.exerciseId),
      kind: max.kind,
      kg: max.kg,
      setOn: max.setOn
    })),
    weekPlan: weekPlanRecord(db, clientId),
    // The plan's strength days over time, as Progress compares each week with them; `from` null
    // is "since before anything was logged".
    weekPlanHistory: planHistory(db, clientId).map((period) => ({
      from: period.from === planHistoryStart ? null : period.from,
      strengthWeekdays: period.weekdays
    })),
    programs: listClientPrograms(db, clientId).map((summary) => {
      const program = readProgram(db, summary.id)
      return {
        name: program.name,
        goal: program.goal,
        notes: program.notes,
        status: program.status,
        startDate: program.startDate,
        weeks: program.weeks,
        workouts: program.workouts.map((workout) => ({
          name: workout.name,
          notes: workout.notes,
          exercises: workout.prescriptions.map(({ id: _id, workoutId: _w, exerciseId, ...rx }) => ({
            exercise: name(exerciseId),
            ...rx
          }))
        }))
      }
    }),
    sessions: listSessions(db, clientId).map((summary) => {
      const session = getSession(db, summary.id)
      return {
        date: summary.date,
        workout: summary.workoutName,
        durationS: summary.durationS,
        effort: summary.effort,
        notes: summary.notes,
        sets: (session?.sets ?? []).map((set) => ({
          exercise: set.exerciseName,
          set: set.setNumber,
          reps: set.reps,
          holdS: set.holdS,
          loadKg: set.loadKg,
          rpe: set.rpe,
          warmup: set.warmup
        }))
      }
    }),
    runs: listRuns(db, clientId).map(({ id: _id, clientId: _c, ...run }) => run),
    measurements: listMeasurements(db, clientId).map((m) => ({
      kind: m.kindName,
      date: m.date,
      value: m.value,
      unit: m.unit
    }))
  }
}

const csvColumns = [
  'record',
  'date',
  'item',
  'set',
  'reps',
  'hold_s',
  'load_kg',
  'rpe',
  'warmup',
  'distance_m',
  'duration_s',
  'value',
  'unit',
  'notes'
]

/** The same record as one flat CSV: a row per profile field, injury, set, run and measurement. */
export function clientCsv(record: Record<string, unknown>): string {
  type Row = Array<string | number | boolean | null>
  const rows: Row[] = []
  const blank = (): Row => csvColumns.map(() => null)
  const put = (values: Record<string, string | number | boolean | null | undefined>): void => {
    const row = blank()
    for (const [key, value] of Object.entries(values)) row[csvColumns.indexOf(key)] = value ?? null
    rows.push(row)
  }
  const client = record.client as Record<string, unknown>
  for (const [key, value] of Object.entries(client)) {
    put({
      record: 'profile',
      item: key,
      value: Array.isArray(value) ? value.join('; ') : (value as string | number | null)
    })
  }
  for (const injury of record.injuries as Array<Record<string, string | null>>) {
    put({
      record: 'injury',
      date: injury.since,
      item: injury.bodyArea,
      value: injury.resolvedOn ? `resolved ${injury.resolvedOn}` : 'active',
      notes: injury.note
    })
  }
  for (const session of record.sessions as Array<{
    date: string
    workout: string | null
    notes: string
    durationS: number | null
    sets: Array<Record<string, string | number | boolean | null>>
  }>) {
    put({
      record: 'session',
      date: session.date,
      item: session.workout ?? '',
      duration_s: session.durationS,
      notes: session.notes
    })
    for (const set of session.sets) {
      put({
        record: 'set',
        date: session.date,
        item: set.exercise,
        set: set.set,
        reps: set.reps,
        hold_s: set.holdS,
        load_kg: set.loadKg,
        rpe: set.rpe,
        warmup: set.warmup
      })
    }
  }
  for (const run of record.runs as Array<Record<string, string | number | null>>) {
    put({
      record: 'run',
      date: run.date,
      item: run.kind,
      distance_m: run.distanceM,
      duration_s: run.durationS,
      notes: run.notes
    })
  }
  for (const m of record.measurements as Array<Record<string, string | number>>) {
    put({
      record: 'measurement',
      date: m.date,
      item: m.kind,
      value: m.value,
      unit: m.unit
    })
  }
  return `\uFEFF${toCsv(csvColumns, rows)}\r\n`
}

/** Job: writes one client's data as JSON or CSV to `path`. */
export function exportClientJob(
  input: { clientId: number; format: 'json' | 'csv'; path: string; now: string; appVersion: string },
  ctx: JobContext
): { bytes: number; fileName: string } {
  const db = openConnection(ctx.dataFile, { mustExist: true })
  try {
    ctx.progress(0, 1, 'Gathering the client’s records')
    const record = db.transaction(() => clientRecord(db, input.clientId, input.now, input.appVersion))()
    const text = input.format === 'json' ? `${JSON.stringify(record, null, 2)}\n` : clientCsv(record)
    writeFileSync(input.path, text)
    ctx.progress(1, 1)
    const name = String((record.client as { name: string }).name)
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .replace(/\s+/g, '-')
    return { bytes: Buffer.byteLength(text), fileName: `${name || 'client'}-data.${input.format}` }
  } finally {
    db.close()
  }
}
