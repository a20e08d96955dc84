import { dataOperations } from './operations/data'
import { exerciseOperations } from './operations/exercises'
import { handoutOperations } from './operations/handouts'
import { logOperations } from './operations/logs'
import { progressOperations } from './operations/progress'
import { programOperations } from './operations/programs'
import { dateOrder, email, id, isoDate, line, notes, uniqueList } from './schemas/fields'
import { patchOf } from './schemas/patch'
import { settingsSchema } from './schemas/settings'
import { priorities } from './schemas/week-plan'
import { weekPlanOperations } from './operations/week-plans'
import { z } from './zod'

/**
 * The contract. Input schemas are built from the blocks in schemas/fields.ts (see there): every
 * object refuses unknown keys, every string is cleaned and bounded, every list is bounded and
 * refuses duplicates where they mean nothing, every date lies in a plausible window, and every
 * failure is worded by the one error map (error-map.ts).
 */

/** The fields of an injury or limitation the trainer records. */
const injuryFields = {
  bodyArea: line(60, true),
  note: notes(2000),
  since: isoDate.nullable(),
  resolvedOn: isoDate.nullable()
}

/** An injury is resolved on or after the day it began. */
const resolvedAfterStart = dateOrder('since', 'resolvedOn', 'the start date')

/** A client's injury or limitation as the trainer records it. */
export const injurySchema = z.strictObject({ id, clientId: id, ...injuryFields })

/** Fields a trainer fills in for a client; everything but the name is optional. */
export const clientInputSchema = z.strictObject({
  name: line(200, true),
  email: email().nullable().default(null),
  phone: line(40).nullable().default(null),
  birthDate: isoDate.nullable().default(null),
  goals: notes(4000).default(''),
  weeklyDistanceM: z.number().nonnegative().max(1_000_000).nullable().default(null),
  nextRaceName: line(200).nullable().default(null),
  nextRaceDate: isoDate.nullable().default(null),
  nextRaceDistanceM: z.number().positive().max(1_000_000).nullable().default(null),
  nextRaceTargetS: z
    .number()
    .int()
    .positive()
    .max(7 * 24 * 3600)
    .nullable()
    .default(null),
  notes: notes(10_000).default(''),
  sex: z.enum(['female', 'male', 'other']).nullable().default(null),
  heightM: z.number().min(0.5).max(2.5).nullable().default(null),
  tags: uniqueList(line(40, true), 20).default([]),
  /** Running, strength or balanced: decides which comes first on a day with both. */
  priority: z.enum(priorities).default('balanced')
})

/** A stored client. */
export const clientSchema = clientInputSchema.extend({
  id,
  status: z.enum(['active', 'archived']),
  createdAt: z.string(),
  updatedAt: z.string()
})

/** The longest goals text a client-list row carries: the cell shows one line, its tooltip a few. */
export const listGoalsLength = 200

/**
 * A row of the client list as it travels: only what the table shows and the search reads, as a
 * tuple (see `clientSummaryOf` in client-list.ts for the named form). A practice of ten thousand
 * clients loads this list on every visit: without a key per value the rows are a third smaller,
 * and the store builds them as arrays, not objects, which keeps the list growing no faster than
 * the practice. The rest of a client is read by `clients.get`.
 */
export const clientListRowSchema = z.tuple([
  /* id */ z.number().int().positive(),
  /* name */ z.string(),
  /* goals: at most `listGoalsLength` characters, ending in "…" when the goals are longer */ z.string(),
  /* tags */ z.array(z.string()),
  /* next race: name, date, distance in metres */ z.string().nullable(),
  isoDate.nullable(),
  z.number().nullable(),
  /* active program's name */ z.string().nullable(),
  /* last session's date */ isoDate.nullable(),
  /* active injuries' body areas */ z.array(z.string())
])

/** Where a page of the client list ends; passed back as `after` for the next page. */
export const clientListCursorSchema = z.tuple([
  /* folded name */ z.string().max(1000),
  /* id */ z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER)
])

/** The most rows one page of the client list may ask for, and how many it gives by default. */
export const clientListPage = { max: 5000, default: 1000 } as const

/**
 * A page of the client list of one status. The first page also says how many clients each
 * status has (for the first-run screen and the count under the table); later pages have null.
 * `next` is null after the last page.
 */
export const clientListSchema = z.object({
  rows: z.array(clientListRowSchema),
  counts: z.object({ active: z.number().int(), archived: z.number().int() }).nullable(),
  next: clientListCursorSchema.nullable()
})

