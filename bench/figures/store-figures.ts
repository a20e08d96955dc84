import { dirname } from 'node:path'
import BetterSqlite3, { type Database } from 'better-sqlite3'
import { dispatch } from '../../src/main/dispatch'
import { createHandlers, type Handlers } from '../../src/main/services'
import { clientListSql } from '../../src/main/db/clients'
import { clientListPage } from '../../src/shared/contract'
import { openDatabase } from '../../src/main/db/connection'
import { inlineExecutor } from '../../src/main/jobs/inline-executor'
import { StoreHost } from '../../src/main/store/store-host'
import { benchNow, benchToday, type Practice } from '../dataset'
import { makeTodaysBackup } from '../support/todays-backup'
import { alternate, type PairResult } from '../pairs'

/**
 * The figures measured on the store in this process: each app path goes through the dispatcher
 * exactly as a transport calls it (input checked by the contract, the service, the SQL in db/,
 * the rows mapped), and its baseline does the same work with hand-written SQL on the same file.
 */

export function callOrThrow(handlers: Handlers, name: string, input: unknown): unknown {
  const result = dispatch(handlers, name, input)
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
  return result.value
}

interface WorkoutPick {
  clientId: number
  workoutId: number
  prescriptions: Array<{ id: number; exerciseId: number }>
}

/** A client of the practice with an active program whose first workout has at least five exercises. */
function pickWorkout(db: Database): WorkoutPick {
  const row = db
    .prepare(
      `SELECT p.client_id AS clientId, w.id AS workoutId FROM programs p JOIN workouts w ON w.program_id = p.id
       WHERE p.status = 'active' AND p.client_id IS NOT NULL
         AND (SELECT count(*) FROM prescriptions r WHERE r.workout_id = w.id) >= 5
       ORDER BY p.client_id LIMIT 1 OFFSET 100`
    )
    .get() as { clientId: number; workoutId: number }
  const prescriptions = db
    .prepare('SELECT id, exercise_id AS exerciseId FROM prescriptions WHERE workout_id = ? ORDER BY position')
    .all(row.workoutId) as Array<{ id: number; exerciseId: number }>
  return { ...row, prescriptions: prescriptions.slice(0, 5) }
}

/** 15 sets: three of each of five exercises of the workout, as a trainer logs a session. */
function fifteenSets(pick: WorkoutPick, seed: number) {
  return pick.prescriptions.flatMap((p, i) =>
    [0, 1, 2].map((k) => ({
      exerciseId: p.exerciseId,
      prescriptionId: p.id,
      reps: 8 + ((seed + k) % 4),
      holdS: null,
      loadKg: 40 + i * 5 + k * 2.5,
      rpe: 7 + (k % 3),
      warmup: k === 0
    }))
  )
}

/** A day in the two years before today, different for each call so sessions spread out. */
const dayOf = (n: number): string =>
  new Date(Date.parse(`${benchToday}T00:00:00Z`) - (n % 700) * 86_400_000).toISOString().slice(0, 10)

type Sets = ReturnType<typeof fifteenSets>

