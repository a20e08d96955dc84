import type { Database } from 'better-sqlite3'
import type { MeasurementInput, Session, SessionSummary, SetInput } from '@shared/schemas/logs'
import { exerciseNames } from '../db/exercises'
import * as measurements from '../db/measurements'
import * as runs from '../db/runs'
import * as sessions from '../db/sessions'
import type { Handlers } from './handler-table'
import { checkDate } from './date-rules'
import { ServiceError } from './errors'
import { checkClient, deleted, found, notFound } from './require'

type LogOperation = Extract<
  keyof Handlers,
  `sessions.${string}` | `runs.${string}` | `measurements.${string}`
>

/**
 * Sensible bounds for the built-in measurements, in stored units: a typo such as 7.5 kg for a
 * body weight or a waist in centimetres stored as metres is caught before it skews a chart.
 */
const builtinRanges: Record<string, { min: number; max: number; message: string }> = {
  body_weight: { min: 20, max: 400, message: 'Body weight looks wrong' },
  body_fat: { min: 1, max: 75, message: 'Body fat is a percentage from 1 to 75' },
  resting_hr: { min: 20, max: 150, message: 'Resting heart rate looks wrong' },
  waist: { min: 0.3, max: 2.5, message: 'Waist looks wrong' }
}

const invalid = (field: string, message: string): ServiceError =>
  new ServiceError('validation', message, field)

/** A session's workout as its answer names it. */
interface WorkoutNames {
  workoutName: string | null
  programId: number | null
}

