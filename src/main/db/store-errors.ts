import type { ErrorCode } from '@shared/contract'

/** A failure of the store, worded for the trainer. */
export interface StoreFailure {
  code: Extract<ErrorCode, 'disk_full' | 'busy' | 'read_only' | 'storage' | 'conflict'>
  message: string
}

/**
 * What the trainer reads when SQLite fails, by its primary result code. Every write of one
 * operation runs in one transaction (or is a single statement), so a failure leaves nothing
 * half-done and each message can say that nothing was saved.
 */
const failures: Record<string, StoreFailure> = {
  SQLITE_FULL: {
    code: 'disk_full',
    message: 'The disk is full, so nothing was saved. Free some space on it and try again.'
  },
  SQLITE_BUSY: {
    code: 'busy',
    message:
      'Another program is using Spotter’s data file, so nothing was saved. Close any other copy of Spotter and try again.'
  },
  SQLITE_LOCKED: {
    code: 'busy',
    message: 'Spotter’s data file was busy, so nothing was saved. Try again in a moment.'
  },
  SQLITE_READONLY: {
    code: 'read_only',
    message:
      'Spotter may not write to its data file, so nothing was saved. Check that the file and its folder are not read-only and the disk is not write-protected.'
  },
  SQLITE_PERM: {
    code: 'read_only',
    message:
      'Spotter is not allowed to write to its data file, so nothing was saved. Check the permissions of its data folder.'
  },
  SQLITE_IOERR: {
    code: 'storage',
    message:
      'Spotter could not read or write its data file, so nothing was saved. Check that the disk is connected and working, then try again.'
  },
  SQLITE_CANTOPEN: {
    code: 'storage',
    message:
      'Spotter could not open its data file, so nothing was saved. Check that its data folder still exists and the disk is connected.'
  },
  SQLITE_CORRUPT: {
    code: 'storage',
    message:
      'Spotter’s data file looks damaged, so nothing was saved. Restart Spotter; if this happens again, restore a backup.'
  },
  SQLITE_NOTADB: {
    code: 'storage',
    message:
      'Spotter’s data file looks damaged, so nothing was saved. Restart Spotter; if this happens again, restore a backup.'
  },
  SQLITE_CONSTRAINT: {
    code: 'conflict',
    message: 'This change clashes with what is already stored, so nothing was saved.'
  }
}

/** The primary code of an SQLite error ("SQLITE_IOERR_WRITE" → "SQLITE_IOERR"). */
function primaryCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return undefined
  return code.split('_').slice(0, 2).join('_')
}

/** The typed, plain-worded failure for an error SQLite raised, or undefined for any other error. */
export function storeFailure(error: unknown): StoreFailure | undefined {
  const code = primaryCode(error)
  return code === undefined ? undefined : failures[code]
}
