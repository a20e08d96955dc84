import { closeSync, existsSync, openSync, readSync, statSync, accessSync, constants } from 'node:fs'
import { dirname } from 'node:path'
import type { Database } from 'better-sqlite3'

/** What can be wrong with a data file, in the words the recovery screen uses. */
export type FileProblemKind =
  'empty' | 'not_database' | 'truncated' | 'corrupt' | 'unreadable' | 'readonly' | 'too_new' | 'missing'

/** A data file Spotter must not open as it is, and why. */
export interface FileProblem {
  kind: FileProblemKind
  /** One or two plain sentences for the trainer. */
  message: string
  /** The technical detail, for the terminal and for support. */
  detail?: string
}

const sqliteMagic = Buffer.from('SQLite format 3\0', 'latin1')

/**
 * Looks at a data file before SQLite touches it. SQLite would quietly treat a 0-byte file as a
 * new empty database and write a schema into it, so the checks that protect a trainer's file
 * from being replaced must happen here, on the bytes.
 * Returns undefined when the file looks like a whole SQLite database (or does not exist).
 */
export function inspectFileBytes(file: string): FileProblem | undefined {
  if (!existsSync(file)) return undefined
  let size: number
  let header = Buffer.alloc(100)
  let read: number
  try {
    const stat = statSync(file)
    if (!stat.isFile()) {
      return {
        kind: 'unreadable',
        message: 'The data file is not a file Spotter can read.',
        detail: `${file} is not a regular file`
      }
    }
    size = stat.size
    const fd = openSync(file, 'r')
    try {
      read = readSync(fd, header, 0, 100, 0)
    } finally {
      closeSync(fd)
    }
    header = header.subarray(0, read)
  } catch (error) {
    return {
      kind: 'unreadable',
      message: 'Spotter is not allowed to read its data file.',
      detail: error instanceof Error ? error.message : String(error)
    }
  }
  if (size === 0) {
    return {
      kind: 'empty',
      message: 'The data file is empty: it has no bytes at all, so none of your data is in it.'
    }
  }
  if (read < 16 || !header.subarray(0, 16).equals(sqliteMagic)) {
    return {
      kind: 'not_database',
      message:
        'The data file is not a Spotter database: its contents are something else, or were overwritten.'
    }
  }
  if (read < 100) {
    return { kind: 'truncated', message: 'The data file is cut short: only part of it was written.' }
  }
  const rawPageSize = header.readUInt16BE(16)
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize
  const pages = header.readUInt32BE(28)
  // The in-header size is trustworthy only when its "valid-for" counter matches the change counter.
  const sizeValid = header.readUInt32BE(24) === header.readUInt32BE(92)
  if (sizeValid && pages > 0 && size < pages * pageSize) {
    return {
      kind: 'truncated',
      message: 'The data file is cut short: part of it is missing, so some of your data is gone from it.',
      detail: `${size} bytes, the header says ${pages} pages of ${pageSize} bytes`
    }
  }
  return undefined
}

/**
 * Whether Spotter may write the file and its folder (SQLite's WAL needs files beside it).
 * A file with every write permission bit cleared counts as read-only even for an administrator
 * account that could write it anyway: the trainer or their system marked it so on purpose.
 */
export function inspectWriteAccess(file: string): FileProblem | undefined {
  try {
    if (existsSync(file)) {
      accessSync(file, constants.W_OK)
      if ((statSync(file).mode & 0o222) === 0) throw new Error(`${file} is marked read-only`)
    }
    accessSync(dirname(file), constants.W_OK)
    return undefined
  } catch (error) {
    return {
      kind: 'readonly',
      message: 'The data file is read-only, so Spotter could not save anything you change.',
      detail: error instanceof Error ? error.message : String(error)
    }
  }
}

/** Runs SQLite's quick_check; undefined when the database is whole. */
export function quickCheck(db: Database): FileProblem | undefined {
  const rows = db.pragma('quick_check') as Array<{ quick_check: string }>
  const findings = rows.map((row) => row.quick_check)
  if (findings.length === 1 && findings[0] === 'ok') return undefined
  return {
    kind: 'corrupt',
    message: 'The data file is damaged: SQLite’s check found broken parts in it.',
    detail: findings.slice(0, 5).join('; ')
  }
}

/** Turns an error SQLite raised while opening or checking a file into a problem for the trainer. */
export function problemFromError(error: unknown): FileProblem {
  const code = (error as { code?: string }).code ?? ''
  const detail = error instanceof Error ? error.message : String(error)
  if (code.startsWith('SQLITE_NOTADB'))
    return { kind: 'not_database', message: 'The data file is not a Spotter database.', detail }
  if (code.startsWith('SQLITE_CORRUPT'))
    return {
      kind: 'corrupt',
      message: 'The data file is damaged: SQLite’s check found broken parts in it.',
      detail
    }
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_PERM'))
    return {
      kind: 'readonly',
      message: 'The data file is read-only, so Spotter could not save anything you change.',
      detail
    }
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR'))
    return { kind: 'unreadable', message: 'Spotter could not read its data file.', detail }
  return { kind: 'corrupt', message: 'Spotter could not open its data file.', detail }
}