const clientId = z.strictObject({ id })

/**
 * Every operation the UI can ask for: name → input and output schemas.
 * The dispatcher validates inputs with these; nothing else defines the shapes.
 */
export const contract = {
  ...dataOperations,
  ...exerciseOperations,
  ...handoutOperations,
  ...logOperations,
  ...progressOperations,
  ...programOperations,
  ...weekPlanOperations,
  /**
   * Clients of one status (or all), sorted by name, a page at a time: each page is a short call,
   * so nothing waits long behind a practice of ten thousand clients, and the first rows show
   * while the rest load. Filtered in SQL, so archived rows never travel for the active list.
   */
  'clients.list': {
    input: z.strictObject({
      status: z.enum(['active', 'archived', 'all']).default('active'),
      /** The previous page's `next`; null for the first page. */
      after: clientListCursorSchema.nullable().default(null),
      limit: z
        .number()
        .int()
        .min(1)
        .max(clientListPage.max, `At most ${clientListPage.max} clients a page`)
        .default(clientListPage.default)
    }),
    output: clientListSchema
  },
  'clients.get': { input: clientId, output: clientSchema },
  'clients.create': { input: clientInputSchema, output: clientSchema },
  'clients.update': {
    input: z.strictObject({ id, patch: patchOf(clientInputSchema) }),
    output: clientSchema
  },
  'clients.archive': { input: clientId, output: clientSchema },
  'clients.restore': { input: clientId, output: clientSchema },
  'clients.delete': { input: clientId, output: z.object({ deleted: z.literal(true) }) },
  'injuries.list': {
    input: z.strictObject({ clientId: id }),
    output: z.array(injurySchema)
  },
  'injuries.add': {
    input: z.strictObject({ clientId: id, ...injuryFields }).superRefine(resolvedAfterStart),
    output: injurySchema
  },
  'injuries.update': {
    input: z.strictObject({ id, ...injuryFields }).superRefine(resolvedAfterStart),
    output: injurySchema
  },
  'injuries.delete': { input: clientId, output: z.object({ deleted: z.literal(true) }) },
  'settings.get': { input: z.strictObject({}), output: settingsSchema },
  'settings.update': { input: patchOf(settingsSchema), output: settingsSchema },
  'demo.load': {
    input: z.strictObject({ clients: z.number().int().min(1).max(200).default(30) }),
    output: z.object({ clients: z.number(), sessions: z.number(), sets: z.number() })
  },
  'app.info': {
    input: z.strictObject({}),
    output: z.object({ dataFile: z.string(), version: z.string(), schemaVersion: z.number().int() })
  }
} as const

export type Contract = typeof contract
export type OperationName = keyof Contract
export type Input<N extends OperationName> = z.input<Contract[N]['input']>
export type ParsedInput<N extends OperationName> = z.output<Contract[N]['input']>
export type Output<N extends OperationName> = z.output<Contract[N]['output']>
export type Client = z.output<typeof clientSchema>
export type ClientInput = z.output<typeof clientInputSchema>
export type Injury = z.output<typeof injurySchema>
export type ClientListRow = z.output<typeof clientListRowSchema>
export type ClientList = z.output<typeof clientListSchema>
export type { Settings } from './schemas/settings'
export type { Exercise } from './schemas/exercise'
export type { Prescription, Program, ProgramSummary, Workout } from './schemas/program-views'

/**
 * Error codes that cross the boundary. The store's own failures have codes of their own, so a
 * screen can tell "fix this field" from "the disk is full": `disk_full`, `busy` (the data file
 * is locked by another program), `read_only` (Spotter may not write it) and `storage` (it could
 * not be read or written). Each of those means nothing was saved, as does `cancelled` (the
 * trainer stopped a long job).
 */
export type ErrorCode =
  | 'validation'
  | 'not_found'
  | 'conflict'
  | 'unknown_operation'
  | 'cancelled'
  | 'internal'
  | 'disk_full'
  | 'busy'
  | 'read_only'
  | 'storage'

/** A failure as the renderer receives it: never a thrown error across a transport. */
export interface OperationError {
  code: ErrorCode
  /** Plain words a person can act on (the one error map, or the service's own). */
  message: string
  /** The input's path that is wrong ("sets.2.reps"), or "" when it is the whole input or none. */
  field: string
}

/** The result every transport returns. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: OperationError }
