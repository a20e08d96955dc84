import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import type { Database } from 'better-sqlite3'
import BetterSqlite3 from 'better-sqlite3'
import type { z } from 'zod'
import { dateOfTimestamp } from '@shared/dates'
import type { importSummarySchema } from '@shared/operations/data'
import {
  exportFileSchema,
  exportFormatName,
  exportFormatVersion,
  tableLabels,
  type ExportFile
} from '@shared/transfer/export-format'
import { CancelledError } from '../../db/backup'
import { openConnection } from '../../db/connection'
import { latestVersion, migrate, migrations } from '../../db/migrate'
import { refreshClientListFacts } from '../../db/migrations/0008-client-list-facts'
import { reconcilePlanHistory } from '../../db/week-plans'
import {
  attach,
  clearTables,
  copyTable,
  detach,
  foreignKeyProblems,
  iterateRows,
  readRows,
  rowFinder,
  rowInserter,
  tableCounts,
  tableShapes,
  type TableShape
} from '../../db/table-transfer'
import type { JobContext } from '../../jobs/job-context'
import { installBuiltins } from '../builtins'
import { ServiceError } from '../errors'

export type ImportSummary = z.output<typeof importSummarySchema>

/** Buffered writes to a file: an export of a big practice is written row by row, never held whole. */
function fileWriter(path: string): { write: (text: string) => void; close: () => void } {
  const fd = openSync(path, 'w')
  let pending: string[] = []
  let size = 0
  const flush = (): void => {
    if (pending.length === 0) return
    writeSync(fd, pending.join(''))
    pending = []
    size = 0
  }
  return {
    write: (text) => {
      pending.push(text)
      size += text.length
      if (size > 1 << 20) flush()
    },
    close: () => {
      flush()
      closeSync(fd)
    }
  }
}

/**
 * Job: writes the whole practice to one versioned JSON file (see README for the format), read in
 * one transaction so the file is a consistent snapshot. A cancel or failure removes the file.
 */
export function exportAllJob(
  input: { path: string; appVersion: string; now: string },
  ctx: JobContext
): { bytes: number } {
  const db = openConnection(ctx.dataFile, { mustExist: true })
  const out = fileWriter(input.path)
  let closed = false
  try {
    db.transaction(() => {
      const shapes = tableShapes(db)
      const counts = tableCounts(db, shapes)
      const total = [...counts.values()].reduce((a, b) => a + b, 0)
      let done = 0
      out.write(
        `{"format":${JSON.stringify(exportFormatName)},"version":${exportFormatVersion},"appVersion":${JSON.stringify(
          input.appVersion
        )},"schemaVersion":${db.pragma('user_version', { simple: true }) as number},"exportedAt":${JSON.stringify(input.now)},"tables":{`
      )
      shapes.forEach((shape, index) => {
        out.write(
          `${index > 0 ? ',' : ''}\n${JSON.stringify(shape.name)}:{"columns":${JSON.stringify(shape.columns)},"rows":[`
        )
        let first = true
        for (const row of iterateRows(db, shape)) {
          out.write(`${first ? '\n' : ',\n'}${JSON.stringify(row)}`)
          first = false
          if (++done % 2000 === 0) {
            ctx.throwIfCancelled()
            ctx.progress(done, total, 'Writing the export')
          }
        }
        out.write(']}')
      })
      out.write('\n}}\n')
      ctx.progress(total, total)
    })()
    out.close()
    closed = true
    const bytes = readFileSync(input.path).byteLength
    return { bytes }
  } catch (error) {
    if (!closed) out.close()
    rmSync(input.path, { force: true })
    throw error
  } finally {
    db.close()
  }
}

const invalid = (message: string): ServiceError =>
  new ServiceError('validation', `uploadId: ${message}`, 'uploadId')

