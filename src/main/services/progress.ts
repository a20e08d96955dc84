import type { Database } from 'better-sqlite3'
import type { Output } from '@shared/contract'
import { estimatedMaxes } from '@shared/training/e1rm'
import { adherenceRate, weeklyAdherence } from '@shared/training/adherence'
import { dateOfTimestamp, dayNumber, weekStartDay, weeksBetween } from '@shared/dates'
import { lttb, lttbKeepingIndices } from '@shared/training/lttb'
import {
  emptyRecords,
  hasRecords,
  personalRecords,
  recordSessionIds,
  updateRecords,
  type ExerciseRecords
} from '@shared/training/records'
import {
  averageOf,
  mergeWeeks,
  stackVolumeBy,
  weeksPerPoint,
  type StackedWeeks
} from '@shared/training/volume'
import * as store from '../db/progress'
import type { Handlers } from './handler-table'
import { checkClient } from './require'
import { readSettings } from './settings'

type ProgressOperation = Extract<keyof Handlers, `progress.${string}` | 'maxes.estimated'>

/** Points per chart line: more than a chart's width in pixels buys nothing but transfer and layout. */
export const maxPointsPerSeries = 300

/**
 * Bars per weekly chart series. A bar narrower than a few pixels can be neither read nor
 * pointed at, and each is a drawn element: five years of weekly bars, two series a chart, took
 * a quarter of a second to draw per chart. Longer ranges merge weeks instead.
 */
export const maxBarsPerSeries = 130

const round1 = (value: number): number => Math.round(value * 10) / 10

