import { createHash } from 'node:crypto'
import type { Database } from 'better-sqlite3'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import type { OperationName, Output } from '@shared/contract'
import { dispatch } from '../../src/main/dispatch'
import { createHandlers, type Handlers } from '../../src/main/services'
import { installBuiltins } from '../../src/main/services/builtins'
import { openTestDatabase } from './test-db'

/** A real store in a temp folder with the built-in library installed and a fixed clock, for service tests. */
export function openTestStore(now: string): { db: Database; handlers: Handlers; cleanup: () => void } {
  const t = openTestDatabase()
  installBuiltins(t.db, now)
  return { db: t.db, handlers: createHandlers(t.db, { now: () => now }), cleanup: t.cleanup }
}

/**
 * A fresh store for each test of the calling file, opened before each test and removed after it.
 * `open` receives it, so the file keeps its own `db` and `handlers` variables. With `scope: 'file'`
 * one store serves every test of the file instead, opened before the first and removed after the last.
 * Hooks the file registers after this call run after the store is open.
 */
export function useTestStore(
  now: string,
  open: (store: { db: Database; handlers: Handlers }) => void,
  scope: 'test' | 'file' = 'test'
): void {
  let cleanup: (() => void) | undefined
  const before = (): void => {
    const store = openTestStore(now)
    cleanup = store.cleanup
    open({ db: store.db, handlers: store.handlers })
  }
  const after = (): void => {
    cleanup?.()
    cleanup = undefined
  }
  if (scope === 'file') {
    beforeAll(before)
    afterAll(after)
  } else {
    beforeEach(before)
    afterEach(after)
  }
}

/** Runs an operation that must succeed and returns its typed value; a failure fails the test with its message. */
export function expectOk<N extends OperationName>(handlers: Handlers, name: N, input: unknown): Output<N> {
  const result = dispatch(handlers, name, input)
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
  return result.value as Output<N>
}

/**
 * A fingerprint of every row of every table: equal before and after a call means the call
 * wrote nothing. Tables are read in name order and their rows sorted (some tables have no
 * rowid to order by), so it does not depend on how SQLite happens to return them.
 */
export function checksumTables(db: Database): string {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[]
  const hash = createHash('sha256')
  for (const table of tables) {
    const rows = (db.prepare(`SELECT * FROM "${table}"`).raw().all() as unknown[][]).map((row) =>
      JSON.stringify(row)
    )
    hash.update(`\u0000${table}\u0000${rows.sort().join('\n')}`)
  }
  return hash.digest('hex')
}