/** Reads and checks an export file's envelope; anything else gets one clear message. */
export function readExportFile(path: string): ExportFile {
  const bytes = readFileSync(path)
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    throw invalid('This file is a PNG image, not a Spotter export.')
  }
  if (bytes.subarray(0, 16).toString('latin1') === 'SQLite format 3\0') {
    throw invalid('This is a Spotter data file, not an export. Use “Open another file” or Restore instead.')
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''))
  } catch {
    throw invalid('This file is not a Spotter export: it is not JSON text.')
  }
  const marker = (parsed as { format?: unknown } | null)?.format
  if (marker !== exportFormatName) throw invalid('This JSON file is not a Spotter export.')
  const envelope = parsed as { version?: unknown; schemaVersion?: unknown }
  if (typeof envelope.version === 'number' && envelope.version > exportFormatVersion) {
    throw invalid('This export was made by a newer Spotter. Update Spotter to import it.')
  }
  if (typeof envelope.schemaVersion === 'number' && envelope.schemaVersion > latestVersion) {
    throw invalid(
      `This export was made by a newer Spotter (data format ${envelope.schemaVersion}; this one reads up to ${latestVersion}). Update Spotter to import it.`
    )
  }
  const checked = exportFileSchema.safeParse(parsed)
  if (!checked.success) {
    const issue = checked.error.issues[0]
    throw invalid(
      `This Spotter export is damaged: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim()
    )
  }
  return checked.data
}

/**
 * Loads an export into a scratch database at the export's own schema version, checks every row
 * against that schema and its foreign keys, then migrates the scratch copy to this version: an
 * export from an older Spotter is upgraded by the same migrations as a data file.
 */
function buildStaging(file: ExportFile, path: string, ctx: JobContext): void {
  const staging = new BetterSqlite3(path)
  try {
    staging.pragma('journal_mode = OFF')
    staging.pragma('foreign_keys = OFF')
    migrate(staging, undefined, migrations.slice(0, file.schemaVersion))
    // Rows the migrations seed (the built-in measurement kinds) come from the file instead.
    clearTables(staging, tableShapes(staging))
    const shapes = new Map(tableShapes(staging).map((shape) => [shape.name, shape]))
    const total = Object.values(file.tables).reduce((sum, table) => sum + table.rows.length, 0)
    let done = 0
    staging.transaction(() => {
      for (const [name, table] of Object.entries(file.tables)) {
        const shape = shapes.get(name)
        if (!shape) throw invalid(`This export has a table Spotter does not know: ${name}.`)
        const unknown = table.columns.find((column) => !shape.columns.includes(column))
        if (unknown)
          throw invalid(`This export’s ${name} table has a column Spotter does not know: ${unknown}.`)
        const insert = rowInserter(staging, name, table.columns)
        table.rows.forEach((row, index) => {
          if (row.length !== table.columns.length) {
            throw invalid(
              `Row ${index + 1} of ${name} has ${row.length} values for ${table.columns.length} columns.`
            )
          }
          try {
            insert(row)
          } catch (error) {
            throw invalid(
              `Row ${index + 1} of ${name} was refused: ${error instanceof Error ? error.message : String(error)}.`
            )
          }
          if (++done % 5000 === 0) {
            ctx.throwIfCancelled()
            ctx.progress(done, total, 'Checking the file')
          }
        })
      }
    })()
    const broken = foreignKeyProblems(staging)[0]
    if (broken)
      throw invalid(`Row ${broken.rowid} of ${broken.table} points at a missing ${broken.parent} row.`)
    staging.pragma('foreign_keys = ON')
    migrate(staging)
  } finally {
    staging.close()
  }
}

/** What makes two rows "the same record" when merging; other tables compare every column but id. */
const mergeKeys: Record<string, string[]> = {
  clients: ['name_folded', 'created_at'],
  exercises: ['name_folded'],
  programs: ['client_id', 'name', 'created_at'],
  measurement_kinds: ['name'],
  sessions: ['client_id', 'date', 'created_at'],
  set_logs: ['session_id', 'exercise_id', 'set_number'],
  workouts: ['program_id', 'position', 'name'],
  prescriptions: ['workout_id', 'position', 'exercise_id']
}

interface MergeCount {
  added: number
  unchanged: number
}

/**
 * Adds the attached export's records that this practice does not have. Rows are matched by their
 * merge key after their references are translated to this practice's ids; a row whose parent was
 * just added is new without asking. Nothing already here is changed.
 */
function mergeInto(
  db: Database,
  shapes: TableShape[],
  ctx: JobContext,
  total: number
): Map<string, MergeCount> {
  const idMaps = new Map<string, Map<number, number>>()
  const addedIds = new Map<string, Set<number>>()
  const counts = new Map<string, MergeCount>()
  let done = 0
  for (const shape of shapes) {
    const ids = new Map<number, number>()
    const added = new Set<number>()
    idMaps.set(shape.name, ids)
    addedIds.set(shape.name, added)
    const count: MergeCount = { added: 0, unchanged: 0 }
    counts.set(shape.name, count)
    const idIndex = shape.columns.indexOf('id')
    const builtinIndex = shape.columns.indexOf('builtin_key')
    const refIndexes = shape.references
      .map((ref) => ({ index: shape.columns.indexOf(ref.column), table: ref.table }))
      .filter((ref) => ref.index >= 0)
    const ownColumns = shape.hasId ? shape.columns.filter((c) => c !== 'id') : shape.columns
    const insert = rowInserter(db, shape.name, ownColumns, { orIgnore: !shape.hasId })
    const keyColumns = mergeKeys[shape.name]?.filter((c) => shape.columns.includes(c)) ?? ownColumns
    const find = shape.hasId ? rowFinder(db, shape.name, keyColumns) : undefined
    const findBuiltin =
      shape.hasId && builtinIndex >= 0 ? rowFinder(db, shape.name, ['builtin_key']) : undefined
    // Read whole: the connection cannot write while a read of it is still open.
    for (const source of readRows(db, shape, 'incoming')) {
      const row = [...source]
      let parentIsNew = false
      let orphan = false
      for (const ref of refIndexes) {
        const value = row[ref.index]
        if (value === null || value === undefined) continue
        const mapped = idMaps.get(ref.table)?.get(value as number)
        if (mapped === undefined) {
          // A reference to a row of the same table that comes later, or to nothing: kept empty.
          if (ref.table === shape.name) row[ref.index] = null
          else orphan = true
          continue
        }
        row[ref.index] = mapped
        if (addedIds.get(ref.table)?.has(mapped)) parentIsNew = true
      }
      if (orphan) continue
      const values = shape.hasId ? row.filter((_, i) => i !== idIndex) : row
      if (shape.hasId) {
        const sourceId = source[idIndex] as number
        const builtin = builtinIndex >= 0 ? row[builtinIndex] : null
        let existing: number | undefined
        if (builtin !== null && builtin !== undefined && findBuiltin) existing = findBuiltin([builtin])
        else if (!parentIsNew && find) existing = find(keyColumns.map((c) => row[shape.columns.indexOf(c)]))
        if (existing !== undefined) {
          ids.set(sourceId, existing)
          count.unchanged++
        } else {
          const { id } = insertMerged(shape.name, insert, values, ownColumns)
          ids.set(sourceId, id)
          added.add(id)
          count.added++
        }
      } else if (insert(values).changes > 0) count.added++
      else count.unchanged++
      if (++done % 2000 === 0) {
        ctx.throwIfCancelled()
        ctx.progress(done, total, 'Merging')
      }
    }
  }
  return counts
}

/**
 * Inserts a merged row. A client may have one active program: an active program that arrives for
 * a client who already has one comes in as a draft instead of failing the whole import.
 */
function insertMerged(
  table: string,
  insert: (values: unknown[]) => { changes: number; id: number },
  values: unknown[],
  columns: string[]
): { changes: number; id: number } {
  try {
    return insert(values)
  } catch (error) {
    const status = columns.indexOf('status')
    const unique = (error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE'
    if (table !== 'programs' || !unique || status < 0 || values[status] !== 'active') throw error
    const draft = [...values]
    draft[status] = 'draft'
    return insert(draft)
  }
}

/** Thrown to roll a preview's trial merge back. */
class TrialOnly extends Error {}

/**
 * Job: previews or applies an import of a Spotter export. The file is checked whole in a scratch
 * database first; then, in one transaction on the data file, "replace" swaps every table's rows
 * for the file's, and "merge" adds what is missing. A preview runs the same transaction and rolls
 * it back, so what it shows is exactly what applying does. A cancel rolls back too.
 */
export function importJob(
  input: { path: string; mode: 'replace' | 'merge'; apply: boolean; now: string },
  ctx: JobContext
): ImportSummary {
  const file = readExportFile(input.path)
  const stagingPath = join(ctx.dataDir, 'incoming', `staging-${randomBytes(8).toString('hex')}.db`)
  ctx.progress(0, 1, 'Checking the file')
  const db = openConnection(ctx.dataFile, { mustExist: true, busyMs: 60_000 })
  try {
    buildStaging(file, stagingPath, ctx)
    attach(db, stagingPath, 'incoming')
    const shapes = tableShapes(db)
    const before = tableCounts(db, shapes)
    const incoming = tableCounts(db, shapes, 'incoming')
    const total = [...incoming.values()].reduce((a, b) => a + b, 0)
    let merged = new Map<string, MergeCount>()
    try {
      db.transaction(() => {
        if (input.mode === 'replace') {
          db.pragma('defer_foreign_keys = ON')
          clearTables(db, shapes)
          let done = 0
          for (const shape of shapes) {
            ctx.throwIfCancelled()
            done += copyTable(db, shape, 'incoming', shape.columns)
            ctx.progress(done, total, 'Replacing')
          }
          installBuiltins(db, input.now)
        } else {
          merged = mergeInto(db, shapes, ctx, total)
        }
        // The file's clients carry list facts of their own; the logs now here decide them.
        refreshClientListFacts(db)
        // A merge may add workouts to a plan here; a file may hold plans without their history.
        reconcilePlanHistory(db, dateOfTimestamp(input.now))
        if (!input.apply) throw new TrialOnly()
      })()
    } catch (error) {
      if (!(error instanceof TrialOnly)) throw error
    }
    const changes = shapes
      .filter((shape) => tableLabels[shape.name])
      .map((shape) => {
        const current = before.get(shape.name) ?? 0
        const coming = incoming.get(shape.name) ?? 0
        const merge = merged.get(shape.name) ?? { added: 0, unchanged: 0 }
        return {
          table: shape.name,
          label: tableLabels[shape.name] as string,
          current,
          incoming: coming,
          added: input.mode === 'replace' ? coming : merge.added,
          unchanged: input.mode === 'replace' ? 0 : merge.unchanged,
          removed: input.mode === 'replace' ? current : 0
        }
      })
      .sort((a, b) => Object.keys(tableLabels).indexOf(a.table) - Object.keys(tableLabels).indexOf(b.table))
    return {
      mode: input.mode,
      exportedAt: file.exportedAt,
      appVersion: file.appVersion,
      schemaVersion: file.schemaVersion,
      changes
    }
  } catch (error) {
    if (error instanceof CancelledError || error instanceof ServiceError) throw error
    throw new ServiceError(
      'validation',
      `uploadId: The import could not be completed: ${error instanceof Error ? error.message : String(error)}`,
      'uploadId'
    )
  } finally {
    if (db.open) {
      try {
        detach(db, 'incoming')
      } catch {
        // Not attached: the file failed its checks first.
      }
      db.close()
    }
    rmSync(stagingPath, { force: true })
  }
}
