import type { Database } from 'better-sqlite3'
import { dayNumber, dayToIso, isRealDate } from '@shared/dates'
import { clientCounts, insertClient, insertInjury, setClientStatus } from '../db/clients'
import { listMeasurementKinds } from '../db/measurements'
import { writeClientPrograms } from './client-programs'
import type { DemoContext, DemoSummary } from './context'
import { injuryNotes } from './injuries'
import { writeMeasurements } from './measurements'
import { drawPerson, type Person } from './person'
import { clientRandom, int, pick, type Random } from './random'
import { writeRunLogs } from './run-logs'
import { writeStrengthLogs } from './strength-logs'
import { readTemplates } from './templates'
import { writeWeekPlan } from './week-plan'

/*
 * The demo practice: a deterministic generator of realistic clients and their training history,
 * used by "Load demo data" (about 30 clients) and by benchmarks (10,000 clients, 1,000,000 sets).
 *
 * It writes through the store's own query functions, whose statements are prepared once per
 * database, inside one transaction: a transaction per row would cost an fsync per row.
 */

export type { DemoSummary } from './context'

export interface DemoOptions {
  /** How many clients: about 30 for the in-app demo, 10,000 for benchmarks. */
  clients: number
  /** The practice's "today" (YYYY-MM-DD); every date is relative to it, never to the clock. */
  today: string
  /** Seed of the random generator; the same options always give the same rows. Default 1. */
  seed?: number
  /** Weeks of history per client (sessions, runs, measurements). Default 16, about four months. */
  weeksOfLogs?: number
  /**
   * When given, strength sessions are generated back from the last day of a client's history
   * until about this many set rows per client (further back than weeksOfLogs if needed).
   */
  setsPerClient?: number
}

function checkOptions(options: DemoOptions): void {
  const weeksOfLogs = options.weeksOfLogs ?? 16
  if (!Number.isInteger(options.clients) || options.clients < 0) {
    throw new Error('Demo clients must be a whole number of zero or more.')
  }
  if (!Number.isInteger(weeksOfLogs) || weeksOfLogs < 1 || weeksOfLogs > 520) {
    throw new Error('Demo weeksOfLogs must be a whole number from 1 to 520.')
  }
  const setsTarget = options.setsPerClient
  if (setsTarget !== undefined && !(setsTarget >= 0))
    throw new Error('Demo setsPerClient must be zero or more.')
  if (!isRealDate(options.today))
    throw new Error(`Demo "today" must be a real date as YYYY-MM-DD, got "${options.today}".`)
}

/** The id of a built-in measurement kind. */
function builtinKind(db: Database, key: string): number {
  const kind = listMeasurementKinds(db).find((k) => k.builtinKey === key)
  if (!kind) throw new Error(`Measurement kind "${key}" is missing.`)
  return kind.id
}

/** Writes the client, archived when drawn so, and their injuries past and present. */
function writeClient(ctx: DemoContext, rnd: Random, person: Person): number {
  const { db, now, today, iso } = ctx
  const client = insertClient(
    db,
    {
      ...person.client,
      birthDate: iso(person.birthDay),
      nextRaceDate: person.raceDay === null ? null : iso(person.raceDay)
    },
    now
  )
  if (person.archived) setClientStatus(db, client.id, 'archived', now)
  ctx.summary.clients++
  for (const injury of person.injuries) {
    const since = today - int(rnd, 2, 104) * 7 - int(rnd, 0, 6)
    const resolved = injury.active ? null : Math.min(today - 1, since + int(rnd, 21, 120))
    insertInjury(db, {
      clientId: client.id,
      bodyArea: injury.area,
      note: pick(rnd, injuryNotes[injury.area] ?? ['']),
      since: iso(since),
      resolvedOn: resolved === null ? null : iso(resolved)
    })
  }
  return client.id
}

/** One client and everything they logged, in the order their random stream is drawn. */
function generateClient(ctx: DemoContext, seed: number, ordinal: number): void {
  const rnd = clientRandom(seed, ordinal)
  const person = drawPerson(rnd, ctx.today)
  const clientId = writeClient(ctx, rnd, person)
  const history = writeClientPrograms(ctx, rnd, clientId, person)
  const week = writeWeekPlan(ctx, rnd, clientId, person, history.current)
  writeStrengthLogs(ctx, rnd, { id: clientId, ordinal }, person, history, week)
  writeRunLogs(ctx, rnd, clientId, person, history, week)
  writeMeasurements(ctx, rnd, clientId, person, history)
}

/**
 * Fills the store with a demo practice and says how many rows it wrote. Needs the built-in
 * library (installBuiltins) first. Running it again adds further, different clients: a client's
 * rows derive from the seed and the client's ordinal, which continues from the clients already
 * stored. Everything is one transaction, so a failure leaves the store as it was.
 */
export function generateDemo(db: Database, options: DemoOptions, now: string): DemoSummary {
  checkOptions(options)
  const [lower, upper] = readTemplates(db)
  const ctx: DemoContext = {
    db,
    now,
    today: dayNumber(options.today),
    weeksOfLogs: options.weeksOfLogs ?? 16,
    setsTarget: options.setsPerClient,
    iso: dayToIso,
    lower,
    upper,
    bodyWeightKind: builtinKind(db, 'body_weight'),
    restingHrKind: builtinKind(db, 'resting_hr'),
    summary: { clients: 0, programs: 0, sessions: 0, sets: 0, runs: 0, measurements: 0 }
  }
  const counts = clientCounts(db)
  const firstOrdinal = counts.active + counts.archived
  const seed = options.seed ?? 1
  db.transaction(() => {
    for (let i = 0; i < options.clients; i++) generateClient(ctx, seed, firstOrdinal + i)
  })()
  return ctx.summary
}