/** Handlers for the logs: strength sessions and their sets, runs, and body measurements. */
export function logHandlers(db: Database, now: () => string): Pick<Handlers, LogOperation> {
  // One transaction wrapper for every call: better-sqlite3 builds a new set of wrappers on each
  // db.transaction(), a cost paid on every save for nothing.
  const transaction = db.transaction((fn: () => unknown) => fn())
  const inTransaction = <T>(fn: () => T): T => transaction(fn) as T

  /** A log records what happened: dated tomorrow at the latest (date-window.ts). */
  const checkLogDate = (date: string, field: string): void => checkDate(date, 'done', field, now())

  /** The session's workout, which must be in one of the client's programs; its name and program, for the answer. */
  function checkWorkout(clientId: number, workoutId: number | null, field: string): WorkoutNames {
    if (workoutId === null) return { workoutName: null, programId: null }
    const workout = sessions.workoutForSession(db, workoutId)
    if (workout === undefined) throw notFound('workout', workoutId, field)
    if (workout.clientId !== clientId)
      throw invalid(field, 'The workout is not in one of this client’s programs')
    return { workoutName: workout.name, programId: workout.programId }
  }

  /**
   * Every exercise must exist, and a prescription must be one of the session's workout and name
   * the set's exercise. A pair the edited session (`sessionId`) already holds stays valid, so a
   * session logged before its prescription was swapped to another exercise can still be
   * corrected. A batch checks all its sessions' sets with one query per table, each set named by
   * its own prefix. Returns the exercises' names, for the answer.
   */
  function checkSets(
    groups: ReadonlyArray<{ sets: readonly SetInput[]; prefix: string }>,
    workoutId: number | null,
    sessionId: number | null = null
  ): Map<number, string> {
    const all = groups.flatMap((group) => group.sets)
    const exercises = exerciseNames(
      db,
      all.map((set) => set.exerciseId)
    )
    let kept: Set<string> | undefined
    const prescriptions = sessions.prescriptionOwners(
      db,
      all.flatMap((set) => (set.prescriptionId === null ? [] : [set.prescriptionId]))
    )
    for (const { sets, prefix } of groups) {
      sets.forEach((set, i) => {
        const field = `${prefix}sets.${i}`
        if (!exercises.has(set.exerciseId)) throw notFound('exercise', set.exerciseId, `${field}.exerciseId`)
        if (set.prescriptionId === null) return
        const owner = prescriptions.get(set.prescriptionId)
        if (!owner) throw notFound('prescription', set.prescriptionId, `${field}.prescriptionId`)
        if (owner.workoutId !== workoutId) {
          throw invalid(`${field}.prescriptionId`, 'The prescription is not part of the session’s workout')
        }
        if (
          owner.exerciseId !== set.exerciseId &&
          !keptPairs().has(`${set.prescriptionId}:${set.exerciseId}`)
        ) {
          throw invalid(`${field}.exerciseId`, 'The set’s exercise is not the one its prescription names')
        }
      })
    }
    return exercises
    function keptPairs(): Set<string> {
      if (kept) return kept
      const stored = sessionId === null ? undefined : sessions.getSession(db, sessionId)
      kept = new Set(stored?.sets.map((s) => `${s.prescriptionId}:${s.exerciseId}`) ?? [])
      return kept
    }
  }

  function checkMeasurement(m: MeasurementInput): void {
    const kind = found(measurements.getMeasurementKind(db, m.kindId), 'measurement kind', m.kindId, 'kindId')
    checkLogDate(m.date, 'date')
    const range = kind.builtinKey ? builtinRanges[kind.builtinKey] : undefined
    if (range && (m.value < range.min || m.value > range.max)) throw invalid('value', range.message)
  }

  return {
    'sessions.list': ({ clientId }) => {
      checkClient(db, clientId)
      return sessions.listSessions(db, clientId)
    },
    'sessions.get': ({ id }) => {
      return found(sessions.getSession(db, id), 'session', id)
    },
    'sessions.save': ({ id, sets, ...fields }) =>
      inTransaction(() => {
        checkClient(db, fields.clientId)
        if (id !== null) {
          const owner = sessions.sessionClient(db, id)
          if (owner === undefined) throw notFound('session', id, 'id')
          if (owner !== fields.clientId) throw invalid('clientId', 'The session belongs to another client')
        }
        checkLogDate(fields.date, 'date')
        const workout = checkWorkout(fields.clientId, fields.workoutId, 'workoutId')
        const names = checkSets([{ sets, prefix: '' }], fields.workoutId, id)
        if (id === null) {
          // The answer is made from what was just written, not read back: the checks above
          // already read the workout's and exercises' names, and the inserts give the ids.
          const createdAt = now()
          const sessionId = sessions.insertSession(db, fields, createdAt)
          const written = sessions.insertSets(db, sessionId, sets)
          return {
            id: sessionId,
            ...fields,
            ...workout,
            createdAt,
            sets: sets.map((set, i) => ({
              ...(written[i] as { id: number; setNumber: number }),
              ...set,
              exerciseName: names.get(set.exerciseId) as string
            }))
          } satisfies Session
        }
        sessions.updateSession(db, id, fields)
        sessions.replaceSets(db, id, sets)
        return sessions.getSession(db, id) as NonNullable<ReturnType<typeof sessions.getSession>>
      }),
    'sessions.saveBatch': ({ clientId, workoutId, sessions: batch }) =>
      inTransaction(() => {
        checkClient(db, clientId)
        const workout = checkWorkout(clientId, workoutId, 'workoutId')
        const stamp = now()
        batch.forEach((session, i) => checkLogDate(session.date, `sessions.${i}.date`))
        checkSets(
          batch.map((session, i) => ({ sets: session.sets, prefix: `sessions.${i}.` })),
          workoutId
        )
        // Each summary is made from what was just written rather than read back with its counts.
        return batch.map(({ sets, ...fields }): SessionSummary => {
          const sessionId = sessions.insertSession(db, { ...fields, clientId, workoutId }, stamp)
          sessions.insertSets(db, sessionId, sets)
          return {
            id: sessionId,
            clientId,
            ...fields,
            workoutId,
            ...workout,
            setCount: sets.length,
            exerciseCount: new Set(sets.map((set) => set.exerciseId)).size
          }
        })
      }),
    'sessions.delete': ({ id }) => {
      return deleted(sessions.deleteSession(db, id), 'session', id)
    },

    'runs.list': ({ clientId }) => {
      checkClient(db, clientId)
      return runs.listRuns(db, clientId)
    },
    'runs.save': ({ id, ...run }) =>
      inTransaction(() => {
        checkClient(db, run.clientId)
        if (id !== null) {
          const existing = found(runs.getRun(db, id), 'run', id)
          if (existing.clientId !== run.clientId)
            throw invalid('clientId', 'The run belongs to another client')
        }
        checkLogDate(run.date, 'date')
        const runId = id ?? runs.insertRun(db, run)
        if (id !== null) runs.updateRun(db, id, run)
        return runs.getRun(db, runId) as NonNullable<ReturnType<typeof runs.getRun>>
      }),
    'runs.delete': ({ id }) => {
      return deleted(runs.deleteRun(db, id), 'run', id)
    },

    'measurements.kinds': () => measurements.listMeasurementKinds(db),
    'measurements.addKind': ({ name, unit }) =>
      inTransaction(() => {
        const existing = measurements.findMeasurementKind(db, name)
        if (existing) {
          throw new ServiceError(
            'conflict',
            `There is already a measurement called “${existing.name}”`,
            'name'
          )
        }
        const id = measurements.insertMeasurementKind(db, name, unit)
        return measurements.getMeasurementKind(db, id) as NonNullable<
          ReturnType<typeof measurements.getMeasurementKind>
        >
      }),
    'measurements.list': ({ clientId, kindId }) => {
      checkClient(db, clientId)
      if (kindId !== undefined)
        found(measurements.getMeasurementKind(db, kindId), 'measurement kind', kindId, 'kindId')
      return measurements.listMeasurements(db, clientId, kindId)
    },
    'measurements.save': ({ id, ...input }) =>
      inTransaction(() => {
        checkClient(db, input.clientId)
        if (id !== null) {
          const existing = found(measurements.getMeasurement(db, id), 'measurement', id)
          if (existing.clientId !== input.clientId) {
            throw invalid('clientId', 'The measurement belongs to another client')
          }
        }
        checkMeasurement({ id, ...input })
        const measurementId = id ?? measurements.insertMeasurement(db, input)
        if (id !== null) measurements.updateMeasurement(db, id, input)
        return measurements.getMeasurement(db, measurementId) as NonNullable<
          ReturnType<typeof measurements.getMeasurement>
        >
      }),
    'measurements.delete': ({ id }) => {
      return deleted(measurements.deleteMeasurement(db, id), 'measurement', id)
    }
  }
}
