import {
  measurementInputSchema,
  measurementKindInputSchema,
  measurementKindSchema,
  measurementSchema,
  runInputSchema,
  runSchema,
  sessionBatchSchema,
  sessionInputSchema,
  sessionSchema,
  sessionSummarySchema
} from '../schemas/logs'
import { id } from '../schemas/fields'
import { z } from '../zod'

const byId = z.strictObject({ id })
const byClient = z.strictObject({ clientId: id })
const deleted = z.object({ deleted: z.literal(true) })

/** What a client did: strength sessions with their sets, runs, and body measurements. */
export const logOperations = {
  /** A client's sessions, newest first. */
  'sessions.list': { input: byClient, output: z.array(sessionSummarySchema) },
  'sessions.get': { input: byId, output: sessionSchema },
  /** Creates a session (id null) or replaces one's fields and every set, in one transaction. */
  'sessions.save': { input: sessionInputSchema, output: sessionSchema },
  /** One session per week typed back from a paper log sheet: all saved, or none. */
  'sessions.saveBatch': { input: sessionBatchSchema, output: z.array(sessionSummarySchema) },
  'sessions.delete': { input: byId, output: deleted },

  /** A client's runs, newest first. */
  'runs.list': { input: byClient, output: z.array(runSchema) },
  'runs.save': { input: runInputSchema, output: runSchema },
  'runs.delete': { input: byId, output: deleted },

  'measurements.kinds': { input: z.strictObject({}), output: z.array(measurementKindSchema) },
  'measurements.addKind': { input: measurementKindInputSchema, output: measurementKindSchema },
  /** A client's measurements, newest first; of one kind when kindId is given. */
  'measurements.list': {
    input: byClient.extend({ kindId: id.optional() }),
    output: z.array(measurementSchema)
  },
  'measurements.save': { input: measurementInputSchema, output: measurementSchema },
  'measurements.delete': { input: byId, output: deleted }
} as const