/** The baseline's write of one session: prepared INSERTs, nothing checked, nothing read back. */
function rawSessionWriter(db: Database) {
  const insertSession = db.prepare(
    `INSERT INTO sessions (client_id, date, workout_id, duration_s, effort, notes, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`
  )
  const insertSet = db.prepare(
    `INSERT INTO set_logs (session_id, exercise_id, prescription_id, set_number, reps, hold_s, load_kg, rpe, warmup)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
  )
  return (clientId: number, workoutId: number, date: string, sets: Sets): void => {
    const sessionId = insertSession.run(clientId, date, workoutId, 3600, 7, '', benchNow).lastInsertRowid
    const numbers = new Map<number, number>()
    for (const set of sets) {
      const n = (numbers.get(set.exerciseId) ?? 0) + 1
      numbers.set(set.exerciseId, n)
      insertSet.run(
        sessionId,
        set.exerciseId,
        set.prescriptionId,
        n,
        set.reps,
        set.holdS,
        set.loadKg,
        set.rpe,
        set.warmup ? 1 : 0
      )
    }
  }
}

/** Figure 1: one 15-set session saved through the dispatcher, against one raw transaction. */
export async function saveSessionFigure(practice: Practice): Promise<PairResult> {
  const db = openDatabase(practice.file)
  try {
    const handlers = createHandlers(db, { now: () => benchNow })
    const pick = pickWorkout(db)
    const write = rawSessionWriter(db)
    const rawTransaction = db.transaction((date: string, sets: Sets) =>
      write(pick.clientId, pick.workoutId, date, sets)
    )
    let n = 0
    return await alternate(
      () =>
        callOrThrow(handlers, 'sessions.save', {
          id: null,
          clientId: pick.clientId,
          workoutId: pick.workoutId,
          date: dayOf(++n),
          durationS: 3600,
          effort: 7,
          notes: '',
          sets: fifteenSets(pick, n)
        }),
      () => rawTransaction(dayOf(++n), fifteenSets(pick, n)),
      // The app's path is much more code than the baseline's; V8 has optimised it only after some
      // hundred calls, so a shorter warm-up measured its first tier, not the save a trainer gets.
      { pairs: 41, warmup: 100, bestOf: 3 }
    )
  } finally {
    db.close()
  }
}

/** Figure 2: eight weeks typed back from a paper log sheet, `sessions.saveBatch` against prepared INSERTs. */
export async function saveBatchFigure(practice: Practice): Promise<PairResult> {
  const db = openDatabase(practice.file)
  try {
    const handlers = createHandlers(db, { now: () => benchNow })
    const pick = pickWorkout(db)
    const write = rawSessionWriter(db)
    const weeks = 8
    const batch = (n: number) =>
      Array.from({ length: weeks }, (_, w) => ({
        date: dayOf(n * weeks + w * 7),
        durationS: null,
        effort: null,
        notes: '',
        sets: fifteenSets(pick, n + w)
      }))
    const rawBatch = db.transaction((sessions: ReturnType<typeof batch>) => {
      for (const s of sessions) write(pick.clientId, pick.workoutId, s.date, s.sets)
    })
    let n = 0
    return await alternate(
      () =>
        callOrThrow(handlers, 'sessions.saveBatch', {
          clientId: pick.clientId,
          workoutId: pick.workoutId,
          sessions: batch(++n)
        }),
      () => rawBatch(batch(++n)),
      { pairs: 25, warmup: 30, bestOf: 3 }
    )
  } finally {
    db.close()
  }
}

/** Figure 3: the five-year client's whole Progress tab against the raw indexed reads behind it. */
export async function progressSeriesFigure(practice: Practice): Promise<PairResult> {
  const db = openDatabase(practice.file)
  try {
    const handlers = createHandlers(db, { now: () => benchNow })
    const clientId = practice.veteranId
    // The rows behind the charts, read once each with plain indexed SQL (sessions by client, their
    // sets by session, runs and measurements by client, the week plan and its history), with no
    // aggregation, no validation and no mapping.
    const rawSets = db.prepare(
      `SELECT s.id, s.date, l.exercise_id, l.reps, l.load_kg, l.warmup FROM sessions s
       JOIN set_logs l ON l.session_id = s.id WHERE s.client_id = ?`
    )
    const rawRuns = db.prepare('SELECT date, kind, distance_m, duration_s FROM run_logs WHERE client_id = ?')
    const rawWeights = db.prepare(
      `SELECT date, value FROM measurements WHERE client_id = ?
         AND kind_id = (SELECT id FROM measurement_kinds WHERE builtin_key = 'body_weight')`
    )
    const rawPlan = db.prepare('SELECT weekday FROM week_plan_workouts WHERE client_id = ?')
    const rawPlanHistory = db.prepare('SELECT from_date, weekdays FROM week_plan_history WHERE client_id = ?')
    return await alternate(
      () => callOrThrow(handlers, 'progress.charts', { clientId, from: null, to: null }),
      () => {
        rawSets.all(clientId)
        rawRuns.all(clientId)
        rawWeights.all(clientId)
        rawPlan.all(clientId)
        rawPlanHistory.all(clientId)
      },
      // As for the saves: the walk over the rows is optimised by V8 only after some dozens of calls.
      { pairs: 31, warmup: 40, bestOf: 3 }
    )
  } finally {
    db.close()
  }
}

type Cursor = [string, number] | null

/** The whole client list through the dispatcher, a page at a time as the screen reads it. */
export function appList(
  handlers: Handlers,
  status: 'active' | 'all' = 'active'
): Array<{ rows: unknown[]; next: Cursor }> {
  const pages: Array<{ rows: unknown[]; next: Cursor }> = []
  let after: Cursor = null
  do {
    const page = callOrThrow(handlers, 'clients.list', { status, after }) as { rows: unknown[]; next: Cursor }
    pages.push(page)
    after = page.next
  } while (after)
  return pages
}

/** Figure 5: the client list through the dispatcher against the same SQL, raw, page by page. */
export async function clientListFigure(practice: Practice): Promise<PairResult> {
  const db = openDatabase(practice.file)
  try {
    const handlers = createHandlers(db, { now: () => benchNow })
    // The very SQL the app runs, with its page size: what is compared is everything around it.
    const raw = db.prepare(clientListSql).raw(true)
    const limit = clientListPage.default
    const rawList = (): unknown[][] => {
      const all: unknown[][] = []
      let [name, id]: [string, number] = ['', 0]
      for (;;) {
        const rows = raw.all({ name, id, status: 'active', limit }) as unknown[][]
        all.push(...rows)
        const last = rows[rows.length - 1]
        if (!last || rows.length < limit) return all
        ;[name, id] = [last[10] as string, last[0] as number]
      }
    }
    return await alternate(() => appList(handlers), rawList, { pairs: 21, warmup: 5, bestOf: 3 })
  } finally {
    db.close()
  }
}

export interface ListScaling {
  /** Median time of the whole list at 1,000, 10,000 and 30,000 clients, with its JSON as the transport sends it, ms. */
  ms: { small: number; full: number; large: number }
  /** The JSON's size at each practice size, bytes. */
  bytes: { small: number; full: number; large: number }
  /** 30,000 against 10,000 clients, timed in alternating pairs. */
  growth: PairResult
}

/**
 * How the list grows with the practice: every page of the call and its JSON (what the transport
 * adds) at three sizes, the two largest timed in alternating pairs so load on the machine falls
 * on both.
 */
export async function clientListScaling(
  small: Practice,
  full: Practice,
  large: Practice
): Promise<ListScaling> {
  const open = [small, full, large].map((practice) => {
    const db = openDatabase(practice.file)
    const handlers = createHandlers(db, { now: () => benchNow })
    return {
      db,
      list: (): number => appList(handlers).reduce((bytes, page) => bytes + JSON.stringify(page).length, 0)
    }
  })
  try {
    const [s, f, l] = open as [(typeof open)[number], (typeof open)[number], (typeof open)[number]]
    const growth = await alternate(l.list, f.list, { pairs: 15, warmup: 3, bestOf: 3 })
    const smallRun = await alternate(s.list, s.list, { pairs: 9, warmup: 3 })
    return {
      ms: { small: smallRun.appMs, full: growth.rawMs, large: growth.appMs },
      bytes: { small: s.list(), full: f.list(), large: l.list() },
      growth
    }
  } finally {
    for (const { db } of open) db.close()
  }
}

/**
 * Figure 7: the start-up data path against opening the file and the same queries raw. The app
 * side is a store host's whole start: the lock on the data folder, the file's checks (its first
 * bytes, access, SQLite's quick_check, the schema version), any missing built-ins, the handler
 * table, then the first screen's calls, and the close that lets the lock go. Its jobs run on this
 * thread here; the app starts a worker instead, which does not hold up the start. The baseline
 * opens the file, runs the same quick_check (integrity at every start is work the app must do,
 * so a baseline without it would measure the check, not the app), and the same two queries.
 * One backup is made first, so the daily backup at start is not due during the figure.
 */
export async function startupFigure(copy: Practice): Promise<PairResult> {
  const dataDir = dirname(copy.file)
  await makeTodaysBackup(copy.file)
  return alternate(
    async () => {
      const host = await StoreHost.start(dataDir, { executor: inlineExecutor })
      try {
        await runOrThrow(host, 'settings.get', {})
        // The first screen: the list's first page, as the client-list screen asks for it first.
        await runOrThrow(host, 'clients.list', { status: 'active' })
      } finally {
        await host.close()
      }
    },
    () => {
      const db = new BetterSqlite3(copy.file)
      try {
        db.pragma('journal_mode = WAL')
        db.pragma('quick_check')
        db.prepare('SELECT key, value FROM settings').all()
        db.prepare(clientListSql)
          .raw(true)
          .all({ name: '', id: 0, status: 'active', limit: clientListPage.default })
      } finally {
        db.close()
      }
    },
    { pairs: 15, warmup: 3, bestOf: 3 }
  )
}

/** Runs one operation on a store host, as a transport does, and throws on a refusal. */
async function runOrThrow(host: StoreHost, name: string, input: unknown): Promise<unknown> {
  const result = await host.run(name, input)
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
  return result.value
}