/** Records as the list shows them: named, sorted by exercise, values to 0.1 kg. */
function recordsView(
  records: readonly ExerciseRecords[],
  exercises: ReadonlyMap<number, { name: string }>
): Output<'progress.records'> {
  const rounded = <T extends { value: number } | null>(mark: T): T =>
    mark ? { ...mark, value: round1(mark.value) } : mark
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

/** One exercise while the session rows are walked: its records, e1RM line (as columns) and weekly volume. */
interface ExerciseWalk {
  records: ExerciseRecords
  /** The highest top load, estimate and packed reps seen so far: only a row beating one can set a record. */
  seenKg: number
  seenE1rm: number
  seenPacked: number
  /** The e1RM line in the range: day numbers, values (0.1 kg) and positions in the session list. */
  days: number[]
  kgs: number[]
  sessions: number[]
  volumes: Float64Array
}

/**
 * The points of an exercise's e1RM line at the positions `kept` (into the walk's columns, with
 * `isRecord` beside them), as the contract's columns. Preallocated arrays of numbers and
 * booleans hold no pointer to anything this call created, so they cost the same wherever V8
 * allocates them (see the contract).
 */
function e1rmPoints(
  walk: ExerciseWalk,
  kept: readonly number[],
  isRecord: readonly boolean[],
  sessionList: ReadonlyArray<[number, string]>
): Charts['e1rm'][number]['points'] {
  const count = kept.length
  const days = new Array<number>(count)
  const kgs = new Array<number>(count)
  const sessionIds = new Array<number>(count)
  const records = new Array<boolean>(count)
  for (let k = 0; k < count; k++) {
    const i = kept[k] as number
    days[k] = walk.days[i] as number
    kgs[k] = walk.kgs[i] as number
    sessionIds[k] = (sessionList[walk.sessions[i] as number] as [number, string])[0]
    records[k] = isRecord[i] as boolean
  }
  return { days, kgs, sessionIds, records }
}

/**
 * Every chart of the Progress tab over a range. SQLite does the heavy lifting (each exercise's
 * bests and volume per session in one pass over the sets, running per week); here one walk over
 * those rows, oldest first, finds the records, collects the e1RM lines as columns and adds the
 * sessions' volumes into weeks, and only the points the charts keep become objects.
 */
export function progressCharts(
  db: Database,
  input: { clientId: number; from: string | null; to: string | null },
  today: string
): Charts {
  checkClient(db, input.clientId)
  const { clientId } = input
  const { weekStart } = readSettings(db)
  const to = input.to ?? today
  const first = store.firstLogDate(db, clientId) ?? to
  // Never earlier than the first log: a custom "from 1990" would otherwise chart decades of zeros.
  let from = input.from && input.from > first ? input.from : first
  if (from > to) from = to

  const weeks = weeksBetween(from, to, weekStart)
  const firstWeekDay = weekStartDay(dayNumber(from), weekStart)
  const adherenceEnd = to < today ? to : today

  // The sessions: their dates for the rows below, and the strength sessions done per week.
  const sessionList = store.clientSessions(db, clientId)
  const sessionCount = sessionList.length
  const sessionAt = new Map<number, number>()
  const sessionDates: string[] = []
  const sessionDays = new Float64Array(sessionCount)
  const sessionWeeks = new Int32Array(sessionCount).fill(-1)
  const doneCounts = new Int32Array(weeks.length)
  for (let i = 0; i < sessionCount; i++) {
    const session = sessionList[i] as [number, string]
    const date = session[1]
    sessionAt.set(session[0], i)
    sessionDates.push(date)
    if (date < from || date > to) continue
    const day = dayNumber(date)
    const week = Math.floor((day - firstWeekDay) / 7)
    sessionDays[i] = day
    sessionWeeks[i] = week
    doneCounts[week] = (doneCounts[week] as number) + 1
  }
  const doneByWeek = new Map<string, number>()
  doneCounts.forEach((count, week) => {
    if (count > 0) doneByWeek.set(weeks[week] as string, count)
  })

  const rows = store.sessionBestRows(db, clientId)
  const walks = new Map<number, ExerciseWalk>()
  // Indexed reads, no destructuring nor object per row, and the records rule (a call per row)
  // only for rows that beat what the exercise has seen: this loop runs over thousands of rows,
  // in the first calls before the JIT has optimised it.
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as store.SessionBestRow
    const sessionId = row[0]
    const at = sessionAt.get(sessionId)
    if (at === undefined) continue
    const exerciseId = row[1]
    let walk = walks.get(exerciseId)
    if (!walk) {
      walk = {
        records: emptyRecords(exerciseId),
        seenKg: 0,
        seenE1rm: 0,
        seenPacked: 0,
        days: [],
        kgs: [],
        sessions: [],
        volumes: new Float64Array(weeks.length)
      }
      walks.set(exerciseId, walk)
    }
    const topKg = row[2] ?? 0
    const e1rm = row[3] ?? 0
    const packed = row[4] ?? 0
    if (topKg > walk.seenKg || e1rm > walk.seenE1rm || packed > walk.seenPacked) {
      walk.seenKg = Math.max(walk.seenKg, topKg)
      walk.seenE1rm = Math.max(walk.seenE1rm, e1rm)
      walk.seenPacked = Math.max(walk.seenPacked, packed)
      updateRecords(
        walk.records,
        sessionDates[at] as string,
        sessionId,
        topKg > 0 ? topKg : null,
        e1rm > 0 ? e1rm : null,
        store.packedReps(packed),
        store.packedRepsKg(packed)
      )
    }
    const week = sessionWeeks[at] as number
    if (week < 0) continue
    if (e1rm > 0) {
      walk.days.push(sessionDays[at] as number)
      walk.kgs.push(Math.round(e1rm * 10) / 10)
      walk.sessions.push(at)
    }
    const volumeKg = row[5]
    if (volumeKg > 0) walk.volumes[week] = (walk.volumes[week] as number) + volumeKg
  }

  const records = [...walks.values()].map((w) => w.records).filter(hasRecords)
  const exercises = store.progressExercises(db, [...walks.keys()])
  const e1rm = [...walks.entries()]
    .filter(([, walk]) => walk.days.length > 0)
    .map(([exerciseId, walk]) => {
      const exercise = exercises.get(exerciseId)
      const marks = [walk.records.heaviest, walk.records.bestE1rm, walk.records.mostReps]
      const recordSessions = new Set(marks.map((mark) => mark?.sessionId))
      const isRecord = walk.sessions.map((at) => recordSessions.has((sessionList[at] as [number, string])[0]))
      const kept = lttbKeepingIndices(walk.days, walk.kgs, maxPointsPerSeries, isRecord)
      return {
        exerciseId,
        exerciseName: exercise?.name ?? `Exercise ${exerciseId}`,
        category: exercise?.category ?? 'full',
        sessions: walk.days.length,
        points: e1rmPoints(walk, kept, isRecord, sessionList)
      }
    })
    .sort((a, b) => b.sessions - a.sessions || a.exerciseName.localeCompare(b.exerciseName))

  // Years of weeks are merged into longer periods (weekly averages) to stay within the bar budget.
  const perPoint = weeksPerPoint(weeks.length, maxBarsPerSeries)
  const stacked = (series: StackedWeeks): StackedWeeks => ({
    keys: series.keys,
    rows: mergeWeeks(series.rows, perPoint, (group) => ({
      values: averageOf(
        group.map((row) => row.values),
        series.keys
      )
    }))
  })
  const volumes = new Map([...walks.entries()].map(([exerciseId, walk]) => [exerciseId, walk.volumes]))

  const running = weeks.map((week) => ({ week, distanceM: 0, easyDistanceM: 0, easyDurationS: 0 }))
  for (const [week, distanceM, easyDistanceM, easyDurationS] of store.weeklyRunning(
    db,
    clientId,
    from,
    to,
    firstWeekDay
  )) {
    const row = running[week]
    if (!row) continue
    row.distanceM = distanceM
    row.easyDistanceM = easyDistanceM
    row.easyDurationS = easyDurationS
  }
  // Each week against the plan it had then; the count per week shown is today's plan's, which the
  // history's last period holds (every write of the plan records it). A plan without any history
  // (written by something other than the services) stands for every week.
  const history = store.planHistory(db, clientId)
  const planned = history.at(-1)?.weekdays ?? store.plannedStrengthWeekdays(db, clientId)
  const adherenceWeeks = weeklyAdherence(
    history.length > 0 || planned.length === 0 ? history : [{ from: first, weekdays: planned }],
    doneByWeek,
    from,
    adherenceEnd,
    weekStart
  )

  return {
    from,
    to,
    weeksPerPoint: perPoint,
    e1rm,
    ...recordsView(records, exercises),
    volumeByCategory: stacked(stackVolumeBy(weeks, volumes, exercises, 'category')),
    volumeByMuscle: stacked(stackVolumeBy(weeks, volumes, exercises, 'muscle')),
    bodyWeight: lttb(
      store.bodyWeights(db, clientId, from, to),
      maxPointsPerSeries,
      (p) => dayNumber(p.date),
      (p) => p.kg
    ),
    running: mergeWeeks(running, perPoint, (group) =>
      averageOf(group, ['distanceM', 'easyDistanceM', 'easyDurationS'])
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

/**
 * The 1RM per exercise estimated from the client's logged sets, as the builder, the session
 * prefill and the handout load %1RM prescriptions from when no 1RM was entered.
 */
export function estimatedMaxesOf(
  db: Database,
  clientId: number,
  today: string,
  asOf: string | null = null
): Output<'maxes.estimated'> {
  // As of a day (the taper's first, to hold loads there): only what was logged before it.
  const estimates = store
    .sessionBests(db, clientId)
    .flatMap((b) =>
      b.e1rmKg === null || (asOf !== null && b.date >= asOf)
        ? []
        : [{ exerciseId: b.exerciseId, date: b.date, kg: b.e1rmKg }]
    )
  return estimatedMaxes(estimates, asOf ?? today)
}

/** Handlers for the Progress tab and estimated maxes (suggestions are in suggestions.ts). */
export function progressHandlers(db: Database, now: () => string): Pick<Handlers, ProgressOperation> {
  const today = (): string => dateOfTimestamp(now())

  return {
    'progress.charts': (input) => progressCharts(db, input, today()),
    'progress.records': ({ clientId }) => {
      checkClient(db, clientId)
      const records = personalRecords(store.sessionBests(db, clientId))
      return recordsView(
        records,
        store.progressExercises(
          db,
          records.map((r) => r.exerciseId)
        )
      )
    },
    'maxes.estimated': ({ clientId, asOf }) => {
      checkClient(db, clientId)
      return estimatedMaxesOf(db, clientId, today(), asOf)
    }
  }
}
