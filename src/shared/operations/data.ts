import { cleanText, hasControlCharacter, hasLoneSurrogate } from '../clean-text'
import { id, line, uniqueList } from '../schemas/fields'
import { z } from '../zod'

/**
 * Text as another program wrote it (a CSV column heading, an exercise name in a Strong or Hevy
 * file): matched exactly against the file, so it is not cleaned, but it is bounded and may not
 * carry broken or control characters, which no heading or name has, nor be only blank.
 */
function fileText(max: number) {
  return z
    .string()
    .min(1)
    .max(max)
    .refine((s) => !hasLoneSurrogate(s), { params: { rule: 'lone-surrogate' }, abort: true })
    .refine((s) => !hasControlCharacter(s), { params: { rule: 'control-character' }, abort: true })
    .refine((s) => cleanText(s) !== '', { params: { rule: 'required' } })
}

/** The largest file the window may send or an export may be, in bytes (the store allows less). */
const maxFileBytes = 2 ** 31

/** What is wrong with a data file, as the recovery screen explains it. */
export const fileProblemSchema = z.object({
  kind: z.enum([
    'empty',
    'not_database',
    'truncated',
    'corrupt',
    'unreadable',
    'readonly',
    'too_new',
    'missing'
  ]),
  message: z.string(),
  detail: z.string().optional()
})

/** A backup in the data folder's backups/, checked when listed. */
export const backupInfoSchema = z.object({
  name: z.string(),
  createdAt: z.string(),
  /** manual, daily, before-restore, before-import or before-vN (a migration). */
  reason: z.string(),
  sizeBytes: z.number().int(),
  clients: z.number().int(),
  schemaVersion: z.number().int(),
  /** Why this backup cannot be restored; null when it is good. */
  problem: z.string().nullable()
})

/** A backup's file name exactly as Spotter writes it: nothing else can be named for a restore. */
export const backupNameSchema = z
  .string()
  .max(120)
  .regex(
    /^spotter-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{3}Z-[a-z0-9-]+\.db$/,
    'Choose one of the backups in the list'
  )

/** A long job as the window shows it, with its progress. */
export const jobInfoSchema = z.object({
  id,
  kind: z.string(),
  label: z.string(),
  state: z.enum(['queued', 'running']),
  done: z.number(),
  total: z.number(),
  step: z.string(),
  cancellable: z.boolean()
})

/** Where an export went: a file the trainer chose (desktop), a download (browser), or nowhere. */
export const exportResultSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('saved'), path: z.string(), bytes: z.number().int() }),
  z.object({ kind: z.literal('cancelled') }),
  z.object({
    kind: z.literal('download'),
    downloadId: z.string(),
    fileName: z.string(),
    bytes: z.number().int()
  })
])

/** A file the window sent in pieces: the id `files.begin` gave it. */
const uploadId = z
  .string()
  .max(32)
  .regex(/^[a-f0-9]{32}$/, 'Choose the file again')

/** One table's line in an import preview: what is there now and what the import does to it. */
export const importTableChangeSchema = z.object({
  table: z.string(),
  label: z.string(),
  current: z.number().int(),
  incoming: z.number().int(),
  /** Rows the import adds. */
  added: z.number().int(),
  /** Rows of the file already in this practice (merge), or rows removed (replace). */
  unchanged: z.number().int(),
  removed: z.number().int()
})

export const importSummarySchema = z.object({
  mode: z.enum(['replace', 'merge']),
  exportedAt: z.string(),
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  changes: z.array(importTableChangeSchema)
})

/** Spotter's client fields a CSV column can fill. */
export const clientCsvFields = [
  'name',
  'firstName',
  'lastName',
  'email',
  'phone',
  'birthDate',
  'sex',
  'heightM',
  'weeklyDistanceM',
  'goals',
  'tags',
  'notes'
] as const

export const clientCsvMappingSchema = z.strictObject(
  Object.fromEntries(
    clientCsvFields.map((field) => [field, fileText(200).nullable().default(null)])
  ) as Record<(typeof clientCsvFields)[number], z.ZodDefault<z.ZodNullable<ReturnType<typeof fileText>>>>
)

export const clientCsvOptionsSchema = z.strictObject({
  uploadId,
  mapping: clientCsvMappingSchema,
  dateFormat: z.enum(['ymd', 'dmy', 'mdy']).default('ymd'),
  distanceUnit: z.enum(['km', 'mi']).default('km')
})

export const csvRowErrorSchema = z.object({ row: z.number().int(), field: z.string(), message: z.string() })

export const clientCsvPreviewSchema = z.object({
  rows: z.number().int(),
  ready: z.array(
    z.object({
      row: z.number().int(),
      name: z.string(),
      email: z.string().nullable(),
      birthDate: z.string().nullable()
    })
  ),
  errors: z.array(csvRowErrorSchema),
  duplicates: z.array(z.object({ row: z.number().int(), name: z.string() }))
})

/** Where an exercise name from another app goes: a library exercise, a run, cross-training, or nowhere. */
export const exerciseTargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('exercise'), exerciseId: id }),
  z.strictObject({ kind: z.literal('run') }),
  z.strictObject({ kind: z.literal('cross') }),
  z.strictObject({ kind: z.literal('skip') })
])

export const workoutImportOptionsSchema = z.strictObject({
  uploadId,
  clientId: id,
  /** The trainer's answers for names; names not given use the remembered or matched target. */
  mapping: uniqueList(
    z.strictObject({ name: fileText(200), target: exerciseTargetSchema }),
    2000,
    (answer) => answer.name
  ).default([]),
  /** The unit of weights when the file does not say (older Strong exports). */
  massUnit: z.enum(['kg', 'lb']).default('kg')
})

