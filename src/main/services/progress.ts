import type { Database } from 'better-sqlite3'
import type { Output } from '@shared/contract'
import { estimatedMaxes } from '@shared/training/e1rm'
import { adherenceRate, weeklyAdherence } from '@shared/training/adherence'
import { dayNumber, lttb, lttbKeeping } from '@shared/training/lttb'
import { suggestProgression, type ProgressionOptions } from '@shared/training/progression'
import {
  personalRecords,
  recordSessionIds,
  type ExerciseRecords,
  type SessionBest
} from '@shared/training/records'
import {
  averageOf,
  mergeWeeks,
  sqlWeekEndModifier,
  weekOf,
  weeklyVolumeBy,
  weeksBetween,
  weeksPerPoint,
  type StackedWeeks,
  type WeeklyExerciseVolume
} from '@shared/training/volume'
import { getClient } from '../db/clients'
import { getPrescription, programOfWorkout, touchProgram } from '../db/programs'
import * as store from '../db/progress'
import type { Handlers } from '../dispatch'
import { ServiceError } from './errors'
import { readSettings } from './settings'

type ProgressOperation = Extract<
  keyof Handlers,
  `progress.${string}` | `suggestions.${string}` | 'maxes.estimated'
>

/** Points per chart line: more than a chart's width in pixels buys nothing but transfer and layout. */
export const maxPointsPerSeries = 300

const round1 = (value: number): number => Math.round(value * 10) / 10

function requireClient(db: Database, clientId: number): void {
  if (!getClient(db, clientId))
    throw new ServiceError('not_found', `No client with id ${clientId}.`, 'clientId')
}

/** The client's prescription, or a not_found error naming the field. */
function requireClientPrescription(db: Database, clientId: number, prescriptionId: number): void {
  requireClient(db, clientId)
  if (store.prescriptionClientId(db, prescriptionId) !== clientId) {
    throw new ServiceError(
      'not_found',
      `No prescription with id ${prescriptionId} in this client's programs.`,
      'prescriptionId'
    )
  }
}

/** Each exercise's records, with the sessions that set them per exercise. */
function recordsOf(bests: readonly SessionBest[]) {
  const records = personalRecords(bests)
  const byExercise = new Map(records.map((r) => [r.exerciseId, new Set(recordSessionIds([r]))]))
  return { records, byExercise }
}

/** Records as the list shows them: named, sorted by exercise, values to 0.1 kg. */
function recordsView(
  records: readonly ExerciseRecords[],
  exercises: ReadonlyMap<number, { name: string }>
): Output<'progress.records'> {
  const rounded = <T extends { value: number } | null>(mark: T): T =>
    (mark ? { ...mark, value: round1(mark.value) } : mark) as T
  return {
    records: records
      .map((r) => ({
        exerciseId: r.exerciseId,
        exerciseName: exercises.get(r.exerciseId)?.name ?? `Exercise ${r.exerciseId}`,
        heaviest: rounded(r.heaviest),
        bestE1rm: rounded(r.bestE1rm),
        mostReps: r.mostReps
      }))
      .sort((a, b) => a.exerciseName.localeCompare(b.exerciseName)),
    recordSessionIds: recordSessionIds(records)
  }
}

type Charts = Output<'progress.charts'>

