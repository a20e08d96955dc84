import type { Database } from 'better-sqlite3'
import type { Template, TemplateWorkout } from './templates'

/** How many rows of each kind a demo run wrote. */
export interface DemoSummary {
  clients: number
  programs: number
  sessions: number
  sets: number
  runs: number
  measurements: number
}

/** What every step of one demo run shares: the store, the practice's today, and the running count. */
export interface DemoContext {
  db: Database
  /** The timestamp rows are stamped with. */
  now: string
  /** The practice’s today as a day number (dayNumber in @shared/dates). */
  today: number
  weeksOfLogs: number
  /** Set rows per client to aim for, or undefined to log weeksOfLogs of history. */
  setsTarget: number | undefined
  iso: (day: number) => string
  lower: Template
  upper: Template
  bodyWeightKind: number
  restingHrKind: number
  summary: DemoSummary
}

/** A client's copy of a template workout: new rows, same content, nothing shared with the template. */
export interface CopiedWorkout {
  id: number
  /** Mostly leg work, by the app's own rule: what may not go next to a hard run. */
  lowerBody: boolean
  template: TemplateWorkout
  prescriptionIds: number[]
}

/** A client's history window and the programs it was trained on. */
export interface History {
  /** Today, or for an archived client the day they stopped coming. */
  endDay: number
  historyStart: number
  /** The first day of the current program; an earlier block runs before it. */
  activeStart: number
  earlier: CopiedWorkout[] | null
  current: CopiedWorkout[]
}
