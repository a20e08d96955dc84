import { DatabaseTooNewError } from './db/migrate'

/**
 * Why Spotter could not start on its data folder, in words that name the data file and say what
 * to do: shown in the desktop app's error box and printed by browser mode. A data file that is
 * there but damaged, empty or read-only is no start-up failure: the store host settles in
 * recovery and the window offers a backup (see store/store-host.ts).
 */
export class StartupError extends Error {
  constructor(
    message: string,
    readonly dataFile: string,
    readonly cause: unknown
  ) {
    super(message)
  }
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' || typeof code === 'number' ? String(code) : ''
}

/** The plain explanation of a failure to open `dataFile`, by what the error says happened. */
export function startupMessage(error: unknown, dataFile: string): string {
  const code = codeOf(error)
  if (error instanceof DatabaseTooNewError) {
    return `${dataFile} was saved by a newer version of Spotter. Install that version (or a later one) to open it; this one leaves the file untouched.`
  }
  if (code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT')) {
    return `${dataFile} is not a Spotter data file, or it is damaged. Move it out of the folder to start with an empty one, or put back a copy: the backups folder beside it holds Spotter's backups of it.`
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return `${dataFile} is in use by another program, perhaps another Spotter. Close it, then start Spotter again.`
  }
  if (code.startsWith('SQLITE_FULL') || code === 'ENOSPC') {
    return `The disk that holds ${dataFile} is full. Free some space on it, then start Spotter again.`
  }
  if (
    code.startsWith('SQLITE_CANTOPEN') ||
    code.startsWith('SQLITE_READONLY') ||
    code.startsWith('SQLITE_PERM') ||
    ['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST', 'ENOENT'].includes(code)
  ) {
    return `Spotter cannot open or write ${dataFile}. Check that its folder exists and that you may write to it, or set SPOTTER_DATA_DIR to a folder you can write to.`
  }
  const detail = error instanceof Error ? error.message : String(error)
  return `Spotter could not open ${dataFile} (${detail}). Start Spotter again; if this keeps happening, move the file aside or put back a copy of it.`
}
