import { z } from '../zod'

/** The marker every Spotter export starts with. */
export const exportFormatName = 'spotter-export'

/** The version of the export's envelope; a newer one is refused with a clear message. */
export const exportFormatVersion = 1

/** One table in an export: column names, then rows as arrays in that order. */
export const exportTableSchema = z.strictObject({
  columns: z.array(z.string().min(1).max(100)).min(1).max(200),
  rows: z.array(z.array(z.union([z.string(), z.number(), z.null()])))
})

/**
 * A whole-practice export (documented in README): the envelope, and every table of the store as
 * it was at `schemaVersion`. Values are stored units: kilograms, metres, seconds, ISO dates;
 * list fields are JSON text, as in the store.
 */
export const exportFileSchema = z.object({
  format: z.literal(exportFormatName),
  version: z.number().int().min(1),
  appVersion: z.string().max(40),
  schemaVersion: z.number().int().min(1),
  exportedAt: z.string().max(40),
  tables: z.record(z.string().regex(/^[a-z_][a-z0-9_]*$/), exportTableSchema)
})

export type ExportFile = z.output<typeof exportFileSchema>

/** Words for the tables a trainer cares about in an import preview, in the order shown. */
export const tableLabels: Record<string, string> = {
  clients: 'Clients',
  injuries: 'Injuries',
  exercises: 'Exercises',
  programs: 'Programs and templates',
  workouts: 'Workouts',
  prescriptions: 'Exercises in workouts',
  sessions: 'Logged sessions',
  set_logs: 'Logged sets',
  run_logs: 'Runs',
  measurements: 'Measurements',
  week_plan_days: 'Week plan days',
  week_plan_workouts: 'Workouts in week plans',
  client_maxes: 'One-rep maxes',
  settings: 'Settings'
}