/** Every chart of the Progress tab over a range; the heavy lifting is GROUP BY in the store. */
export function progressCharts(
  db: Database,
  input: { clientId: number; from: string | null; to: string | null },
  today: string
): Charts {
  requireClient(db, input.clientId)
  const { clientId } = input
  const settings = readSettings(db)
  const weekEnd = sqlWeekEndModifier(settings.weekStart)
  const to = input.to ?? today
  const first = store.firstLogDate(db, clientId) ?? to
  // Never earlier than the first log: a custom "from 1990" would otherwise chart decades of zeros.
  let from = input.from && input.from > first ? input.from : first
  if (from > to) from = to

  const bests = store.sessionBests(db, clientId)
  const { records, byExercise: recordSessions } = recordsOf(bests)
  // Sessions are few (hundreds a year): their volumes are summed into weeks here.
  const weekCache = new Map<string, string>()
  const volumes: WeeklyExerciseVolume[] = []
  for (const best of bests) {
    if (best.volumeKg <= 0 || best.date < from || best.date > to) continue
    let week = weekCache.get(best.date)
    if (week === undefined) {
      week = weekOf(best.date, settings.weekStart)
      weekCache.set(best.date, week)
    }
    volumes.push({ week, exerciseId: best.exerciseId, volumeKg: best.volumeKg })
  }

  const lines = new Map<number, Array<{ date: string; kg: number; sessionId: number; record: boolean }>>()
  for (const best of bests) {
    if (best.e1rmKg === null || best.date < from || best.date > to) continue
    let line = lines.get(best.exerciseId)
    if (!line) {
      line = []
      lines.set(best.exerciseId, line)
    }
    line.push({
      date: best.date,
      kg: round1(best.e1rmKg),
      sessionId: best.sessionId,
      record: recordSessions.get(best.exerciseId)?.has(best.sessionId) ?? false
    })
  }
  const exerciseIds = new Set(bests.map((b) => b.exerciseId))
  const exercises = store.progressExercises(db, [...exerciseIds])

  const e1rm = [...lines.entries()]
    .map(([exerciseId, points]) => {
      const exercise = exercises.get(exerciseId)
      return {
        exerciseId,
        exerciseName: exercise?.name ?? `Exercise ${exerciseId}`,
        category: exercise?.category ?? 'full',
        sessions: points.length,
        points: lttbKeeping(
          points,
          maxPointsPerSeries,
          (p) => dayNumber(p.date),
          (p) => p.kg,
          (p) => p.record
        )
      }
    })
    .sort((a, b) => b.sessions - a.sessions || a.exerciseName.localeCompare(b.exerciseName))

  const weeks = weeksBetween(from, to, settings.weekStart)
  // Years of weeks are merged into longer periods (weekly averages) to stay within the point budget.
  const perPoint = weeksPerPoint(weeks.length, maxPointsPerSeries)
  const stacked = (series: StackedWeeks): StackedWeeks => ({
    keys: series.keys,
    rows: mergeWeeks(series.rows, perPoint, (group) => ({
      values: averageOf(
        group.map((row) => row.values),
        series.keys
      )
    }))
  })
  const running = new Map(store.weeklyRunning(db, clientId, from, to, weekEnd).map((row) => [row.week, row]))
  const planned = store.plannedStrengthWeekdays(db, clientId)
  const adherenceWeeks = weeklyAdherence(
    planned,
    store.weeklySessionCounts(db, clientId, from, to, weekEnd),
    from,
    to < today ? to : today,
    settings.weekStart
  )

  return {
    from,
    to,
    weeksPerPoint: perPoint,
    e1rm,
    ...recordsView(records, exercises),
    volumeByCategory: stacked(weeklyVolumeBy(volumes, exercises, 'category', weeks)),
    volumeByMuscle: stacked(weeklyVolumeBy(volumes, exercises, 'muscle', weeks)),
    bodyWeight: lttb(
      store.bodyWeights(db, clientId, from, to),
      maxPointsPerSeries,
      (p) => dayNumber(p.date),
      (p) => p.kg
    ),
    running: mergeWeeks(
      weeks.map((week) => {
        const row = running.get(week)
        return {
          week,
          distanceM: row?.distanceM ?? 0,
          easyDistanceM: row?.easyDistanceM ?? 0,
          easyDurationS: row?.easyDurationS ?? 0
        }
      }),
      perPoint,
      (group) => averageOf(group, ['distanceM', 'easyDistanceM', 'easyDurationS'])
    ),
    adherence: {
      weeks: mergeWeeks(adherenceWeeks, perPoint, (group) => ({
        planned: group.reduce((sum, w) => sum + w.planned, 0),
        done: group.reduce((sum, w) => sum + w.done, 0)
      })),
      rate: adherenceRate(adherenceWeeks),
      plannedPerWeek: planned.length
    }
  }
}

