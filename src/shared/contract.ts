import { z } from 'zod'
import { dataOperations } from './operations/data'
import { exerciseOperations } from './operations/exercises'
import { handoutOperations } from './operations/handouts'
import { logOperations } from './operations/logs'
import { progressOperations } from './operations/progress'
import { programOperations } from './operations/programs'
import { patchOf } from './schemas/patch'
import { settingsSchema } from './schemas/settings'

/** ISO calendar date (YYYY-MM-DD) that names a real day. */
export const isoDate = z.iso.date()

/** A client's injury or limitation as the trainer records it. */
export const injurySchema = z.object({
  id: z.number().int().positive(),
  clientId: z.number().int().positive(),
  bodyArea: z.string().trim().min(1, 'Body area is required').max(60),
  note: z.string().max(2000),
  since: isoDate.nullable(),
  resolvedOn: isoDate.nullable()
})

/** Fields a trainer fills in for a client; everything but the name is optional. */
export const clientInputSchema = z.object({
  name: z.string().trim().min(1, 'Name is required').max(200, 'Name is too long'),
  email: z.email('Not a valid e-mail address').nullable().default(null),
  phone: z.string().trim().max(40).nullable().default(null),
  birthDate: isoDate.nullable().default(null),
  goals: z.string().max(4000).default(''),
  weeklyDistanceM: z.number().nonnegative().max(1_000_000).nullable().default(null),
  nextRaceName: z.string().trim().max(200).nullable().default(null),
  nextRaceDate: isoDate.nullable().default(null),
  nextRaceDistanceM: z.number().positive().max(1_000_000).nullable().default(null),
  nextRaceTargetS: z
    .number()
    .int()
    .positive()
    .max(7 * 24 * 3600)
    .nullable()
    .default(null),
  notes: z.string().max(10_000).default(''),
  sex: z.enum(['female', 'male', 'other']).nullable().default(null),
  heightM: z.number().min(0.5, 'Height looks wrong').max(2.5, 'Height looks wrong').nullable().default(null),
  tags: z.array(z.string().trim().min(1).max(40)).max(20).default([])
})

/** A stored client. */
export const clientSchema = clientInputSchema.extend({
  id: z.number().int().positive(),
  status: z.enum(['active', 'archived']),
  createdAt: z.string(),
  updatedAt: z.string()
})

/** A row of the client list: the client plus what the list shows about their training. */
export const clientSummarySchema = clientSchema.extend({
  activeProgramId: z.number().int().nullable(),
  activeProgramName: z.string().nullable(),
  lastSessionDate: isoDate.nullable(),
  activeInjuryAreas: z.array(z.string())
})

const clientId = z.object({ id: z.number().int().positive() })

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
  'clients.list': {
    input: z.object({ status: z.enum(['active', 'archived', 'all']).default('active') }),
    output: z.array(clientSummarySchema)
  },
  'clients.get': { input: clientId, output: clientSchema },
  'clients.create': { input: clientInputSchema, output: clientSchema },
  'clients.update': {
    input: z.object({ id: z.number().int().positive(), patch: patchOf(clientInputSchema) }),
    output: clientSchema
  },
  'clients.archive': { input: clientId, output: clientSchema },
  'clients.restore': { input: clientId, output: clientSchema },
  'clients.delete': { input: clientId, output: z.object({ deleted: z.literal(true) }) },
  'injuries.list': {
    input: z.object({ clientId: z.number().int().positive() }),
    output: z.array(injurySchema)
  },
  'injuries.add': { input: injurySchema.omit({ id: true }), output: injurySchema },
  'injuries.update': { input: injurySchema.omit({ clientId: true }), output: injurySchema },
  'injuries.delete': { input: clientId, output: z.object({ deleted: z.literal(true) }) },
  'settings.get': { input: z.object({}), output: settingsSchema },
  'settings.update': { input: patchOf(settingsSchema), output: settingsSchema },
  'demo.load': {
    input: z.object({ clients: z.number().int().min(1).max(200).default(30) }),
    output: z.object({ clients: z.number(), sessions: z.number(), sets: z.number() })
  },
  'app.info': {
    input: z.object({}),
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
export type ClientSummary = z.output<typeof clientSummarySchema>
export type { Settings } from './schemas/settings'
export type { Exercise } from './schemas/exercise'
export type { Prescription, Program, ProgramSummary, Workout } from './schemas/program-views'

/** Error codes that cross the boundary. */
export type ErrorCode =
  'validation' | 'not_found' | 'conflict' | 'unknown_operation' | 'cancelled' | 'internal'

/** A failure as the renderer receives it: never a thrown error across a transport. */
export interface OperationError {
  code: ErrorCode
  message: string
  field?: string
}

/** The result every transport returns. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: OperationError }