export const workoutFileSchema = z.object({
  format: z.enum(['strong', 'hevy']),
  /** False when the file does not say whether weights are kg or lb. */
  unitsKnown: z.boolean(),
  workouts: z.number().int(),
  firstDate: z.string().nullable(),
  lastDate: z.string().nullable(),
  exercises: z.array(
    z.object({
      name: z.string(),
      sets: z.number().int(),
      measure: z.enum(['reps', 'time', 'distance']),
      target: exerciseTargetSchema.nullable(),
      /** How the target was found: remembered from an earlier import, matched by name, or not at all. */
      source: z.enum(['remembered', 'matched', 'none']),
      targetName: z.string().nullable()
    })
  )
})

export const workoutImportSummarySchema = z.object({
  sessions: z.number().int(),
  runs: z.number().int(),
  sets: z.number().int(),
  warmups: z.number().int(),
  alreadyImported: z.number().int(),
  /** Names left out on purpose, or still without a target, with how many sets each had. */
  skipped: z.array(z.object({ name: z.string(), sets: z.number().int() })),
  unmapped: z.array(z.object({ name: z.string(), sets: z.number().int() }))
})

const empty = z.strictObject({})

/**
 * Keeping the trainer's data safe: the store's health, backups and restore, full and per-client
 * export, imports (Spotter files, clients from CSV, workouts from Strong and Hevy), file transfer
 * in pieces, and the long jobs doing the work with their progress.
 */
export const dataOperations = {
  /** Whether the store is open, or which problem the recovery screen must show. */
  'app.status': {
    input: empty,
    output: z.discriminatedUnion('state', [
      z.object({ state: z.literal('ready') }),
      z.object({
        state: z.literal('recovery'),
        dataFile: z.string(),
        problem: fileProblemSchema,
        latestGoodBackup: backupInfoSchema.nullable()
      })
    ])
  },
  /** Closes Spotter: the desktop app quits; browser mode stops its server. */
  'app.quit': { input: empty, output: z.object({ quitting: z.literal(true) }) },
  'backups.list': { input: empty, output: z.array(backupInfoSchema) },
  'backups.create': { input: empty, output: backupInfoSchema },
  /** Checks the backup, backs the current data up, then puts the backup in place and reopens. */
  'backups.restore': {
    input: z.strictObject({ name: backupNameSchema }),
    output: z.object({ restored: backupInfoSchema, safetyBackup: backupInfoSchema.nullable() })
  },
  /** From the recovery screen: the newest backup that passes its checks. */
  'recovery.restoreLatest': { input: empty, output: z.object({ restored: backupInfoSchema }) },
  /** From the recovery screen: an uploaded Spotter data file, checked, becomes the data file. */
  'recovery.openFile': {
    input: z.strictObject({ uploadId }),
    output: z.object({ clients: z.number().int() })
  },

  /** Starts sending a file from the window (an import, or a data file), in pieces. */
  'files.begin': {
    input: z.strictObject({
      name: line(255, true),
      size: z.number().int().min(0).max(maxFileBytes)
    }),
    output: z.object({ uploadId })
  },
  'files.append': {
    input: z.strictObject({
      uploadId,
      offset: z.number().int().min(0).max(maxFileBytes),
      /** Base64, at most 512 KiB of file per piece. */
      base64: z
        .string()
        .max(700_000)
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file arrived damaged; choose it again')
    }),
    output: z.object({ received: z.number().int() })
  },
  /** Reads a prepared download in pieces (browser mode's exports). */
  'files.read': {
    input: z.strictObject({
      downloadId: z
        .string()
        .max(32)
        .regex(/^[a-f0-9]{32}$/, 'Export again'),
      offset: z.number().int().min(0).max(maxFileBytes)
    }),
    output: z.object({ base64: z.string(), size: z.number().int(), done: z.boolean() })
  },

  'jobs.list': { input: empty, output: z.array(jobInfoSchema) },
  'jobs.cancel': { input: z.strictObject({ id }), output: z.object({ cancelled: z.boolean() }) },

  /** Everything in one versioned JSON file (format in README). */
  'export.all': { input: empty, output: exportResultSchema },
  /** One client's data, for their data request. */
  'export.client': {
    input: z.strictObject({ clientId: id, format: z.enum(['json', 'csv']) }),
    output: exportResultSchema
  },
  'import.preview': {
    input: z.strictObject({ uploadId, mode: z.enum(['replace', 'merge']) }),
    output: importSummarySchema
  },
  'import.apply': {
    input: z.strictObject({ uploadId, mode: z.enum(['replace', 'merge']) }),
    output: importSummarySchema
  },

  /** A clients CSV: its columns, a few rows, and the mapping Spotter suggests. */
  'clientsCsv.inspect': {
    input: z.strictObject({ uploadId }),
    output: z.object({
      columns: z.array(z.string()),
      sample: z.array(z.array(z.string())),
      rows: z.number().int(),
      suggested: clientCsvMappingSchema
    })
  },
  'clientsCsv.preview': { input: clientCsvOptionsSchema, output: clientCsvPreviewSchema },
  'clientsCsv.apply': {
    input: clientCsvOptionsSchema,
    output: clientCsvPreviewSchema.extend({ added: z.number().int() })
  },

  /** A Strong or Hevy export: its format, its exercises and where each would go. */
  'logImport.inspect': {
    input: z.strictObject({ uploadId, clientId: id }),
    output: workoutFileSchema
  },
  'logImport.preview': { input: workoutImportOptionsSchema, output: workoutImportSummarySchema },
  'logImport.apply': { input: workoutImportOptionsSchema, output: workoutImportSummarySchema }
} as const