/** Handlers for the Progress tab, estimated maxes and progression suggestions. */
export function progressHandlers(db: Database, now: () => string): Pick<Handlers, ProgressOperation> {
  const today = (): string => now().slice(0, 10)

  const suggestions = (clientId: number): Output<'suggestions.list'> => {
    const settings = readSettings(db)
    const options: ProgressionOptions = {
      massUnit: settings.massUnit,
      plateStepKg: settings.plateStepKg,
      plateStepLb: settings.plateStepLb,
      today: today()
    }
    const prescriptions = store.activePrescriptions(db, clientId)
    const decisions = store.suggestionDecisions(
      db,
      prescriptions.map((p) => p.id)
    )
    const list: Output<'suggestions.list'> = []
    for (const prescription of prescriptions) {
      const sessions = store.latestPrescriptionSessions(db, prescription.id, 2)
      const suggestion = suggestProgression(prescription, sessions, options)
      if (!suggestion) continue
      // A decision about the same latest session keeps the suggestion away until a newer one is logged.
      if (decisions.get(prescription.id)?.sessionId === suggestion.basedOnSessionId) continue
      list.push({ ...suggestion, workoutName: prescription.workoutName })
    }
    return list
  }

  return {
    'progress.charts': (input) => progressCharts(db, input, today()),
    'progress.records': ({ clientId }) => {
      requireClient(db, clientId)
      const { records } = recordsOf(store.sessionBests(db, clientId))
      return recordsView(
        records,
        store.progressExercises(
          db,
          records.map((r) => r.exerciseId)
        )
      )
    },
    'maxes.estimated': ({ clientId }) => {
      requireClient(db, clientId)
      const estimates = store
        .sessionBests(db, clientId)
        .flatMap((b) => (b.e1rmKg === null ? [] : [{ exerciseId: b.exerciseId, date: b.date, kg: b.e1rmKg }]))
      return estimatedMaxes(estimates, today())
    },
    'suggestions.list': ({ clientId }) => {
      requireClient(db, clientId)
      return suggestions(clientId)
    },
    'suggestions.accept': ({ clientId, prescriptionId, loadKg }) =>
      db.transaction(() => {
        requireClientPrescription(db, clientId, prescriptionId)
        store.setPrescriptionLoadKg(db, prescriptionId, loadKg)
        const latest = store.latestPrescriptionSessions(db, prescriptionId, 1)[0]
        if (latest) {
          store.saveSuggestionDecision(
            db,
            { prescriptionId, sessionId: latest.sessionId, decision: 'accepted', loadKg },
            now()
          )
        }
        const prescription = getPrescription(db, prescriptionId)
        if (!prescription)
          throw new ServiceError('not_found', `No prescription with id ${prescriptionId}.`, 'prescriptionId')
        const programId = programOfWorkout(db, prescription.workoutId)
        if (programId !== undefined) touchProgram(db, programId, now())
        return prescription
      })(),
    'suggestions.dismiss': ({ clientId, prescriptionId }) =>
      db.transaction(() => {
        requireClientPrescription(db, clientId, prescriptionId)
        const latest = store.latestPrescriptionSessions(db, prescriptionId, 1)[0]
        if (!latest) {
          throw new ServiceError(
            'conflict',
            'Nothing has been logged for this prescription yet.',
            'prescriptionId'
          )
        }
        store.saveSuggestionDecision(
          db,
          { prescriptionId, sessionId: latest.sessionId, decision: 'dismissed', loadKg: null },
          now()
        )
        return { dismissed: true as const }
      })()
  }
}
